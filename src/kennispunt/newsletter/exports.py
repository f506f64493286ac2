"""The newsletter's part of the personal-data export and of account erasure."""

from typing import Any

from django.db import transaction

from kennispunt.core.audit import log_action
from kennispunt.mailings.selectors import subjects_received
from kennispunt.mailings.services import deliveries_erase

from .models import Subscriber
from .selectors import subscriptions_of
from .services import AUDIENCE


def export_subscriptions(user: Any) -> list[dict[str, Any]]:
    return [
        {
            "email": s.email,
            "name": s.name,
            "municipality": s.municipality.name if s.municipality else None,
            "status": s.status,
            "created_at": s.created_at.isoformat(),
            "confirmed_at": s.confirmed_at.isoformat() if s.confirmed_at else None,
            "unsubscribed_at": s.unsubscribed_at.isoformat() if s.unsubscribed_at else None,
            "consent": [
                {
                    "action": r.action,
                    "text": r.text,
                    "source": r.source,
                    "at": r.created_at.isoformat(),
                }
                for r in s.consent_records.all()
            ],
            "mailings_received": subjects_received(audience=AUDIENCE, recipient_id=s.pk),
        }
        for s in subscriptions_of(user)
    ]


@transaction.atomic
def erase_subscriptions(user: Any) -> None:
    for subscriber in subscriptions_of(user):
        deliveries_erase(audiences=[AUDIENCE], recipient_ids=[subscriber.pk])
        log_action(subscriber, "newsletter.erased")
        Subscriber.objects.filter(pk=subscriber.pk).delete()
