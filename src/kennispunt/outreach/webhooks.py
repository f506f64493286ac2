"""Bounces and complaints for griffie addresses, from the same anymail tracking webhook the
newsletter uses (the newsletter's own handler ignores addresses it does not know)."""

from typing import Any

from anymail.signals import AnymailTrackingEvent, tracking

from kennispunt.newsletter.webhooks import DEACTIVATING_EVENTS

from .services import contacts_mark_bounced


def handle_tracking(sender: Any, event: AnymailTrackingEvent, esp_name: str, **kwargs: Any) -> None:
    reason = DEACTIVATING_EVENTS.get(event.event_type)
    if reason is None or not event.recipient:
        return
    contacts_mark_bounced(email=event.recipient, reason=reason, source=f"webhook:{esp_name}")


def connect() -> None:
    tracking.connect(handle_tracking, dispatch_uid="kennispunt.outreach.tracking")
