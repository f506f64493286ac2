"""django-anymail inbound webhooks: the mail provider (Mailgun, Postmark, SES, ...) posts the
message, anymail checks basic auth and the provider's signature, and this receiver hands the
raw message to the same ``ingest_message`` the IMAP poller and the command use.

The webhook URLs (/anymail/<esp>/inbound/, mounted in kennispunt/urls.py) only exist when
ANYMAIL["WEBHOOK_SECRET"] is set: without it anymail would accept unauthenticated posts.
"""

from typing import Any

from .ingest import IngestResult, ingest_message


def anymail_inbound_received(sender: Any, event: Any, esp_name: str, **kwargs: Any) -> IngestResult:
    message = event.message
    try:
        raw = message.as_bytes()
    except Exception:  # a message the serializer chokes on is still kept, as text
        raw = message.as_string().encode("utf-8", errors="replace")
    return ingest_message(raw, channel_hint=f"anymail-{esp_name}".lower()[:20])
