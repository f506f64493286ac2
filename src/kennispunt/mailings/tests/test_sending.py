"""The sender: headers, failures, crash leftovers, claims, scheduling, cancelling."""

from datetime import timedelta
from typing import Any
from urllib.parse import quote

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from kennispunt.core.audit import entries_for
from kennispunt.mailings import sending, tasks
from kennispunt.mailings.content import RenderedMessage
from kennispunt.mailings.models import Delivery, DeliveryStatus, Mailing, MailingStatus
from kennispunt.mailings.selectors import mailing_progress, mailings_for
from kennispunt.mailings.services import (
    mailing_cancel,
    mailing_create,
    mailing_send_now,
    recipients_skip,
)

from .conftest import KEY, MemoryAudience

pytestmark = pytest.mark.django_db


def _started(rendered: RenderedMessage, **kwargs: Any) -> Mailing:
    mailing = mailing_create(audience=KEY, rendered=rendered, **kwargs)
    sending.mailing_start(mailing_id=mailing.pk)
    return mailing


def test_every_message_is_personal_with_both_parts_and_one_click_headers(
    audience: MemoryAudience, rendered: RenderedMessage, settings: Any
) -> None:
    settings.NEWSLETTER_UNSUBSCRIBE_MAILTO = "afmelden@kennispunt.example"
    ids = audience.add(3)
    mailing = _started(rendered)
    assert sending.mailing_send(mailing_id=mailing.pk) == 3
    assert sorted(m.to[0] for m in mail.outbox) == sorted(audience.wanted.values())
    by_address = {email: i for i, email in audience.wanted.items()}
    message_ids = set()
    for message in mail.outbox:
        recipient_id = by_address[message.to[0]]
        url = f"https://kennispunt.example/afmelden/{recipient_id}/"
        mailto = f"mailto:afmelden@kennispunt.example?subject={quote(f'afmelden {recipient_id}')}"
        assert message.subject == "Nieuws van het Kennispunt"
        assert message.extra_headers["List-Unsubscribe"] == f"<{url}>, <{mailto}>"
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert message.extra_headers["Precedence"] == "bulk"
        message_ids.add(message.extra_headers["Message-ID"])
        assert f"Afmelden: {url}" in message.body
        ((html, mimetype),) = message.alternatives  # type: ignore[attr-defined]
        assert mimetype == "text/html"
        assert f'href="{url}"' in html
    assert len(message_ids) == 3
    assert mailing_progress(mailing).sent == 3
    assert set(Delivery.objects.values_list("recipient_id", flat=True)) == set(ids)
    sending.mailing_send_batch(mailing_id=mailing.pk)
    mailing.refresh_from_db()
    assert mailing.status == MailingStatus.DONE
    newest_first = [e.action for e in entries_for(mailing)]
    assert newest_first == ["mailing.done", "mailing.started", "mailing.scheduled"]


def test_send_now_sends_through_the_task_worker(
    audience: MemoryAudience, rendered: RenderedMessage
) -> None:
    audience.add(2)
    mailing = mailing_create(audience=KEY, rendered=rendered)
    assert mailing_send_now(mailing=mailing) == 2
    assert len(mail.outbox) == 2
    mailing.refresh_from_db()
    assert mailing.status == MailingStatus.DONE
    # Started once: a second call creates nothing and sends nothing more.
    assert mailing_send_now(mailing=mailing) == 0
    assert len(mail.outbox) == 2


def test_an_unknown_audience_is_refused_before_anything_is_stored(
    rendered: RenderedMessage,
) -> None:
    with pytest.raises(ValueError, match="niet-bestaand"):
        mailing_create(audience="niet-bestaand", rendered=rendered)
    assert not Mailing.objects.exists()


def test_mail_server_down_keeps_every_delivery_for_a_later_try(
    audience: MemoryAudience, rendered: RenderedMessage, settings: Any
) -> None:
    audience.add(4)
    mailing = _started(rendered)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    with pytest.raises(sending.MailServerUnavailable):
        sending.mailing_send(mailing_id=mailing.pk)
    mailing.refresh_from_db()
    assert mailing.last_error
    assert mailing_progress(mailing).remaining == 4
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert sending.mailing_send(mailing_id=mailing.pk) == 4
    assert len(mail.outbox) == 4
    mailing.refresh_from_db()
    assert mailing.last_error == ""


def test_a_delivery_left_in_sending_by_a_killed_worker_is_not_sent_again(
    audience: MemoryAudience, rendered: RenderedMessage
) -> None:
    audience.add(3)
    mailing = _started(rendered)
    crashed = Delivery.objects.filter(mailing=mailing).first()
    assert crashed is not None
    Delivery.objects.filter(pk=crashed.pk).update(status=DeliveryStatus.SENDING)
    sending.mailing_send(mailing_id=mailing.pk)
    assert crashed.email not in [m.to[0] for m in mail.outbox]
    progress = mailing_progress(mailing)
    assert (progress.sent, progress.uncertain, progress.remaining) == (2, 1, 0)
    mailing.refresh_from_db()
    assert mailing.status == MailingStatus.DONE


def test_a_claim_taken_over_after_the_timeout_is_not_sent_by_the_old_worker(
    audience: MemoryAudience, rendered: RenderedMessage, settings: Any
) -> None:
    audience.add(2)
    mailing = _started(rendered)
    settings.NEWSLETTER_CLAIM_TIMEOUT = 0
    old_claim, batch = sending._claim(mailing, 10)
    new_claim, taken = sending._claim(mailing, 10)
    assert {d.pk for d in taken} == {d.pk for d in batch}
    assert not sending._set(
        batch[0].pk, old_claim, DeliveryStatus.CLAIMED, status=DeliveryStatus.SENDING
    )
    assert sending._set(
        batch[0].pk, new_claim, DeliveryStatus.CLAIMED, status=DeliveryStatus.SENDING
    )


def test_batches_are_claimed_in_turn_until_the_mailing_is_done(
    audience: MemoryAudience, rendered: RenderedMessage, settings: Any
) -> None:
    settings.NEWSLETTER_BATCH_SIZE = 2
    audience.add(5)
    mailing = _started(rendered)
    assert [sending.mailing_send_batch(mailing_id=mailing.pk) for _n in range(4)] == [2, 2, 1, 0]
    assert len(mail.outbox) == 5
    mailing.refresh_from_db()
    assert mailing.status == MailingStatus.DONE


def test_someone_who_leaves_during_a_send_is_skipped(
    audience: MemoryAudience, rendered: RenderedMessage
) -> None:
    first, second = audience.add(2)
    mailing = _started(rendered)
    del audience.wanted[first]  # left without telling the sender
    sending.mailing_send(mailing_id=mailing.pk)
    assert [m.to[0] for m in mail.outbox] == [audience.wanted[second]]
    assert Delivery.objects.get(recipient_id=first).status == DeliveryStatus.SKIPPED


def test_recipients_skip_drops_someone_from_every_mailing_not_yet_sent(
    audience: MemoryAudience, rendered: RenderedMessage
) -> None:
    first, second = audience.add(2)
    one, two = _started(rendered), _started(rendered)
    assert recipients_skip(audience=KEY, recipient_ids=[first]) == 2
    assert recipients_skip(audience="andere-doelgroep", recipient_ids=[second]) == 0
    for mailing in (one, two):
        sending.mailing_send(mailing_id=mailing.pk)
    assert sorted(m.to[0] for m in mail.outbox) == [audience.wanted[second]] * 2


def test_a_scheduled_send_starts_when_due(
    audience: MemoryAudience, rendered: RenderedMessage
) -> None:
    audience.add(2)
    later = mailing_create(
        audience=KEY, rendered=rendered, scheduled_at=timezone.now() + timedelta(hours=1)
    )
    due = mailing_create(audience=KEY, rendered=rendered, scheduled_at=timezone.now())
    tasks.dispatch_mailings.enqueue()
    later.refresh_from_db()
    due.refresh_from_db()
    assert later.status == MailingStatus.SCHEDULED
    assert due.status == MailingStatus.DONE
    assert len(mail.outbox) == 2


def test_a_stalled_mailing_is_woken_up_by_the_dispatcher(
    audience: MemoryAudience, rendered: RenderedMessage
) -> None:
    audience.add(2)
    mailing = _started(rendered)  # started, but its worker died before sending anything
    Mailing.objects.filter(pk=mailing.pk).update(heartbeat_at=timezone.now() - timedelta(minutes=5))
    assert sending.stalled_mailings() == [mailing.pk]
    tasks.dispatch_mailings.enqueue()
    assert len(mail.outbox) == 2


def test_cancelling_skips_everyone_not_yet_sent(
    audience: MemoryAudience, rendered: RenderedMessage
) -> None:
    audience.add(3)
    mailing = _started(rendered)
    mailing_cancel(mailing=mailing, user=None)
    assert sending.mailing_send(mailing_id=mailing.pk) == 0
    assert mail.outbox == []
    progress = mailing_progress(mailing)
    assert (progress.skipped, progress.remaining) == (3, 0)
    mailing.refresh_from_db()
    assert mailing.status == MailingStatus.CANCELLED


def test_the_database_refuses_a_second_live_mailing_for_one_source(
    audience: MemoryAudience, rendered: RenderedMessage
) -> None:
    first = mailing_create(audience=KEY, rendered=rendered, source_id=42)
    with pytest.raises(IntegrityError), transaction.atomic():
        mailing_create(audience=KEY, rendered=rendered, source_id=42)
    # A cancelled mailing may be followed by a new one; mailings without a source are not
    # limited.
    Mailing.objects.filter(pk=first.pk).update(status=MailingStatus.CANCELLED)
    mailing_create(audience=KEY, rendered=rendered, source_id=42)
    mailing_create(audience=KEY, rendered=rendered)
    mailing_create(audience=KEY, rendered=rendered)
    assert mailings_for(audiences=[KEY], source_id=42).count() == 2
    assert mailings_for(audiences=[KEY], source_id=42, include_cancelled=False).count() == 1
