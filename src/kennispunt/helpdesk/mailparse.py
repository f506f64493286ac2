"""Reading incoming e-mail: whatever arrives, this returns something usable and never raises."""

import email
import email.policy
import logging
import re
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from email.utils import collapse_rfc2231_value, getaddresses, parseaddr
from typing import Any

from kennispunt.core.text import html_to_text
from kennispunt.core.uploads import detect_type

from .bounces import Bounce, read_bounce

logger = logging.getLogger(__name__)

_FALLBACK_CHARSETS = ("utf-8", "cp1252", "latin-1")


@dataclass
class ParsedAttachment:
    filename: str
    content: bytes
    declared_type: str


@dataclass
class ParsedMail:
    from_address: str = ""
    from_name: str = ""
    subject: str = ""
    message_id: str = ""
    in_reply_to: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    body: str = ""
    attachments: list[ParsedAttachment] = field(default_factory=list)
    # Mail no person wrote: "bounce", "auto_reply" or "list" (see mail_kind); "" otherwise.
    kind: str = ""
    bounce: Bounce | None = None
    # The text part's bytes were not text in any charset we tried.
    undecodable: bool = False
    problems: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)


# Control characters a person does not type (tab, line breaks and NUL are allowed; NUL is
# removed by _clean), and the replacement character a failed decoding leaves behind.
_GARBLED = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


def _looks_like_text(text: str) -> bool:
    sample = text[:1_000_000]  # binary shows itself early; a long text need not be read twice
    return len(_GARBLED.findall(sample)) * 100 <= len(sample)


def _decode_part(part: Message) -> str | None:
    """The part's text in its own charset or a common fallback; None when it is not text."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        return None
    for charset in (part.get_content_charset() or "", *_FALLBACK_CHARSETS):
        if not charset:
            continue
        try:
            text = payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
        if _looks_like_text(text):
            return text
    return None


def _clean(text: str) -> str:
    """No NUL characters: PostgreSQL text cannot hold them, and no person typed them."""
    return text.replace("\x00", "")


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name)
    except Exception:  # a header the parser cannot make sense of
        return ""
    return _clean(str(value)).strip() if value is not None else ""


def _message_ids(value: str) -> list[str]:
    return re.findall(r"<[^<>\s]+>", value)


AUTO_SUBMITTED_OK = {"", "no"}
LIST_PRECEDENCE = {"list", "junk"}
AUTO_PRECEDENCE = {"bulk", "auto_reply"}
MAIL_SYSTEM_SENDERS = {"mailer-daemon", "postmaster"}


def _report_type(message: Message) -> str:
    try:
        if message.get_content_type() != "multipart/report":
            return ""
        value = message.get_param("report-type", "")
    except Exception:  # a Content-Type the parser cannot make sense of
        return ""
    return str(collapse_rfc2231_value(value)).strip().lower()


def mail_kind(message: Message, from_address: str) -> str:
    """Mail no person wrote, never to be answered: "bounce", "auto_reply" or "list"; else "".

    Explicit marks of an automatic reply go before list headers: a vacation reply may carry
    "Precedence: junk" as RFC 3834 allows, and is still a vacation reply."""
    report = _report_type(message)
    if report == "delivery-status" or _header(message, "X-Failed-Recipients"):
        return "bounce"
    if from_address.partition("@")[0].lower() in MAIL_SYSTEM_SENDERS:
        return "bounce"
    if (
        report  # read receipts and other reports
        or _header(message, "Auto-Submitted").lower() not in AUTO_SUBMITTED_OK
        or _header(message, "X-Autoreply")
        or _header(message, "X-Autorespond")
        or _header(message, "X-Auto-Response-Suppress")
    ):
        return "auto_reply"
    precedence = _header(message, "Precedence").lower()
    if (
        _header(message, "List-Id")
        or _header(message, "List-Unsubscribe")
        or precedence in LIST_PRECEDENCE
    ):
        return "list"
    if precedence in AUTO_PRECEDENCE:
        return "auto_reply"
    if "Return-Path" in message and _header(message, "Return-Path") in ("<>", ""):
        return "auto_reply"
    return ""


def parse(raw: bytes) -> ParsedMail:
    parsed = ParsedMail()
    try:
        message: Message = email.message_from_bytes(raw, policy=email.policy.default)
    except Exception as exc:
        parsed.problems.append(f"parse failed: {exc.__class__.__name__}")
        return parsed
    name, address = parseaddr(_header(message, "From"))
    parsed.from_name, parsed.from_address = name.strip(), address.strip().lower()
    parsed.subject = " ".join(_header(message, "Subject").split())[:200]
    parsed.message_id = (_message_ids(_header(message, "Message-ID")) or [""])[0]
    parsed.in_reply_to = _message_ids(
        _header(message, "In-Reply-To") + " " + _header(message, "References")
    )
    recipients = [_header(message, key) for key in ("To", "Cc", "Delivered-To", "X-Original-To")]
    parsed.recipients = [a.lower() for _n, a in getaddresses(recipients) if a]
    parsed.kind = mail_kind(message, parsed.from_address)
    if parsed.kind == "bounce":
        parsed.bounce = read_bounce(message)
    for key in ("X-Kennispunt-Ticket", "List-Id"):
        if _header(message, key):
            parsed.headers[key] = _header(message, key)
    parsed.body = _clean(_body(message, parsed))
    parsed.attachments = _attachments(message, parsed)
    return parsed


def _body_candidates(message: Message) -> list[Any]:
    if not isinstance(message, EmailMessage):  # pragma: no cover - policy.default
        return [message]
    found = []
    for preference in ("plain", "html"):
        try:
            part = message.get_body(preferencelist=(preference,))
        except Exception:
            part = None
        if part is not None:
            found.append(part)
    if not found and not message.is_multipart() and message.get_content_maintype() == "text":
        found.append(message)  # text/enriched, text/calendar and the like: still text
    return found


def _body(message: Message, parsed: ParsedMail) -> str:
    """The plain text, or the HTML made plain. A part that is not text in any charset marks the
    mail undecodable instead of showing garbled text."""
    unreadable = False
    for part in _body_candidates(message):
        text = _decode_part(part)
        if text is None:
            unreadable = True
            continue
        if part.get_content_type() == "text/html":
            text = html_to_text(text)
        if text.strip():
            return text.strip()
    if unreadable:
        parsed.undecodable = True
        parsed.problems.append("body could not be decoded")
    return ""


def _attachments(message: Message, parsed: ParsedMail) -> list[ParsedAttachment]:
    found: list[ParsedAttachment] = []
    if not isinstance(message, EmailMessage):  # pragma: no cover
        return found
    try:
        parts = list(message.iter_attachments())
        if not message.is_multipart() and message.get_content_maintype() != "text":
            parts = [message]  # a scanner or fax gateway that mails the file as the message
    except Exception:
        parsed.problems.append("attachments unreadable")
        return found
    for index, part in enumerate(parts, start=1):
        if part.is_multipart():
            continue
        try:
            content = part.get_payload(decode=True)
        except Exception:
            content = None
        if not isinstance(content, bytes):
            parsed.problems.append(f"attachment {index} unreadable")
            continue
        filename = _clean(part.get_filename() or "") or f"bijlage-{index}"
        found.append(
            ParsedAttachment(
                filename=filename[:200],
                content=content,
                declared_type=part.get_content_type() or detect_type(content),
            )
        )
    return found
