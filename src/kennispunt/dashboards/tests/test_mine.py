import re
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from kennispunt.core import start_panels
from kennispunt_testing.access import client_for
from kennispunt_testing.world import TEST_PASSWORD, Role, World

from .conftest import Filled

pytestmark = pytest.mark.django_db

PANEL_HEADINGS = (
    "Mijn partij",
    "Mijn trainingen",
    "Mijn vragen aan de helpdesk",
    "Forum",
    "Verkiezingsplanner",
    "Online modules",
    "Nieuwsbrief",
    "Wethouderspool",
)


def _main(html: str) -> str:
    return html[html.index('<main id="main"') : html.index("</main>")]


def test_every_panel_shows_what_is_next(filled: Filled) -> None:
    response = client_for(filled.world, Role.MEMBER_A).get("/mijn/")
    assert response.status_code == 200
    main = _main(response.content.decode())
    for heading in PANEL_HEADINGS:
        assert f">{heading}</h2>" in main
    assert "U bent bevestigd als" in main and "Lokaal Belang A" in main
    assert "Campagne voeren" in main or "campagne" in main.lower()  # the next training
    assert filled.ticket.subject in main and filled.ticket.reference in main
    assert "U hebt 1 nieuwe melding." in main and "Vrijwilligers vinden" in main
    assert "Volgende termijn:" in main
    assert f"Verder met {filled.kb.module.title}" in main and "1 van 2 lessen af" in main
    assert "U ontvangt de maandelijkse nieuwsbrief." in main


def test_empty_panels_say_what_to_do_first(world: World) -> None:
    main = _main(client_for(world, Role.UNVERIFIED).get("/mijn/").content.decode())
    assert "Begin hier: koppel uw account aan uw partij." in main
    assert 'href="/partijen/lidmaatschap/aanvragen/"' in main
    assert "U staat nog voor geen enkele training ingeschreven." in main
    assert "U hebt geen openstaande vragen." in main
    assert "U bent nog niet aan een online module begonnen." in main
    assert "U ontvangt de nieuwsbrief nog niet." in main
    # Forum and planner are for members of a party; the party panel says how to get there.
    assert ">Forum</h2>" not in main and ">Verkiezingsplanner</h2>" not in main


def test_a_pending_request_shows_its_date(world: World) -> None:
    from kennispunt.parties.models import MembershipStatus
    from kennispunt_testing.world import make_membership

    membership = make_membership(
        world.user(Role.UNVERIFIED), world.party_b, status=MembershipStatus.PENDING
    )
    main = _main(client_for(world, Role.UNVERIFIED).get("/mijn/").content.decode())
    date = f"{membership.requested_at.day} "
    assert re.search(r"Uw aanvraag bij Dorpspartij B van \d{1,2} \w+ \d{4} wacht", main)
    assert date in main


def test_a_pending_party_registration_shows_when_to_expect_an_answer(world: World) -> None:
    from kennispunt.parties import services
    from kennispunt.parties.models import Municipality

    user = world.user(Role.UNVERIFIED)
    registration = services.party_registration_submit(
        user=user,
        name="Lokaal Deventer",
        municipalities=[Municipality.objects.order_by("pk")[0]],
        is_national=False,
        role="bestuurslid",
        consent=True,
        consent_text="Ik geef toestemming.",
    )
    main = _main(client_for(world, Role.UNVERIFIED).get("/mijn/").content.decode())
    assert re.search(r"Uw aanmelding van Lokaal Deventer van \d{1,2} \w+ \d{4} wacht", main)
    assert "U hoort uiterlijk" in main
    assert f'href="/partijen/aanmelden/{registration.pk}/"' in main
    assert "Meld uw partij aan" not in main


def test_the_empty_party_panel_also_offers_registering_a_party(world: World) -> None:
    main = _main(client_for(world, Role.UNVERIFIED).get("/mijn/").content.decode())
    assert 'href="/partijen/aanmelden/"' in main


# Session and user (2), staff check (1), the header's notification count (1), and per panel:
# party 2 (memberships, registrations), trainings 1, helpdesk 2, forum 3, planner 8, modules 4,
# newsletter 1, wethouderspool 2 (own profile, board of a local party),
# candidates 2 (committee parties, own candidacies), finance 1.
MINE_QUERIES = 29


def _count(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/mijn/")
    assert response.status_code == 200
    return len(queries)


def test_query_count_with_data_in_every_panel(filled: Filled) -> None:
    from kennispunt.forum.models import Notification, NotificationKind, Post
    from kennispunt.helpdesk import services as helpdesk_services

    member = filled.world.user(Role.MEMBER_A)
    client = client_for(filled.world, Role.MEMBER_A)
    client.get("/mijn/")  # warm up: site and content types
    first = _count(client)
    assert first <= MINE_QUERIES
    # More of everything costs no more queries.
    helpdesk_services.ticket_create(subject="Nog een", body="Vraag", channel="web", asker=member)
    for post in Post.objects.all():
        Notification.objects.create(user=member, kind=NotificationKind.MENTION, post=post)
    assert _count(client) == first


def test_a_new_panel_is_one_registration(world: World, monkeypatch, settings) -> None:
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [
        {**engine, "DIRS": [*engine["DIRS"], Path(__file__).parent / "templates"]}
    ]
    monkeypatch.setattr(start_panels, "_registry", dict(start_panels._registry))
    start_panels.register(
        "extra",
        template="dashboards/tests/extra_panel.html",
        context=lambda user: {"text": f"Extra voor {user.email}"},
        order=1,
    )
    main = _main(client_for(world, Role.MEMBER_A).get("/mijn/").content.decode())
    assert "Extra voor lid-a@example.org" in main
    assert main.index("Extra voor") < main.index(">Mijn partij</h2>")


def test_login_lands_on_mijn_kennispunt_unless_next_says_otherwise(world: World) -> None:
    email = world.user(Role.MEMBER_A).email
    response = Client().post("/account/login/", {"login": email, "password": TEST_PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/mijn/"
    response = Client().post(
        "/account/login/?next=/forum/", {"login": email, "password": TEST_PASSWORD}
    )
    assert response.status_code == 302 and response["Location"] == "/forum/"
