"""Reading incoming e-mail: whatever arrives, this returns something usable and never raises."""

import email
import email.policy
import logging
import re
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from email.utils import getaddresses, parseaddr
from html.parser import HTMLParser
from typing import Any

from kennispunt.core.uploads import detect_type

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
    auto_reply: bool = False
    problems: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)


class _TextExtractor(HTMLParser):
    """HTML to plain text: keeps the words and line breaks, drops scripts, styles and tags."""

    _BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
    _SKIP = {"script", "style", "head", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # a broken document still yields the text read so far
        logger.info("helpdesk: HTML body could not be parsed completely")
    text = "".join(parser.parts)
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _decode_part(part: Message) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
        if isinstance(content, str):
            return content
    except (LookupError, UnicodeError, AttributeError, ValueError):
        pass
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(part.get_payload() or "")
    charsets = [part.get_content_charset() or "", *_FALLBACK_CHARSETS]
    for charset in charsets:
        if not charset:
            continue
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("utf-8", errors="replace")


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
AUTO_PRECEDENCE = {"bulk", "auto_reply", "junk", "list"}


def is_auto_reply(message: Message) -> bool:
    if _header(message, "Auto-Submitted").lower() not in AUTO_SUBMITTED_OK:
        return True
    if _header(message, "X-Autoreply") or _header(message, "X-Autorespond"):
        return True
    if _header(message, "Precedence").lower() in AUTO_PRECEDENCE:
        return True
    if _header(message, "X-Auto-Response-Suppress"):
        return True
    return "Return-Path" in message and _header(message, "Return-Path") in ("<>", "")


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
    parsed.auto_reply = is_auto_reply(message)
    for key in ("X-Kennispunt-Ticket", "List-Id"):
        if _header(message, key):
            parsed.headers[key] = _header(message, key)
    parsed.body = _clean(_body(message, parsed))
    parsed.attachments = _attachments(message, parsed)
    return parsed


def _body(message: Message, parsed: ParsedMail) -> str:
    part: Any
    if isinstance(message, EmailMessage):
        try:
            part = message.get_body(preferencelist=("plain", "html"))
        except Exception:
            part = None
    else:  # pragma: no cover - policy.default always gives EmailMessage
        part = None
    if part is None:
        if message.is_multipart():
            return ""
        part = message
    text = _decode_part(part)
    if part.get_content_type() == "text/html":
        text = html_to_text(text)
    return text.strip()


def _attachments(message: Message, parsed: ParsedMail) -> list[ParsedAttachment]:
    found: list[ParsedAttachment] = []
    if not isinstance(message, EmailMessage):  # pragma: no cover
        return found
    try:
        parts = list(message.iter_attachments())
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
