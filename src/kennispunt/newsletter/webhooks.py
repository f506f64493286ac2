"""Bounces and complaints from the mail provider (django-anymail tracking webhooks).

Anymail normalises every provider's webhook; the endpoint is protected with HTTP basic auth
(``ANYMAIL["WEBHOOK_SECRET"]``). Only bounces and complaints are used: no open or click
tracking.
"""

from typing import Any

from anymail.signals import AnymailTrackingEvent, tracking

from .services import subscription_deactivate

DEACTIVATING_EVENTS = {"bounced": "bounced", "complained": "complained", "rejected": "bounced"}


def handle_tracking(sender: Any, event: AnymailTrackingEvent, esp_name: str, **kwargs: Any) -> None:
    reason = DEACTIVATING_EVENTS.get(event.event_type)
    if reason is None or not event.recipient:
        return
    subscription_deactivate(email=event.recipient, reason=reason, source=f"webhook:{esp_name}")


def connect() -> None:
    tracking.connect(handle_tracking, dispatch_uid="kennispunt.newsletter.tracking")
