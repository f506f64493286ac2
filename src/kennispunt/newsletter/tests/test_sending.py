"""Rendering and the sender: headers, both parts, failures, crash leftovers, scheduling."""

from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from kennispunt.core import announcements
from kennispunt.core.announcements import Announcement
from kennispunt.core.testing.world import Role, World
from kennispunt.newsletter import sending, services, tasks
from kennispunt.newsletter.models import (
    Delivery,
    DeliveryStatus,
    Mailing,
    MailingStatus,
    NewsletterIssuePage,
    Subscriber,
    SubscriberStatus,
)
from kennispunt.newsletter.rendering import issue_render
from kennispunt.newsletter.testing import make_issue, make_subscribers

pytestmark = pytest.mark.django_db


def _started(page: NewsletterIssuePage | None = None) -> Mailing:
    mailing = sending.mailing_create(
        audience=services.AUDIENCE, rendered=issue_render(page or make_issue())
    )
    sending.mailing_start(mailing_id=mailing.pk)
    return mailing


def test_every_message_has_both_parts_a_personal_link_and_one_click_headers(
    settings: Any,
) -> None:
    settings.SITE_URL = "https://kennispunt.example"
    subscribers = make_subscribers(3)
    Subscriber.objects.create(email="wacht@example.org")  # not confirmed: gets nothing
    mailing = _started()
    assert sending.mailing_send(mailing_id=mailing.pk) == 3
    assert sorted(m.to[0] for m in mail.outbox) == sorted(s.email for s in subscribers)
    message_ids = set()
    for message in mail.outbox:
        subscriber = Subscriber.objects.get(email=message.to[0])
        url = f"https://kennispunt.example/nieuwsbrief/afmelden/{subscriber.unsubscribe_token}/"
        assert message.extra_headers["List-Unsubscribe"].startswith(f"<{url}>, <mailto:")
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        message_ids.add(message.extra_headers["Message-ID"])
        assert url in message.body
        assert "Begroting lezen" in message.body  # a chosen training
        ((html, mimetype),) = message.alternatives  # type: ignore[attr-defined]
        assert mimetype == "text/html"
        assert f'href="{url}"' in html
        assert 'style="' in html  # CSS inlined for mail clients
        assert 'href="https://kennispunt.example/kennis/"' in html  # links made absolute
    assert len(message_ids) == 3
    mailing.refresh_from_db()
    assert sending.mailing_progress(mailing).sent == 3
    sending.mailing_send_batch(mailing_id=mailing.pk)
    mailing.refresh_from_db()
    assert mailing.status == MailingStatus.DONE


def test_mail_server_down_keeps_every_delivery_for_a_later_try(settings: Any) -> None:
    make_subscribers(4)
    mailing = _started()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    with pytest.raises(sending.MailServerUnavailable):
        sending.mailing_send(mailing_id=mailing.pk)
    mailing.refresh_from_db()
    assert mailing.last_error
    assert sending.mailing_progress(mailing).remaining == 4
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert sending.mailing_send(mailing_id=mailing.pk) == 4
    assert len(mail.outbox) == 4
    mailing.refresh_from_db()
    assert mailing.last_error == ""


def test_a_delivery_left_in_sending_by_a_killed_worker_is_not_sent_again() -> None:
    make_subscribers(3)
    mailing = _started()
    crashed = Delivery.objects.filter(mailing=mailing).first()
    assert crashed is not None
    Delivery.objects.filter(pk=crashed.pk).update(status=DeliveryStatus.SENDING)
    sending.mailing_send(mailing_id=mailing.pk)
    assert crashed.email not in [m.to[0] for m in mail.outbox]
    progress = sending.mailing_progress(mailing)
    assert (progress.sent, progress.uncertain, progress.remaining) == (2, 1, 0)
    mailing.refresh_from_db()
    assert mailing.status == MailingStatus.DONE


def test_a_claim_taken_over_after_the_timeout_is_not_sent_by_the_old_worker(
    settings: Any,
) -> None:
    make_subscribers(2)
    mailing = _started()
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


def test_someone_who_unsubscribes_during_a_send_is_skipped() -> None:
    first, second = make_subscribers(2)
    mailing = _started()
    Subscriber.objects.filter(pk=first.pk).update(status=SubscriberStatus.UNSUBSCRIBED)
    sending.mailing_send(mailing_id=mailing.pk)
    assert [m.to[0] for m in mail.outbox] == [second.email]
    assert Delivery.objects.get(recipient_id=first.pk).status == DeliveryStatus.SKIPPED


def test_a_scheduled_send_starts_when_due() -> None:
    make_subscribers(2)
    rendered = issue_render(make_issue())
    later = sending.mailing_create(
        audience=services.AUDIENCE,
        rendered=rendered,
        scheduled_at=timezone.now() + timedelta(hours=1),
    )
    due = sending.mailing_create(
        audience=services.AUDIENCE, rendered=rendered, scheduled_at=timezone.now()
    )
    tasks.dispatch_mailings.enqueue()
    later.refresh_from_db()
    due.refresh_from_db()
    assert later.status == MailingStatus.SCHEDULED
    assert due.status == MailingStatus.DONE
    assert len(mail.outbox) == 2


def test_the_automatic_trainings_block_shows_what_is_announced(
    monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    """The trainings app announces its sessions under "trainings" (see its own tests); the
    newsletter shows whatever is announced there, with absolute links, up to the limit."""
    announced = [
        Announcement(title=f"Training {n}", url=f"/trainingen/sessie/{n}/", meta=f"{n} maart")
        for n in (1, 2, 3)
    ]
    monkeypatch.setattr(announcements, "_registry", {"trainings": lambda limit: announced})
    settings.SITE_URL = "https://kennispunt.example"
    page = make_issue()
    page.body = [
        ("trainings", {"heading": "Trainingen", "automatic": True, "limit": 2, "chosen": []})
    ]
    rendered = issue_render(page)
    assert "Training 1" in rendered.text_body and "2 maart" in rendered.text_body
    assert "https://kennispunt.example/trainingen/sessie/1/" in rendered.html_body
    assert "Training 3" not in rendered.text_body  # the limit holds


def test_without_announced_trainings_the_automatic_block_renders_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(announcements, "_registry", {})
    page = make_issue()
    page.body = [
        ("trainings", {"heading": "Trainingen", "automatic": True, "limit": 3, "chosen": []})
    ]
    assert "Trainingen" not in issue_render(page).text_body


def test_preview_shows_the_email_and_the_plain_text(rf: Any) -> None:
    page = make_issue()
    assert [mode for mode, _label in page.preview_modes] == ["", "email", "text"]
    for mode, expected in (("email", "text/html"), ("text", "text/plain")):
        response = page.serve_preview(rf.get("/"), mode)
        assert response.status_code == 200, mode
        assert response["Content-Type"].startswith(expected)
        assert "Begroting lezen" in response.content.decode()


def test_an_editor_sends_a_test_to_themself_and_then_to_all(world: World) -> None:
    make_subscribers(2)
    page = make_issue()
    editor = world.user(Role.REDACTEUR)
    client = Client()
    client.force_login(editor)
    edit = client.get(f"/beheer/cms/pages/{page.pk}/edit/").content.decode()
    assert f"/beheer/cms/nieuwsbrief/{page.pk}/verzenden/" in edit  # the header button
    response = client.post(f"/beheer/cms/nieuwsbrief/{page.pk}/test/")
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [[editor.email]]
    assert mail.outbox[0].subject.startswith("[TEST]")
    mail.outbox.clear()
    response = client.post(f"/beheer/cms/nieuwsbrief/{page.pk}/verzenden/", {"when": "now"})
    assert response.status_code == 302
    mailing = Mailing.objects.get(source_id=page.pk)
    assert mailing.created_by == editor
    assert len(mail.outbox) == 2
    detail = client.get(f"/beheer/cms/verzendingen/{mailing.pk}/")
    assert detail.status_code == 200
    # Sent once: a second send of the same issue is refused.
    client.post(f"/beheer/cms/nieuwsbrief/{page.pk}/verzenden/", {"when": "now"})
    assert Mailing.objects.filter(source_id=page.pk).count() == 1


def test_sending_an_issue_twice_creates_one_mailing_and_says_it_was_already_sent(
    world: World,
) -> None:
    make_subscribers(1)
    page = make_issue()
    client = Client()
    client.force_login(world.user(Role.REDACTEUR))
    url = f"/beheer/cms/nieuwsbrief/{page.pk}/verzenden/"
    first = client.post(url, {"when": "later", "scheduled_at": "2099-01-01T10:00"})
    assert first.status_code == 302
    second = client.post(url, {"when": "now"})
    assert second.status_code == 200
    assert "al verzonden of ingepland" in second.content.decode()
    assert Mailing.objects.filter(source_id=page.pk).count() == 1


def test_the_database_refuses_a_second_live_mailing_for_one_issue() -> None:
    from django.db import IntegrityError, transaction

    page = make_issue()
    rendered = issue_render(page)
    first = sending.mailing_create(audience=services.AUDIENCE, rendered=rendered, source_id=page.pk)
    with pytest.raises(IntegrityError), transaction.atomic():
        sending.mailing_create(audience=services.AUDIENCE, rendered=rendered, source_id=page.pk)
    # A cancelled mailing may be followed by a new one; mailings without a source (outreach)
    # are not limited.
    Mailing.objects.filter(pk=first.pk).update(status=MailingStatus.CANCELLED)
    sending.mailing_create(audience=services.AUDIENCE, rendered=rendered, source_id=page.pk)
    sending.mailing_create(audience=services.AUDIENCE, rendered=rendered)
    sending.mailing_create(audience=services.AUDIENCE, rendered=rendered)


def test_mailing_list_query_count_does_not_grow_with_the_mailings(
    world: World, django_assert_num_queries: Any, django_assert_max_num_queries: Any
) -> None:
    make_subscribers(3)
    page = make_issue()
    _started(page)
    client = Client()
    client.force_login(world.user(Role.REDACTEUR))
    client.get("/beheer/cms/verzendingen/")
    with django_assert_max_num_queries(30) as context:
        client.get("/beheer/cms/verzendingen/")
    baseline = len(context.captured_queries)
    for _n in range(3):
        _started(page)
    with django_assert_num_queries(baseline):
        response = client.get("/beheer/cms/verzendingen/")
    assert response.content.decode().count("0 / 3") == 4
