"""Fetch new mail from the helpdesk mailbox over IMAP (stdlib imaplib) and ingest it.

HELPDESK_IMAP_URL: imaps://user:password@host:993/INBOX (or imap://... with STARTTLS).
A message is marked as seen only after it has been stored, so a crash never loses mail.
"""

import imaplib
import logging
import ssl
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from django.conf import settings

from .ingest import ingest_message

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImapConfig:
    host: str
    port: int
    user: str
    password: str
    mailbox: str
    ssl: bool


def config_from_url(url: str) -> ImapConfig:
    parts = urlsplit(url)
    if parts.scheme not in ("imap", "imaps"):
        raise ValueError("HELPDESK_IMAP_URL must start with imap:// or imaps://")
    secure = parts.scheme == "imaps"
    return ImapConfig(
        host=parts.hostname or "localhost",
        port=parts.port or (993 if secure else 143),
        user=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
        mailbox=unquote(parts.path.lstrip("/")) or "INBOX",
        ssl=secure,
    )


def _connect(config: ImapConfig) -> imaplib.IMAP4:
    context = ssl.create_default_context()
    if config.ssl:
        return imaplib.IMAP4_SSL(config.host, config.port, ssl_context=context, timeout=60)
    connection = imaplib.IMAP4(config.host, config.port, timeout=60)
    connection.starttls(ssl_context=context)
    return connection


def poll(limit: int = 200) -> int:
    """Ingest up to ``limit`` unseen messages; returns how many were ingested."""
    if not settings.HELPDESK_IMAP_URL:
        return 0
    config = config_from_url(settings.HELPDESK_IMAP_URL)
    connection = _connect(config)
    count = 0
    try:
        connection.login(config.user, config.password)
        connection.select(config.mailbox)
        _status, data = connection.uid("SEARCH", None, "UNSEEN")  # type: ignore[arg-type]
        uids = (data[0] or b"").split()[:limit]
        for uid in uids:
            _status, fetched = connection.uid("FETCH", uid.decode(), "(BODY.PEEK[])")
            raw = next((item[1] for item in fetched if isinstance(item, tuple)), None)
            if not isinstance(raw, bytes):
                logger.warning("helpdesk: IMAP message %s could not be fetched", uid)
                continue
            ingest_message(raw, channel_hint="imap")
            connection.uid("STORE", uid.decode(), "+FLAGS", "(\\Seen)")
            count += 1
    finally:
        try:
            connection.logout()
        except (imaplib.IMAP4.error, OSError):
            pass
    return count
