"""Reads of the newsletter: recipients for the sender, a person's subscription."""

from collections.abc import Iterator
from typing import Any

from kennispunt.mailings.audiences import Audience, Recipient

from .models import Subscriber, SubscriberStatus


def active_recipients() -> Iterator[tuple[int, str]]:
    return (
        Subscriber.objects.filter(status=SubscriberStatus.ACTIVE)
        .order_by("pk")
        .values_list("pk", "email")
        .iterator(chunk_size=2000)
    )


def still_wanted(recipient_ids: list[int]) -> dict[int, Recipient]:
    from .services import unsubscribe_url_for_token

    rows = Subscriber.objects.filter(
        pk__in=recipient_ids, status=SubscriberStatus.ACTIVE
    ).values_list("pk", "email", "unsubscribe_token")
    return {
        pk: Recipient(
            recipient_id=pk,
            email=email,
            unsubscribe_url=unsubscribe_url_for_token(token),
            unsubscribe_subject=f"afmelden {token}",
        )
        for pk, email, token in rows
    }


NEWSLETTER_AUDIENCE = Audience(
    key="newsletter", recipients=active_recipients, still_wanted=still_wanted
)


def subscriptions_of(user: Any) -> list[Subscriber]:
    """The subscriptions of a signed-in person: linked to the account or to its address."""
    from django.db.models import Q

    return list(
        Subscriber.objects.filter(Q(user=user) | Q(email__iexact=user.email)).order_by("pk")
    )
