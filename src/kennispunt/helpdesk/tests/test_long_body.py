"""Very long questions: the pages stay small and fast, nothing is lost."""

import pytest
from django.core import mail

from kennispunt.helpdesk.ingest import ingest_message
from kennispunt.helpdesk.models import Attachment, Kind, Ticket
from kennispunt_testing.access import client_for
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db

LINE = "Artikel {n}. De fractie stelt voor de begroting op dit punt te wijzigen, omdat het college."


def huge_mail(size: int) -> tuple[bytes, str]:
    lines = ["Beste helpdesk,", ""]
    total, n = 0, 0
    while total < size:
        n += 1
        lines.append(LINE.format(n=n))
        total += len(lines[-1]) + 1
    lines.append("Einde van de lange bijlage.")
    text = "\n".join(lines)
    headers = (
        "From: Anna <lid-a@example.org>\n"
        "To: helpdesk@kennispunt.nl\n"
        "Subject: Alle amendementen van dit jaar\n"
        "Message-ID: <huge-1@example.org>\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
    )
    return (headers + text + "\n").encode(), text


def test_a_multi_megabyte_body_is_shown_in_part_with_the_whole_text_to_download(
    world: World, committed
) -> None:
    raw, text = huge_mail(5 * 1024 * 1024)

    result = committed(ingest_message, raw)

    ticket = result.ticket
    assert isinstance(ticket, Ticket)
    with result.raw.file.open("rb") as stored:
        assert stored.read() == raw  # the original stays intact
    question = ticket.messages.get(kind=Kind.QUESTION)
    assert question.body.startswith("Beste helpdesk,\n\nArtikel 1.")
    assert len(question.body) < 110_000
    assert "ingekort" in question.body
    full = Attachment.objects.get(message=question)
    assert full.filename == "volledige-tekst.txt"
    with full.file.open("rb") as stored_text:
        assert stored_text.read().decode("utf-8") == text.strip()
    # An acknowledgement, as for any question (the other mails tell the agents).
    assert len([m for m in mail.outbox if "Nieuwe vraag" not in m.subject]) == 1

    for role, url in (
        (Role.HELPDESKMEDEWERKER, ticket.get_staff_url()),
        (Role.MEMBER_A, ticket.get_absolute_url()),
    ):
        client = client_for(world, role)
        page = client.get(url)
        assert page.status_code == 200
        assert len(page.content) < 300_000
        html = page.content.decode()
        assert f"/helpdesk/bijlage/{full.public_id}/" in html
        download = client.get(f"/helpdesk/bijlage/{full.public_id}/")
        assert download.status_code == 200
        assert download.getvalue().decode("utf-8") == text  # getvalue() joins the stream


def test_a_body_just_under_the_limit_is_kept_whole(committed) -> None:
    raw, text = huge_mail(90_000)
    result = committed(ingest_message, raw)
    assert result.ticket is not None
    question = result.ticket.messages.get(kind=Kind.QUESTION)
    assert question.body == text.strip()
    assert not Attachment.objects.exists()


@pytest.mark.parametrize("page", ["ask", "reply"])
def test_the_web_forms_refuse_an_overlong_text_and_keep_it(
    world: World, page: str, committed
) -> None:
    from kennispunt.helpdesk import services
    from kennispunt.helpdesk.models import Channel

    client = client_for(world, Role.MEMBER_A)
    body = "Lange tekst " + "x" * 20_000
    if page == "ask":
        url = "/helpdesk/vraag-stellen/"
        data = {"onderwerp": "Begroting", "body": body, "party": world.party_a.pk}
    else:
        ticket = services.ticket_create(
            subject="Begroting",
            body="Korte vraag",
            channel=Channel.WEB,
            asker=world.user(Role.MEMBER_A),
            party=world.party_a,
        )
        url = ticket.get_absolute_url()
        data = {"body": body}
    before = Ticket.objects.count()

    response = client.post(url, data)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Uw tekst is te lang" in html
    assert body in html  # nothing typed is lost
    assert Ticket.objects.count() == before
    assert not Ticket.objects.filter(messages__body__startswith="Lange tekst").exists()


def test_the_migration_cuts_bodies_stored_whole_before(world: World) -> None:
    import importlib

    from django.apps import apps

    from kennispunt.helpdesk import services
    from kennispunt.helpdesk.models import Channel, TicketMessage

    migration = importlib.import_module(
        "kennispunt.helpdesk.migrations.0004_cut_long_message_bodies"
    )
    ticket = services.ticket_create(
        subject="Oud", body="Kort", channel=Channel.WEB, asker=world.user(Role.MEMBER_A)
    )
    _raw, text = huge_mail(300_000)
    TicketMessage.objects.filter(ticket=ticket).update(body=text)

    migration.cut_long_bodies(apps, None)

    message = TicketMessage.objects.get(ticket=ticket)
    assert len(message.body) < 110_000 and "ingekort" in message.body
    with Attachment.objects.get(message=message).file.open("rb") as stored:
        assert stored.read().decode("utf-8") == text
