"""Incoming e-mail for features other than the helpdesk, through the helpdesk's one ingest route.

The helpdesk reads every incoming message (IMAP poller, command, webhooks) and sets aside what no
person wrote (bounces, auto-replies, lists, loops). Before it makes a ticket it offers the
message to the handlers registered here (from an app's ``AppConfig.ready``): a handler that
recognises its own reply address among the recipients claims the message and says what became
of it. Core knows neither side, so the helpdesk and the forum need not import each other.

``reply_text`` is the shared cleaning of a reply: the quoted earlier message and the signature
go, what the person wrote above them stays.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class InboundMail:
    from_address: str
    recipients: list[str]
    subject: str
    body: str
    message_id: str = ""


@dataclass(frozen=True)
class Handled:
    """What a handler did with a message it claimed: ``accepted`` (filed) or refused, and a
    note for the operators."""

    accepted: bool
    note: str = ""


Handler = Callable[[InboundMail], Handled | None]


@dataclass
class _Registry:
    handlers: list[Handler] = field(default_factory=list)


_registry = _Registry()


def register_handler(handler: Handler) -> None:
    """Register a handler; it returns None for mail that is not its own. Idempotent."""
    if handler not in _registry.handlers:
        _registry.handlers.append(handler)


def dispatch(mail: InboundMail) -> Handled | None:
    """The first handler's answer for a message it claims, or None: the helpdesk files it."""
    for handler in _registry.handlers:
        handled = handler(mail)
        if handled is not None:
            return handled
    return None


# A line that introduces the quoted earlier message, in the forms mail programs write it:
# "Op 7 dec. 2026 om 10:00 schreef Anna <a@b.nl>:", "On Mon, ... wrote:", Outlook's header block
# ("Van: ..." / "From: ..." followed by "Verzonden:" / "Sent:"), and the classic separators.
_QUOTE_HEADER = re.compile(r"^\s*(op|on|le|am)\s.+(schreef|wrote|a écrit|schrieb)\b.*:\s*$", re.I)
# The same, wrapped over two lines by the mail program.
_QUOTE_HEADER_START = re.compile(r"^\s*(op|on)\s.*\d", re.I)
_SEPARATOR = re.compile(
    r"^\s*(-{2,}\s*(original message|oorspronkelijk bericht|doorgestuurd bericht|"
    r"forwarded message)\s*-{2,}|_{10,})\s*$",
    re.I,
)
_OUTLOOK_FROM = re.compile(r"^\s*\**(van|from)\s*:\**\s", re.I)
_OUTLOOK_NEXT = re.compile(r"^\s*\**(verzonden|sent|datum|date|aan|to)\s*:", re.I)
_SIGNATURE = re.compile(r"^(-- ?|--)$")
_SENT_FROM = re.compile(
    r"^\s*(verzonden (vanaf|met|vanuit) |sent from |get outlook for |outlook voor )", re.I
)


def reply_text(text: str) -> str:
    """What the person wrote above the quoted message and their signature."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if (
            _QUOTE_HEADER.match(line)
            or (_QUOTE_HEADER_START.match(line) and _QUOTE_HEADER.match(f"{line} {following}"))
            or _SEPARATOR.match(line)
            or (_OUTLOOK_FROM.match(line) and _OUTLOOK_NEXT.match(following))
            or _SIGNATURE.match(line.rstrip("\n"))
            or _SENT_FROM.match(line)
        ):
            break
        kept.append(line)
    # A quote without a header line (some programs only prefix "> ") at the end goes too.
    while kept and (not kept[-1].strip() or kept[-1].lstrip().startswith(">")):
        kept.pop()
    return "\n".join(kept).strip()
