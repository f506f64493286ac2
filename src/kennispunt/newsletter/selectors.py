"""Reads of the newsletter: recipients for the sender, segments, a person's subscription."""

from collections.abc import Collection, Iterator
from typing import Any

from django.db.models import Q, QuerySet

from kennispunt.mailings.audiences import Audience, Recipient
from kennispunt.mailings.models import MailingStatus

from .models import NewsletterIssuePage, SentEdition, Subscriber, SubscriberStatus


def segment_subscribers(
    *, provinces: Collection[str] = (), municipality_ids: Collection[int] = ()
) -> QuerySet[Subscriber]:
    """The active subscribers of a segment: those whose municipality lies in one of the
    provinces or is one of the municipalities; everyone when both are empty. The count shown
    before sending and the send itself both use this."""
    subscribers = Subscriber.objects.filter(status=SubscriberStatus.ACTIVE)
    if provinces or municipality_ids:
        subscribers = subscribers.filter(
            Q(municipality__province__in=list(provinces))
            | Q(municipality_id__in=list(municipality_ids))
        )
    return subscribers


def _pairs(subscribers: QuerySet[Subscriber]) -> Iterator[tuple[int, str]]:
    return subscribers.order_by("pk").values_list("pk", "email").iterator(chunk_size=2000)


def active_recipients() -> Iterator[tuple[int, str]]:
    return _pairs(segment_subscribers())


def mailing_recipients(mailing_id: int) -> Iterator[tuple[int, str]]:
    """The recipients of one mailing when it starts: the segment stored with its edition
    (everyone when the mailing has none)."""
    edition = SentEdition.objects.filter(mailing_id=mailing_id).first()
    if edition is None:
        return active_recipients()
    municipality_ids = list(edition.municipalities.values_list("pk", flat=True))
    return _pairs(
        segment_subscribers(provinces=edition.provinces, municipality_ids=municipality_ids)
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
    key="newsletter",
    recipients=active_recipients,
    still_wanted=still_wanted,
    recipients_of_mailing=mailing_recipients,
)


def archived_edition(page: NewsletterIssuePage) -> SentEdition | None:
    """The version of an issue the archive shows: the latest one that went out."""
    return (
        SentEdition.objects.filter(
            page=page, mailing__status__in=[MailingStatus.SENDING, MailingStatus.DONE]
        )
        .select_related("mailing")
        .order_by("-pk")
        .first()
    )


def edition_of_mailing(mailing_id: int) -> SentEdition | None:
    """The issue and segment behind a newsletter mailing (None for other mailings)."""
    return (
        SentEdition.objects.filter(mailing_id=mailing_id)
        .select_related("page")
        .prefetch_related("municipalities")
        .first()
    )


def subscriptions_of(user: Any) -> list[Subscriber]:
    """The subscriptions of a signed-in person: linked to the account or to its address."""
    return list(
        Subscriber.objects.filter(Q(user=user) | Q(email__iexact=user.email)).order_by("pk")
    )
