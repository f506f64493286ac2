"""The sender: batches of deliveries over one reused SMTP connection, at a configurable rate.

Exactly-once-ish, even with workers killed halfway or the mail server down:

1. ``claim``: a worker takes a batch of pending deliveries (on PostgreSQL with
   ``SELECT ... FOR UPDATE SKIP LOCKED``, so workers never wait for or take each other's rows)
   and marks them ``claimed`` with its own claim id. A claim older than
   ``NEWSLETTER_CLAIM_TIMEOUT`` seconds may be taken over by another worker.
2. per message: ``claimed → sending`` with a conditional UPDATE on the worker's own claim id.
   Only when that UPDATE changed the row is the message handed to SMTP; afterwards
   ``sending → sent``. So a taken-over claim is never sent twice.
3. A row left in ``sending`` means the worker died between handing the message to SMTP and
   recording the answer: it may have been delivered. It is never resent automatically; staff
   see it as "onbekend" (at most one per killed worker).
4. SMTP unreachable or disconnecting: the batch's unsent rows go back to ``pending``, the
   error is shown to staff, and the periodic dispatcher tries again a minute later.

The engine's own module: features use ``services`` and ``selectors`` instead.
"""

import logging
import smtplib
import time
import uuid
from datetime import datetime, timedelta
from email.utils import make_msgid
from urllib.parse import quote

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import connection, transaction
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone

from kennispunt.core.audit import log_action

from . import audiences
from .models import Delivery, DeliveryStatus, Mailing, MailingStatus

logger = logging.getLogger(__name__)

CREATE_CHUNK = 2000


def batch_size() -> int:
    return settings.NEWSLETTER_BATCH_SIZE


def rate_per_second() -> float:
    return settings.NEWSLETTER_RATE_PER_SECOND


def claim_timeout() -> timedelta:
    return timedelta(seconds=settings.NEWSLETTER_CLAIM_TIMEOUT)


# --- Starting ---------------------------------------------------------------------------------


def mailing_start(*, mailing_id: int) -> int:
    """Create one delivery per recipient (idempotent) and mark the mailing as sending."""
    with transaction.atomic():
        mailing = Mailing.objects.select_for_update().get(pk=mailing_id)
        if mailing.status != MailingStatus.SCHEDULED:
            return 0
        created = 0
        chunk: list[Delivery] = []
        audience = audiences.get(mailing.audience)
        recipients = (
            audience.recipients_of_mailing(mailing.pk)
            if audience.recipients_of_mailing is not None
            else audience.recipients()
        )
        for recipient_id, email in recipients:
            chunk.append(Delivery(mailing=mailing, recipient_id=recipient_id, email=email))
            if len(chunk) >= CREATE_CHUNK:
                created += len(Delivery.objects.bulk_create(chunk, ignore_conflicts=True))
                chunk = []
        if chunk:
            created += len(Delivery.objects.bulk_create(chunk, ignore_conflicts=True))
        mailing.status = MailingStatus.SENDING
        mailing.started_at = timezone.now()
        mailing.save(update_fields=["status", "started_at"])
        log_action(mailing, "mailing.started", None, {"recipients": created})
    return created


def due_mailings(now: datetime | None = None) -> list[int]:
    now = now or timezone.now()
    return list(
        Mailing.objects.filter(status=MailingStatus.SCHEDULED, scheduled_at__lte=now).values_list(
            "pk", flat=True
        )
    )


def stalled_mailings(now: datetime | None = None) -> list[int]:
    """Mailings with work left whose worker has not reported for two minutes."""
    now = now or timezone.now()
    return list(
        Mailing.objects.filter(status=MailingStatus.SENDING)
        .filter(Q(heartbeat_at__isnull=True) | Q(heartbeat_at__lt=now - timedelta(minutes=2)))
        .values_list("pk", flat=True)
    )


# --- Sending ----------------------------------------------------------------------------------


def _claim(mailing: Mailing, size: int) -> tuple[uuid.UUID, list[Delivery]]:
    claim = uuid.uuid4()
    now = timezone.now()
    takeable = Q(status=DeliveryStatus.PENDING) | Q(
        status=DeliveryStatus.CLAIMED, claimed_at__lt=now - claim_timeout()
    )
    with transaction.atomic():
        queryset = Delivery.objects.filter(takeable, mailing=mailing).order_by("pk")
        if connection.features.has_select_for_update_skip_locked:
            queryset = queryset.select_for_update(skip_locked=True)
        ids = list(queryset.values_list("pk", flat=True)[:size])
        if not ids:
            return claim, []
        Delivery.objects.filter(takeable, pk__in=ids).update(
            status=DeliveryStatus.CLAIMED, claim=claim, claimed_at=now
        )
    return claim, list(Delivery.objects.filter(pk__in=ids, claim=claim).order_by("pk"))


def _message(
    mailing: Mailing, recipient: audiences.Recipient, message_id: str
) -> EmailMultiAlternatives:
    url = recipient.unsubscribe_url
    mailbox = settings.NEWSLETTER_UNSUBSCRIBE_MAILTO
    mailto = f"mailto:{mailbox}?subject={quote(recipient.unsubscribe_subject)}"
    message = EmailMultiAlternatives(
        subject=mailing.subject,
        body=mailing.text_body.replace("{unsubscribe_url}", url),
        from_email=settings.NEWSLETTER_FROM_EMAIL,
        to=[recipient.email],
        headers={
            "Message-ID": message_id,
            "List-Unsubscribe": f"<{url}>, <{mailto}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": f"{mailing.audience} <{mailing.audience}.kennispunt.nl>",
            "Precedence": "bulk",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(mailing.html_body.replace("{unsubscribe_url}", url), "text/html")
    return message


class _Pacer:
    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.next_at = time.monotonic()

    def wait(self) -> None:
        if not self.interval:
            return
        now = time.monotonic()
        if self.next_at > now:
            time.sleep(self.next_at - now)
        self.next_at = max(self.next_at, now) + self.interval


def _set(pk: int, claim: uuid.UUID, old: str, **fields: object) -> bool:
    return Delivery.objects.filter(pk=pk, claim=claim, status=old).update(**fields) == 1


def _advance(claim: uuid.UUID, sent_pk: int | None, next_pk: int, message_id: str) -> bool:
    """One UPDATE per message: record the previous one as sent and move the next one from
    claimed to sending. True when the next one is still this worker's to send."""
    if sent_pk is None:
        return _set(
            next_pk,
            claim,
            DeliveryStatus.CLAIMED,
            status=DeliveryStatus.SENDING,
            message_id=message_id,
        )
    updated = Delivery.objects.filter(
        Q(pk=sent_pk, status=DeliveryStatus.SENDING) | Q(pk=next_pk, status=DeliveryStatus.CLAIMED),
        claim=claim,
    ).update(
        status=Case(
            When(pk=sent_pk, then=Value(DeliveryStatus.SENT)), default=Value(DeliveryStatus.SENDING)
        ),
        sent_at=Case(When(pk=sent_pk, then=Value(timezone.now())), default=F("sent_at")),
        message_id=Case(When(pk=next_pk, then=Value(message_id)), default=F("message_id")),
    )
    if updated == 2:
        return True
    # Rare: the next one was taken over, or the previous row was erased meanwhile.
    return Delivery.objects.filter(
        pk=next_pk, claim=claim, status=DeliveryStatus.SENDING, message_id=message_id
    ).exists()


def mailing_send_batch(*, mailing_id: int, pacer: _Pacer | None = None) -> int:
    """Claim and send one batch; returns how many deliveries it handled (0 = nothing left)."""
    mailing = Mailing.objects.get(pk=mailing_id)
    if mailing.status != MailingStatus.SENDING:
        return 0
    Mailing.objects.filter(pk=mailing.pk).update(heartbeat_at=timezone.now())
    claim, batch = _claim(mailing, batch_size())
    if not batch:
        _finish_if_done(mailing)
        return 0
    audience = audiences.get(mailing.audience)
    wanted = audience.still_wanted([d.recipient_id for d in batch])
    skipped = [d.pk for d in batch if d.recipient_id not in wanted]
    if skipped:
        Delivery.objects.filter(pk__in=skipped, claim=claim, status=DeliveryStatus.CLAIMED).update(
            status=DeliveryStatus.SKIPPED
        )
    todo = [d for d in batch if d.recipient_id in wanted]
    pacer = pacer or _Pacer(rate_per_second())
    domain = settings.NEWSLETTER_MESSAGE_ID_DOMAIN
    smtp = get_connection(fail_silently=False)
    accepted: int | None = None  # accepted by the server, not yet recorded as sent
    try:
        smtp.open()
        for delivery in todo:
            message_id = make_msgid(f"m{mailing.pk}.d{delivery.pk}", domain=domain)
            message = _message(mailing, wanted[delivery.recipient_id], message_id)
            pacer.wait()
            ours = _advance(claim, accepted, delivery.pk, message_id)
            accepted = None
            if not ours:
                continue  # another worker took this claim over after a timeout
            try:
                smtp.send_messages([message])
            except smtplib.SMTPRecipientsRefused as exc:
                _set(
                    delivery.pk,
                    claim,
                    DeliveryStatus.SENDING,
                    status=DeliveryStatus.FAILED,
                    error=str(exc)[:300],
                )
                continue
            except (smtplib.SMTPException, OSError):
                # Not accepted by the server: nothing was delivered, so it may go again.
                _set(delivery.pk, claim, DeliveryStatus.SENDING, status=DeliveryStatus.PENDING)
                raise
            accepted = delivery.pk
    except (smtplib.SMTPException, OSError) as exc:
        Delivery.objects.filter(
            pk__in=[d.pk for d in todo], claim=claim, status=DeliveryStatus.CLAIMED
        ).update(status=DeliveryStatus.PENDING, claim=None, claimed_at=None)
        Mailing.objects.filter(pk=mailing.pk).update(last_error=str(exc)[:300])
        logger.warning("Mailing %s: mail server error, retrying later: %s", mailing.pk, exc)
        raise MailServerUnavailable(str(exc)) from exc
    finally:
        if accepted is not None:
            _set(
                accepted,
                claim,
                DeliveryStatus.SENDING,
                status=DeliveryStatus.SENT,
                sent_at=timezone.now(),
            )
        try:
            smtp.close()
        except Exception:  # noqa: S110 - closing a broken connection may fail too
            pass
    if mailing.last_error:
        Mailing.objects.filter(pk=mailing.pk).update(last_error="")
    return len(batch)


class MailServerUnavailable(Exception):
    pass


def _finish_if_done(mailing: Mailing) -> None:
    open_rows = Delivery.objects.filter(
        mailing=mailing, status__in=[DeliveryStatus.PENDING, DeliveryStatus.CLAIMED]
    )
    if open_rows.exists():
        return
    updated = Mailing.objects.filter(pk=mailing.pk, status=MailingStatus.SENDING).update(
        status=MailingStatus.DONE, finished_at=timezone.now()
    )
    if updated:
        log_action(mailing, "mailing.done", None)


def mailing_send(*, mailing_id: int, max_seconds: float | None = None) -> int:
    """Send batches until the mailing is done (or ``max_seconds`` passed). Returns how many."""
    deadline = time.monotonic() + max_seconds if max_seconds else None
    pacer = _Pacer(rate_per_second())
    handled = 0
    while True:
        count = mailing_send_batch(mailing_id=mailing_id, pacer=pacer)
        handled += count
        if not count or (deadline and time.monotonic() > deadline):
            return handled
