"""Helpdesk pages stay at a fixed number of queries however many tickets or messages they show."""

# Every signed-in page counts unread forum notifications for the header (core.header_links):
# one query, included in the numbers below.

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kennispunt.helpdesk import services
from kennispunt.helpdesk.models import Channel, Kind, Ticket
from kennispunt_testing.access import client_for
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4 bijlage"


def _queries(client, url: str) -> int:
    client.get(url)  # warm up: session, permissions, site root
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def _ask(world: World, count: int) -> list[Ticket]:
    return [
        services.ticket_create(
            subject=f"Vraag {n}",
            body="Tekst",
            channel=Channel.WEB,
            asker=world.user(Role.MEMBER_A),
            party=world.party_a,
            files=[services.NewFile("a.pdf", PDF)],
        )
        for n in range(count)
    ]


def _answer(world: World, ticket: Ticket, count: int) -> None:
    staff = world.user(Role.HELPDESKMEDEWERKER)
    for _ in range(count):
        services.ticket_reply(ticket=ticket, author=staff, body="Antwoord", kind=Kind.ANSWER)
        services.ticket_reply(ticket=ticket, author=staff, body="Notitie", kind=Kind.NOTE)
        services.ticket_asker_reply(
            ticket=ticket,
            body="Reactie",
            channel=Channel.WEB,
            user=world.user(Role.BOARD_A),
            files=[services.NewFile("b.pdf", PDF)],
        )


def test_my_questions_queries_do_not_grow(world: World) -> None:
    client = client_for(world, Role.MEMBER_A)
    _ask(world, 2)
    few = _queries(client, "/helpdesk/mijn-vragen/")
    _ask(world, 12)
    assert _queries(client, "/helpdesk/mijn-vragen/") == few == 6


def test_ticket_page_queries_do_not_grow(world: World) -> None:
    client = client_for(world, Role.MEMBER_A)
    ticket = _ask(world, 1)[0]
    _answer(world, ticket, 1)
    few = _queries(client, ticket.get_absolute_url())
    _answer(world, ticket, 8)
    assert _queries(client, ticket.get_absolute_url()) == few == 7


def test_staff_queue_queries_do_not_grow(world: World) -> None:
    client = client_for(world, Role.HELPDESKMEDEWERKER)
    tickets = _ask(world, 2)
    _answer(world, tickets[0], 1)
    few = _queries(client, "/helpdesk/beheer/")
    for ticket in _ask(world, 12):
        _answer(world, ticket, 1)
    # +2 for the bulk-action form: the agents and the themes to choose from.
    assert _queries(client, "/helpdesk/beheer/") == few == 11


def test_staff_ticket_page_queries_do_not_grow(world: World) -> None:
    client = client_for(world, Role.HELPDESKMEDEWERKER)
    ticket = _ask(world, 1)[0]
    _answer(world, ticket, 1)
    few = _queries(client, ticket.get_staff_url())
    _answer(world, ticket, 8)
    # The canned answers are read twice: filled in for this ticket, and as the field's options.
    assert _queries(client, ticket.get_staff_url()) == few == 14
