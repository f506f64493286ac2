"""Delivery failure notices: which of our mails bounced, and why.

MTAs report a bounce in several shapes: a standard report (RFC 3464) with the original message
or only its headers attached (Postfix, Exim, Exchange, Gmail), or plain text with the original
pasted below (older Exim, qmail). This reads all of them and never raises.
"""

import re
from dataclasses import dataclass, field
from email.message import Message

_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
# A header line of the returned message, in a text part ("Message-ID: <...>").
_MESSAGE_ID_LINE = re.compile(r"^message-id:\s*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)
_MAX_TEXT_SCAN = 200_000


@dataclass
class Bounce:
    # Message-IDs of the returned mail; empty when the notice does not say.
    message_ids: list[str] = field(default_factory=list)
    # False for a delay warning: the mail may still arrive.
    failed: bool = True
    reason: str = ""


def _text(value: object) -> str:
    return " ".join(str(value or "").split())


def _status_blocks(part: Message) -> list[Message]:
    payload = part.get_payload()
    if isinstance(payload, list):
        return [block for block in payload if isinstance(block, Message)]
    return []


def _diagnosis(block: Message) -> str:
    """The remote server's words when given ("552 5.2.2 Mailbox full"), else the status code."""
    diagnostic = _text(block.get("Diagnostic-Code"))
    if ";" in diagnostic:
        diagnostic = diagnostic.split(";", 1)[1].strip()  # drop the type, e.g. "smtp;"
    return (diagnostic or _text(block.get("Status")))[:255]


def _part_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # a part the parser cannot decode has no ids to offer
        return ""
    if not isinstance(payload, bytes):
        return ""
    return payload[:_MAX_TEXT_SCAN].decode("utf-8", errors="replace")


def read_bounce(message: Message) -> Bounce:
    """What a delivery failure notice says about the mail that could not be delivered."""
    bounce = Bounce()
    embedded: list[str] = []
    actions: list[str] = []
    try:
        parts = list(message.walk())
    except Exception:
        parts = [message]
    for part in parts:
        content_type = part.get_content_type()
        if content_type == "message/delivery-status":
            for block in _status_blocks(part):
                embedded += _MESSAGE_ID.findall(_text(block.get("X-Original-Message-ID")))
                action = _text(block.get("Action")).lower()
                if action:
                    actions.append(action)
                if action == "failed" and not bounce.reason:
                    bounce.reason = _diagnosis(block)
        elif content_type == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                embedded += _MESSAGE_ID.findall(_text(inner[0].get("Message-ID")))
        elif content_type in ("text/plain", "text/rfc822-headers") and not part.is_multipart():
            embedded += _MESSAGE_ID_LINE.findall(_part_text(part))
    if embedded:
        bounce.message_ids = list(dict.fromkeys(embedded))
    else:
        # No copy of the original: the notice's own threading headers point at it.
        replied_to = _MESSAGE_ID.findall(_text(message.get("In-Reply-To")))
        bounce.message_ids = (
            replied_to or _MESSAGE_ID.findall(_text(message.get("References")))[-1:]
        )
    # Without a machine-readable report, a notice from a mail server is a failure.
    bounce.failed = not actions or "failed" in actions
    return bounce
