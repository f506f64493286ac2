"""Each demo builder runs twice without duplicating anything, and sends no e-mail."""

from datetime import time

import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client, override_settings
from django.utils import timezone

from kennispunt.accounts.models import User
from kennispunt.demo.builders import build_parties, build_site, build_users
from kennispunt.demo.elections import build_elections
from kennispunt.demo.forum import build_forum
from kennispunt.demo.helpdesk import build_helpdesk
from kennispunt.demo.loader import load_helpdesk, load_newsletter, load_trainings
from kennispunt.demo.newsletter import build_newsletter
from kennispunt.demo.outreach import build_outreach
from kennispunt.demo.trainings import build_trainings
from kennispunt.elections.models import Election
from kennispunt.forum.models import Category, Post, Topic
from kennispunt.helpdesk.models import CannedAnswer, Status, Ticket
from kennispunt.mailings.models import Delivery, Mailing
from kennispunt.newsletter.models import NewsletterIssuePage, SentEdition, Subscriber
from kennispunt.outreach.models import GriffieContact
from kennispunt.parties.eligibility import is_eligible
from kennispunt.parties.models import Membership, Party
from kennispunt.trainings.dates import public_holiday
from kennispunt.trainings.selectors import upcoming_sessions
from kennispunt_testing.knowledge import KB
from kennispunt_testing.outreach import make_local_party, make_municipality
from kennispunt_testing.world import World

pytestmark = pytest.mark.django_db


def test_demo_content_is_idempotent_and_refused_in_production() -> None:
    call_command("demo_content")
    counts = (User.objects.count(), Party.objects.count(), Membership.objects.count())
    call_command("demo_content")
    assert (User.objects.count(), Party.objects.count(), Membership.objects.count()) == counts
    assert User.objects.filter(groups__name="beheerder").exists()
    with override_settings(KENNISPUNT_ENVIRONMENT="production"), pytest.raises(CommandError):
        call_command("demo_content")


def test_demo_forum_has_six_categories_and_thirty_topics_from_several_parties() -> None:
    build_site()
    build_parties()
    build_users()
    build_forum()
    build_forum()
    assert Category.objects.count() == 6
    assert Topic.objects.count() == 30
    assert Post.objects.filter(number__gt=1).count() >= 40
    authors = {p.author for p in Post.objects.select_related("author") if p.author}
    parties = {m.party_id for a in authors for m in a.memberships.all()}
    assert len(parties) >= 5
    assert all(is_eligible(a) for a in authors if not a.groups.exists())
    assert Topic.objects.filter(is_solved=True).count() >= 5
    assert list(Topic.objects.filter(is_pinned=True).values_list("category__slug", flat=True)) == [
        "aankondigingen"
    ]


def test_demo_newsletter_fills_the_archive_once_and_records_the_sends() -> None:
    build_site()
    build_newsletter()
    build_newsletter()
    issues = load_newsletter()
    assert NewsletterIssuePage.objects.live().count() == len(issues) == 3
    assert set(Mailing.objects.values_list("status", flat=True)) == {"done"}
    active = Subscriber.objects.active().count()
    assert Delivery.objects.filter(status="sent").count() == active * len(issues)
    page = Client().get("/nieuwsbrieven/").content.decode()
    assert "Nieuwsbrief november 2026" in page
    # Each issue is archived as it was sent.
    assert SentEdition.objects.count() == len(issues)
    november = NewsletterIssuePage.objects.get(title="Nieuwsbrief november 2026")
    assert "Zo is deze nieuwsbrief op" in Client().get(november.url).content.decode()


def test_demo_elections_keep_2026_as_past(world: World) -> None:
    build_elections()
    build_elections()
    assert list(Election.objects.order_by("year").values_list("slug", flat=True)) == [
        "gemeenteraad-2026",
        "gemeenteraad-2030",
    ]
    page = Client().get("/verkiezingen/").content.decode()
    assert page.index("Gemeenteraadsverkiezingen 2030") < page.index("Eerdere verkiezingen")
    assert page.index("Eerdere verkiezingen") < page.index("Gemeenteraadsverkiezingen 2026")


def test_demo_programme_is_upcoming_and_idempotent(world: World) -> None:
    build_trainings()
    build_trainings()
    upcoming = upcoming_sessions(limit=50)
    assert len(upcoming) == len(load_trainings()) == 8
    assert any(s.is_online for s in upcoming)
    assert len({s.province_name for s in upcoming if not s.is_online}) >= 3
    for session in upcoming:
        starts = timezone.localtime(session.starts_at)
        assert starts.weekday() != 6 and not public_holiday(starts.date()), starts
        expected = (
            (time(10, 0), time(12, 30)) if starts.weekday() == 5 else (time(19, 30), time(21, 30))
        )
        assert (starts.time(), timezone.localtime(session.ends_at).time()) == expected


def test_demo_helpdesk_has_a_ticket_in_every_state(kb: KB) -> None:
    build_helpdesk()
    build_helpdesk()
    assert Ticket.objects.count() == len(load_helpdesk().tickets) == 5
    assert {t.status for t in Ticket.objects.all()} == set(Status.values)
    assert CannedAnswer.objects.count() == 3
    assert mail.outbox == []


def test_demo_outreach_records_one_mailing_and_sends_nothing() -> None:
    zeist = make_municipality("GM0355", "Zeist")
    make_local_party("Zeist Lokaal", "zeist-lokaal", zeist)
    build_outreach()
    build_outreach()
    assert GriffieContact.objects.count() == 1
    assert Mailing.objects.count() == 1
    assert Delivery.objects.filter(status="sent").count() == 1
    assert mail.outbox == []


def test_demo_finance_publishes_a_register_once_and_only_what_may_be_public() -> None:
    from kennispunt.demo.finance import DEMO_GIFTS, build_finance
    from kennispunt.finance.models import Entry, Publication

    build_parties()
    build_users()
    build_finance()
    build_finance()
    assert Entry.objects.filter(approved_at__isnull=False).count() == len(DEMO_GIFTS)
    assert Publication.objects.count() == 1
    page = Client().get("/partijen/samen-lokaal-amersfoort/financien/").content.decode()
    assert "Marieke de Vries" in page and "Drukkerij De Eem (demo)" in page
    assert "Ahmed Benali" not in page and "Jan (raadslid)" not in page
    assert "Giftenreglement, versie 1" in page
