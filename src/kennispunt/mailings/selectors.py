"""Reads for the features that send mailings: their mailings, progress, who was reached."""

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, QuerySet, Subquery

from .models import Delivery, DeliveryStatus, Mailing, MailingStatus


@dataclass(frozen=True)
class Progress:
    total: int
    sent: int
    failed: int
    skipped: int
    uncertain: int
    remaining: int

    @property
    def done(self) -> int:
        return self.sent + self.failed + self.skipped + self.uncertain


def mailings_for(
    *,
    audiences: Collection[str] | None = None,
    source_id: int | None = None,
    include_cancelled: bool = True,
) -> QuerySet[Mailing]:
    """Mailings, newest first, of some audiences (all when None) or of one source."""
    queryset = Mailing.objects.select_related("created_by")
    if audiences is not None:
        queryset = queryset.filter(audience__in=list(audiences))
    if source_id is not None:
        queryset = queryset.filter(source_id=source_id)
    if not include_cancelled:
        queryset = queryset.exclude(status=MailingStatus.CANCELLED)
    return queryset


def _progress(counts: dict[str, int]) -> Progress:
    return Progress(
        total=sum(counts.values()),
        sent=counts.get(DeliveryStatus.SENT, 0),
        failed=counts.get(DeliveryStatus.FAILED, 0),
        skipped=counts.get(DeliveryStatus.SKIPPED, 0),
        uncertain=counts.get(DeliveryStatus.SENDING, 0),
        remaining=counts.get(DeliveryStatus.PENDING, 0) + counts.get(DeliveryStatus.CLAIMED, 0),
    )


def mailings_progress(mailing_ids: Iterable[int]) -> dict[int, Progress]:
    """Progress of several mailings in one grouped query (the list of mailings)."""
    ids = list(mailing_ids)
    counts: dict[int, dict[str, int]] = {pk: {} for pk in ids}
    rows = (
        Delivery.objects.filter(mailing_id__in=ids)
        .values_list("mailing_id", "status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for mailing_id, status, n in rows:
        counts[mailing_id][status] = n
    return {pk: _progress(c) for pk, c in counts.items()}


def mailing_progress(mailing: Mailing) -> Progress:
    return mailings_progress([mailing.pk])[mailing.pk]


def first_sent_at(*, audiences: Collection[str], recipient_id: Any) -> Subquery:
    """When a mailing of these audiences first reached the recipient, for ``annotate()``;
    ``recipient_id`` is usually an ``OuterRef``. None when nothing was sent to it."""
    return Subquery(
        Delivery.objects.filter(
            mailing__audience__in=list(audiences),
            recipient_id=recipient_id,
            status=DeliveryStatus.SENT,
        )
        .order_by("sent_at")
        .values("sent_at")[:1]
    )


def subjects_received(*, audience: str, recipient_id: int) -> list[str]:
    """The subjects of the mailings sent to one recipient (personal-data export)."""
    return list(
        Delivery.objects.filter(
            mailing__audience=audience, recipient_id=recipient_id, status=DeliveryStatus.SENT
        ).values_list("mailing__subject", flat=True)
    )
