"""An issue is archived as it was sent, and goes to the segment chosen for it: the count
shown before sending is who gets it when sending starts."""

from typing import Any

import pytest
from django.core import mail
from django.test import Client

from kennispunt.core import announcements
from kennispunt.core.announcements import Announcement
from kennispunt.mailings.models import Delivery, Mailing, MailingStatus
from kennispunt.mailings.sending import mailing_start
from kennispunt.mailings.services import mailing_cancel
from kennispunt.newsletter import selectors, services
from kennispunt.newsletter.models import SentEdition, Subscriber, SubscriberStatus
from kennispunt_testing.newsletter import make_issue
from kennispunt_testing.outreach import make_municipality
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db


def _announce(monkeypatch: pytest.MonkeyPatch, *titles: str) -> None:
    items = [Announcement(title=t, url="/trainingen/", meta="binnenkort") for t in titles]
    monkeypatch.setattr(announcements, "_registry", {"trainings": lambda limit: items})


def _automatic_issue() -> Any:
    page = make_issue()
    page.body = [
        ("intro", "<p>Welkom.</p>"),
        ("trainings", {"heading": "Trainingen", "automatic": True, "limit": 3, "chosen": []}),
    ]
    page.save_revision().publish()
    return page


def _subscriber(email: str, municipality: Any = None, **extra: Any) -> Subscriber:
    return Subscriber.objects.create(
        email=email, municipality=municipality, status=SubscriberStatus.ACTIVE, **extra
    )


def test_the_archive_shows_the_issue_as_sent_not_a_fresh_render(
    monkeypatch: pytest.MonkeyPatch, world: World
) -> None:
    _subscriber("lezer@example.org")
    _announce(monkeypatch, "Novembertraining")
    page = _automatic_issue()
    mailing = services.issue_send(page=page, user=world.user(Role.REDACTEUR))
    assert "Novembertraining" in mail.outbox[0].body
    _announce(monkeypatch, "Decembertraining")
    html = Client().get(page.url).content.decode()
    assert "Novembertraining" in html
    assert "Decembertraining" not in html
    assert "Zo is deze nieuwsbrief op" in html
    edition = SentEdition.objects.get(mailing=mailing)
    # The stored e-mail has no personal link: a neutral one to "Mijn nieuwsbrief" instead.
    assert "/nieuwsbrief/mijn/" in edition.html_body
    assert "/nieuwsbrief/afmelden/" not in edition.html_body + edition.text_body
    assert "{unsubscribe_url}" not in edition.html_body + edition.text_body
    # Only staff previewing the page see the live render.
    preview = page.serve_preview(_preview_request(world), "").render().content.decode()
    assert "Decembertraining" in preview


def _preview_request(world: World) -> Any:
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = world.user(Role.REDACTEUR)
    request.is_preview = True  # type: ignore[attr-defined]
    return request


def test_the_stored_version_is_sanitised(world: World) -> None:
    _subscriber("lezer@example.org")
    page = make_issue()
    page.body = [("intro", '<p>Hallo<img src="x" onerror="alert(1)"></p>')]
    page.save_revision().publish()
    mailing = services.issue_send(page=page, user=world.user(Role.REDACTEUR))
    stored = SentEdition.objects.get(mailing=mailing).web_html
    assert "Hallo" in stored
    assert "onerror" not in stored and "<img" not in stored


def test_a_cancelled_or_scheduled_send_leaves_the_live_page(
    monkeypatch: pytest.MonkeyPatch, world: World
) -> None:
    from datetime import timedelta

    from django.utils import timezone

    _announce(monkeypatch, "Eerste")
    page = _automatic_issue()
    mailing = services.issue_send(
        page=page,
        user=world.user(Role.REDACTEUR),
        scheduled_at=timezone.now() + timedelta(days=1),
    )
    _announce(monkeypatch, "Tweede")
    assert "Tweede" in Client().get(page.url).content.decode()  # not sent yet
    mailing_cancel(mailing=mailing, user=None)
    assert "Tweede" in Client().get(page.url).content.decode()


def test_a_segment_gets_it_and_the_count_matches_who_is_frozen_at_start(world: World) -> None:
    zeist = make_municipality("GM0355", "Zeist", "Utrecht")
    zwolle = make_municipality("GM0193", "Zwolle", "Overijssel")
    groningen = make_municipality("GM0014", "Groningen", "Groningen")
    _subscriber("zeist@example.org", zeist)
    _subscriber("zwolle@example.org", zwolle)
    _subscriber("groningen@example.org", groningen)
    _subscriber("ergens@example.org")  # no municipality: only in "all subscribers"
    Subscriber.objects.create(email="wacht@example.org", municipality=zeist)  # not confirmed
    segment = selectors.segment_subscribers(provinces=["Utrecht"], municipality_ids=[zwolle.pk])
    assert segment.count() == 2
    assert selectors.segment_subscribers().count() == 4

    client = Client()
    client.force_login(world.user(Role.REDACTEUR))
    page = make_issue()
    url = f"/beheer/cms/nieuwsbrief/{page.pk}/verzenden/"
    form = {"provinces": ["Utrecht"], "municipalities": [zwolle.pk], "when": "later"}
    counted = client.post(url, {**form, "action": "count"}).content.decode()
    assert "gaat naar 2 abonnees in Utrecht, Zwolle" in counted
    assert not Mailing.objects.exists()  # counting sends nothing

    response = client.post(
        url, {**form, "action": "send", "scheduled_at": "2099-01-01T10:00"}, follow=False
    )
    assert response.status_code == 302
    mailing = Mailing.objects.get(source_id=page.pk)
    # Who matches when sending starts is who gets it; a later move does not change that.
    _subscriber("nieuw-in-zeist@example.org", zeist)
    mailing_start(mailing_id=mailing.pk)
    Subscriber.objects.filter(email="zeist@example.org").update(municipality=groningen)
    assert sorted(Delivery.objects.filter(mailing=mailing).values_list("email", flat=True)) == [
        "nieuw-in-zeist@example.org",
        "zeist@example.org",
        "zwolle@example.org",
    ]
    mailing.refresh_from_db()
    assert mailing.status == MailingStatus.SENDING


def test_sending_to_everyone_without_a_segment(world: World) -> None:
    zeist = make_municipality("GM0355", "Zeist", "Utrecht")
    _subscriber("zeist@example.org", zeist)
    _subscriber("ergens@example.org")
    client = Client()
    client.force_login(world.user(Role.REDACTEUR))
    page = make_issue()
    url = f"/beheer/cms/nieuwsbrief/{page.pk}/verzenden/"
    assert "gaat naar 2 abonnees." in client.get(url).content.decode()
    client.post(url, {"when": "now", "action": "send"})
    assert sorted(m.to[0] for m in mail.outbox) == ["ergens@example.org", "zeist@example.org"]
    edition = SentEdition.objects.get(page=page)
    assert edition.provinces == []
    assert not edition.municipalities.exists()


def test_the_mailing_page_names_the_segment_and_links_to_the_archived_issue(
    world: World,
) -> None:
    zeist = make_municipality("GM0355", "Zeist", "Utrecht")
    _subscriber("zeist@example.org", zeist)
    page = make_issue()
    mailing = services.issue_send(
        page=page, user=world.user(Role.REDACTEUR), provinces=["Gelderland"], municipalities=[zeist]
    )
    client = Client()
    client.force_login(world.user(Role.REDACTEUR))
    html = client.get(f"/beheer/cms/verzendingen/{mailing.pk}/").content.decode()
    assert "Abonnees in Gelderland, Zeist" in html
    assert f'href="{page.url}"' in html
