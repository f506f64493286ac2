"""Writes for the features that send mailings: schedule, send now, cancel, skip, erase."""

from collections.abc import Collection, Iterable
from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from kennispunt.core.audit import log_action

from . import audiences, sending
from .content import RenderedMessage
from .models import Delivery, DeliveryStatus, Mailing, MailingStatus


def mailing_create(
    *,
    audience: str,
    rendered: RenderedMessage,
    scheduled_at: datetime | None = None,
    source_id: int | None = None,
    user: Any = None,
) -> Mailing:
    """A mailing to a registered audience, scheduled for ``scheduled_at`` (now when None).

    The periodic dispatcher starts it when it is due (within a minute); ``mailing_send_now``
    starts it at once. A second live mailing for the same audience and ``source_id`` (e.g. a
    newsletter issue) is refused by the database with an ``IntegrityError``.
    """
    if not audiences.is_registered(audience):
        raise ValueError(f"Unknown audience {audience!r}: register it in AppConfig.ready().")
    with transaction.atomic():
        mailing = Mailing.objects.create(
            audience=audience,
            source_id=source_id,
            subject=rendered.subject,
            html_body=rendered.html_body.replace(rendered.placeholder, "{unsubscribe_url}"),
            text_body=rendered.text_body.replace(rendered.placeholder, "{unsubscribe_url}"),
            scheduled_at=scheduled_at or timezone.now(),
            created_by=user if getattr(user, "is_authenticated", False) else None,
        )
        log_action(mailing, "mailing.scheduled", user, {"audience": audience})
    return mailing


def mailing_send_now(*, mailing: Mailing) -> int:
    """Make the deliveries now and hand the sending to the task worker. Returns how many
    recipients the mailing has (0 when it was not waiting to start)."""
    from .tasks import send_mailing

    created = sending.mailing_start(mailing_id=mailing.pk)
    send_mailing.enqueue(mailing.pk)
    return created


def mailing_cancel(*, mailing: Mailing, user: object) -> None:
    """Stop a mailing: whoever has not been sent to yet gets nothing."""
    with transaction.atomic():
        Mailing.objects.filter(pk=mailing.pk).update(status=MailingStatus.CANCELLED)
        Delivery.objects.filter(mailing=mailing, status=DeliveryStatus.PENDING).update(
            status=DeliveryStatus.SKIPPED, error="geannuleerd"
        )
        log_action(mailing, "mailing.cancelled", user)


@transaction.atomic
def mailing_record_sent(
    *,
    audience: str,
    rendered: RenderedMessage,
    sent_at: datetime,
    recipients: Iterable[tuple[int, str]],
    source_id: int | None = None,
) -> Mailing:
    """A mailing recorded as sent at ``sent_at`` to ``(recipient_id, email)`` pairs, without
    sending anything (demo content)."""
    mailing = mailing_create(
        audience=audience, rendered=rendered, scheduled_at=sent_at, source_id=source_id
    )
    Mailing.objects.filter(pk=mailing.pk).update(
        status=MailingStatus.DONE, started_at=sent_at, finished_at=sent_at
    )
    Delivery.objects.bulk_create(
        Delivery(
            mailing=mailing,
            recipient_id=recipient_id,
            email=email,
            status=DeliveryStatus.SENT,
            sent_at=sent_at,
        )
        for recipient_id, email in recipients
    )
    mailing.refresh_from_db()
    return mailing


def recipients_skip(*, audience: str, recipient_ids: Iterable[int]) -> int:
    """Someone left: drop them from every mailing that has not reached them yet."""
    return Delivery.objects.filter(
        mailing__audience=audience,
        recipient_id__in=list(recipient_ids),
        status=DeliveryStatus.PENDING,
    ).update(status=DeliveryStatus.SKIPPED)


def deliveries_erase(*, audiences: Collection[str], recipient_ids: Iterable[int]) -> int:
    """Erasure of a person: their delivery records go altogether."""
    deleted, _by_model = Delivery.objects.filter(
        mailing__audience__in=list(audiences), recipient_id__in=list(recipient_ids)
    ).delete()
    return deleted


def deliveries_anonymise(*, audiences: Collection[str], recipient_ids: Iterable[int]) -> int:
    """A recipient that is gone: its address leaves the delivery records, the counts stay."""
    return Delivery.objects.filter(
        mailing__audience__in=list(audiences), recipient_id__in=list(recipient_ids)
    ).update(email="")
