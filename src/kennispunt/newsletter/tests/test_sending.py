"""An issue as e-mail: rendering, personal links through the sender, the editors' screens."""

from typing import Any

import pytest
from django.core import mail
from django.test import Client

from kennispunt.core import announcements
from kennispunt.core.announcements import Announcement
from kennispunt.mailings.models import Mailing, MailingStatus
from kennispunt.mailings.selectors import mailing_progress
from kennispunt.mailings.services import mailing_create, mailing_send_now
from kennispunt.newsletter import selectors, services
from kennispunt.newsletter.models import NewsletterIssuePage, Subscriber, SubscriberStatus
from kennispunt.newsletter.rendering import issue_render
from kennispunt_testing.newsletter import make_issue, make_subscribers
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db


def _sent(page: NewsletterIssuePage | None = None) -> Mailing:
    mailing = mailing_create(
        audience=services.AUDIENCE, rendered=issue_render(page or make_issue())
    )
    mailing_send_now(mailing=mailing)
    return mailing


def test_every_message_has_both_parts_a_personal_link_and_one_click_headers(
    settings: Any,
) -> None:
    settings.SITE_URL = "https://kennispunt.example"
    subscribers = make_subscribers(3)
    Subscriber.objects.create(email="wacht@example.org")  # not confirmed: gets nothing
    mailing = _sent()
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
    assert mailing_progress(mailing).sent == 3
    mailing.refresh_from_db()
    assert mailing.status == MailingStatus.DONE


def test_only_active_subscribers_are_still_wanted_each_with_their_own_links(
    settings: Any,
) -> None:
    settings.SITE_URL = "https://kennispunt.example"
    first, second = make_subscribers(2)
    Subscriber.objects.filter(pk=first.pk).update(status=SubscriberStatus.UNSUBSCRIBED)
    wanted = selectors.still_wanted([first.pk, second.pk])
    assert list(wanted) == [second.pk]
    token = second.unsubscribe_token
    assert wanted[second.pk].email == second.email
    assert wanted[second.pk].unsubscribe_url == (
        f"https://kennispunt.example/nieuwsbrief/afmelden/{token}/"
    )
    assert wanted[second.pk].unsubscribe_subject == f"afmelden {token}"


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


def test_mailing_list_query_count_does_not_grow_with_the_mailings(
    world: World, django_assert_num_queries: Any, django_assert_max_num_queries: Any
) -> None:
    make_subscribers(3)
    page = make_issue()
    _sent(page)
    client = Client()
    client.force_login(world.user(Role.REDACTEUR))
    client.get("/beheer/cms/verzendingen/")
    with django_assert_max_num_queries(30) as context:
        client.get("/beheer/cms/verzendingen/")
    baseline = len(context.captured_queries)
    for _n in range(3):
        _sent(page)
    with django_assert_num_queries(baseline):
        response = client.get("/beheer/cms/verzendingen/")
    assert response.content.decode().count("3 / 3") == 4
