"""Who may see and do what in the helpdesk. A party's questions are for that party only."""

import itertools
import uuid
from collections.abc import Callable

import pytest
from django.core.files.base import ContentFile
from django.test import Client

from kennispunt.helpdesk import emails, services
from kennispunt.helpdesk.models import (
    Attachment,
    CannedAnswer,
    Channel,
    Kind,
    Ticket,
    TicketMessage,
)
from kennispunt_testing.access import LOGIN, assert_access, client_for, expect
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n%test\n"
STAFF_ONLY = expect(default=403, anonymous=LOGIN, helpdeskmedewerker=200, beheerder=200)


def party_a_ticket(world: World) -> Ticket:
    return services.ticket_create(
        subject="Hoe organiseren we een ledenvergadering?",
        body="Wij willen graag weten wat er in de statuten moet staan.",
        channel=Channel.WEB,
        asker=world.user(Role.MEMBER_A),
        party=world.party_a,
        files=[services.NewFile("agenda.pdf", PDF)],
    )


@pytest.fixture
def ticket(world: World) -> Ticket:
    return party_a_ticket(world)


def test_landing_page_and_question_form_are_public(world: World) -> None:
    assert_access(world, "/helpdesk/", expect(default=200))
    assert_access(world, "/helpdesk/vraag-stellen/", expect(default=200))
    assert_access(world, "/helpdesk/suggesties/?onderwerp=statuten", expect(default=200))


def test_my_questions_for_every_signed_in_user(world: World) -> None:
    assert_access(world, "/helpdesk/mijn-vragen/", expect(default=200, anonymous=LOGIN))


def test_ticket_only_for_its_party_and_asker(world: World, ticket: Ticket) -> None:
    table = expect(default=404, anonymous=LOGIN, member_a=200, board_a=200)
    assert_access(world, ticket.get_absolute_url(), table)
    attachment = Attachment.objects.get()
    assert_access(
        world,
        f"/helpdesk/bijlage/{attachment.public_id}/",
        expect(
            default=404,
            anonymous=LOGIN,
            member_a=200,
            board_a=200,
            helpdeskmedewerker=200,
            beheerder=200,
        ),
    )


_replies = itertools.count()


def test_replying_is_for_the_party_only(world: World, ticket: Ticket) -> None:
    assert_access(
        world,
        ticket.get_absolute_url(),
        expect(default=404, anonymous=LOGIN, member_a=302, board_a=302),
        method="post",
        data={"body": "Nog een aanvulling."},
    )
    assert ticket.messages.filter(kind=Kind.QUESTION).count() == 3


def test_member_of_party_b_cannot_guess_their_way_into_party_a(
    world: World, ticket: Ticket
) -> None:
    """References and attachment ids are random, but even with the right one: 404 for party B."""
    intruder = client_for(world, Role.MEMBER_B)
    attachment = Attachment.objects.get()

    assert intruder.get(ticket.get_absolute_url()).status_code == 404
    reply = intruder.post(ticket.get_absolute_url(), {"body": "Ik lees mee"})
    assert reply.status_code == 404
    assert not TicketMessage.objects.filter(body="Ik lees mee").exists()
    assert intruder.get(f"/helpdesk/bijlage/{attachment.public_id}/").status_code == 404
    # Guessing other ids gets the same answer as a real id of someone else.
    assert intruder.get("/helpdesk/vraag/KP-2026-AAAAAA/").status_code == 404
    assert intruder.get(f"/helpdesk/bijlage/{uuid.uuid4()}/").status_code == 404
    # Their own list shows nothing of party A.
    mine = intruder.get("/helpdesk/mijn-vragen/").content.decode()
    assert ticket.subject not in mine
    # The staff pages are closed to them as well.
    assert intruder.get(ticket.get_staff_url()).status_code == 403
    # Attachments are never under MEDIA_ROOT, so no public URL exists for them.
    from django.conf import settings

    assert not str(attachment.file.path).startswith(str(settings.MEDIA_ROOT))


def test_internal_note_attachments_are_not_downloadable_by_the_asker(
    world: World, ticket: Ticket
) -> None:
    note = TicketMessage.objects.create(
        ticket=ticket, kind=Kind.NOTE, channel=Channel.WEB, body="x"
    )
    attachment = Attachment(
        message=note, filename="intern.pdf", content_type="application/pdf", size=4
    )
    attachment.file.save("intern.pdf", ContentFile(PDF), save=False)
    attachment.save()
    url = f"/helpdesk/bijlage/{attachment.public_id}/"
    assert client_for(world, Role.MEMBER_A).get(url).status_code == 404
    assert client_for(world, Role.HELPDESKMEDEWERKER).get(url).status_code == 200


def test_staff_pages_only_for_helpdesk_staff(world: World, ticket: Ticket) -> None:
    assert_access(world, "/helpdesk/beheer/", STAFF_ONLY)
    assert_access(world, "/helpdesk/beheer/telefoon/", STAFF_ONLY)
    assert_access(world, "/helpdesk/beheer/rapportage/", STAFF_ONLY)
    assert_access(world, "/helpdesk/beheer/rapportage/?formaat=csv", STAFF_ONLY)
    assert_access(world, ticket.get_staff_url(), STAFF_ONLY)
    assert_access(world, "/helpdesk/beheer/meldingen/", STAFF_ONLY)
    assert_access(world, "/helpdesk/beheer/artikelen/?q=statuten", STAFF_ONLY)


def test_staff_actions_only_for_helpdesk_staff(world: World) -> None:
    posted = expect(default=403, anonymous=LOGIN, helpdeskmedewerker=302, beheerder=302)

    def new_ticket(action: str) -> Callable[[World], str]:
        def url(world: World) -> str:
            return f"{party_a_ticket(world).get_staff_url()}{action}"

        return url

    assert_access(
        world,
        new_ticket("bijwerken/"),
        posted,
        method="post",
        data={"status": "in_behandeling", "priority": "hoog"},
    )
    assert_access(
        world, new_ticket(""), posted, method="post", data={"kind": "note", "body": "Notitie"}
    )
    target = party_a_ticket(world)
    assert_access(
        world, new_ticket("samenvoegen/"), posted, method="post", data={"into": target.reference}
    )
    assert_access(world, new_ticket("artikel/"), posted, method="post")
    assert_access(world, new_ticket("aan-mij/"), posted, method="post")
    assert_access(
        world,
        "/helpdesk/beheer/meldingen/",
        posted,
        method="post",
        data={"notify_new_tickets": "on"},
    )
    bulk = {"tickets": [party_a_ticket(world).reference], "status": "in_behandeling"}
    assert_access(world, "/helpdesk/beheer/meerdere/", posted, method="post", data=bulk)
    assert_access(
        world,
        "/helpdesk/beheer/telefoon/",
        posted,
        method="post",
        data={"subject": "Belde over de begroting", "body": "Samenvatting"},
    )


def test_inbound_webhook_takes_only_authenticated_posts(world: World, settings) -> None:
    settings.HELPDESK_INBOUND_SECRET = "geheim"
    assert_access(world, "/helpdesk/inkomend/", expect(default=405))
    # Being signed in does not help: only the provider's secret does.
    assert_access(world, "/helpdesk/inkomend/", expect(default=401), method="post")


def test_rating_link_needs_a_valid_signature(world: World, ticket: Ticket) -> None:
    url = emails.rating_url(ticket, 4).removeprefix("http://127.0.0.1:8000")
    assert_access(world, url, expect(default=200))
    assert Client().get("/helpdesk/beoordelen/vervalst/").status_code == 404
    tampered = url.replace("/beoordelen/", "/beoordelen/x")
    assert Client().get(tampered).status_code == 404


def test_canned_answers_are_kept_by_helpdesk_staff_in_the_cms(world: World) -> None:
    answer = CannedAnswer.objects.create(title="Dank", body="Dank u, {naam}.")
    # Other staff can open the CMS but not the canned answers; everyone else is sent to log in.
    table = expect(default=302, anonymous=LOGIN, helpdeskmedewerker=200, beheerder=200)
    for url in (
        "/beheer/cms/snippets/helpdesk/cannedanswer/",
        f"/beheer/cms/snippets/helpdesk/cannedanswer/edit/{answer.pk}/",
    ):
        assert_access(world, url, table)
