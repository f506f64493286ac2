"""Bounces and complaints from the mail provider (django-anymail tracking webhooks).

Anymail normalises every provider's webhook; the endpoint is protected with HTTP basic auth
(``ANYMAIL["WEBHOOK_SECRET"]``). Only bounces and complaints are used: no open or click
tracking. There is one receiver for every mailing; each feature registers what a dead or
complaining address means for its own list (a handler ignores addresses it does not know).
"""

from typing import Any, Protocol

from anymail.signals import AnymailTrackingEvent, tracking

# anymail event type -> the reason handed to the handlers.
DEACTIVATING_EVENTS = {"bounced": "bounced", "complained": "complained", "rejected": "bounced"}


class BounceHandler(Protocol):
    def __call__(self, *, email: str, reason: str, source: str) -> int: ...


_handlers: dict[str, BounceHandler] = {}


def register(name: str, handler: BounceHandler) -> None:
    """``handler(email=..., reason="bounced"|"complained", source=...)`` stops mailing that
    address (any case) on the feature's own list and returns how many entries it changed."""
    _handlers[name] = handler


def address_deactivate(*, email: str, reason: str, source: str) -> int:
    """Tell every feature that this address bounced or complained."""
    return sum(
        _handlers[name](email=email, reason=reason, source=source) for name in sorted(_handlers)
    )


def handle_tracking(sender: Any, event: AnymailTrackingEvent, esp_name: str, **kwargs: Any) -> None:
    reason = DEACTIVATING_EVENTS.get(event.event_type)
    if reason is None or not event.recipient:
        return
    address_deactivate(email=event.recipient, reason=reason, source=f"webhook:{esp_name}")


def connect() -> None:
    tracking.connect(handle_tracking, dispatch_uid="kennispunt.mailings.tracking")
