"""Working tickets: asking, answering, notes, canned answers, merging, rating, upkeep, reports."""

import csv
import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from kennispunt.accounts.personal_data import erase_everything, export_everything
from kennispunt.helpdesk import emails, selectors, services
from kennispunt.helpdesk.models import (
    Attachment,
    CannedAnswer,
    Channel,
    Kind,
    RawMessage,
    Status,
    Ticket,
)
from kennispunt_testing.access import client_for
from kennispunt_testing.knowledge import KB
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db


def ask(world: World, subject: str = "Vraag over de begroting", **extra) -> Ticket:
    extra.setdefault("asker", world.user(Role.MEMBER_A))
    extra.setdefault("party", world.party_a)
    return services.ticket_create(
        subject=subject, body="Hoe dienen we een amendement in?", channel=Channel.WEB, **extra
    )


def test_mail_subject_shows_the_question_as_typed(world: World, committed) -> None:
    typed = """<iframe src="x"> & "dubbel" 'enkel'"""
    ticket = committed(ask, world, typed)
    (received,) = [m for m in mail.outbox if m.to == [world.user(Role.MEMBER_A).email]]
    assert received.subject == f"[{ticket.reference}] We hebben uw vraag ontvangen: {typed}"


def test_member_asks_through_the_form_and_sees_the_ticket(world: World, committed) -> None:
    client = client_for(world, Role.MEMBER_A)
    page = client.get("/helpdesk/vraag-stellen/").content.decode()
    assert 'name="party"' in page and 'name="email"' not in page
    response = committed(
        client.post,
        "/helpdesk/vraag-stellen/",
        {
            "onderwerp": "Amendement indienen",
            "body": "Hoe doen we dat?",
            "party": world.party_a.pk,
            "attachments": [SimpleUploadedFile("motie.pdf", b"%PDF-1.4 motie")],
        },
    )
    ticket = Ticket.objects.get()
    assert response.status_code == 302 and response["Location"] == ticket.get_absolute_url()
    assert ticket.asker_eligible and ticket.party == world.party_a
    assert ticket.reference.startswith("KP-") and len(ticket.reference) == 14
    assert Attachment.objects.get().filename == "motie.pdf"
    assert mail.outbox[0].to == ["lid-a@example.org"]


def test_form_refuses_a_disguised_file_and_keeps_what_was_typed(world: World) -> None:
    client = client_for(world, Role.MEMBER_A)
    response = client.post(
        "/helpdesk/vraag-stellen/",
        {
            "onderwerp": "Amendement indienen",
            "body": "Mijn lange vraag",
            "party": world.party_a.pk,
            "attachments": [SimpleUploadedFile("motie.pdf", b"MZ\x90\x00\x03binary\x00")],
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "bestandstype dat we niet aannemen" in html
    assert "Mijn lange vraag" in html
    assert Ticket.objects.count() == 0


def test_visitor_who_is_not_eligible_can_ask_with_their_email(world: World, committed) -> None:
    client = Client()
    page = client.get("/helpdesk/vraag-stellen/").content.decode()
    assert 'name="email"' in page and 'name="party"' not in page
    response = committed(
        client.post,
        "/helpdesk/vraag-stellen/",
        {"onderwerp": "Partij oprichten", "body": "Hoe begin ik?", "email": "Nieuw@Example.org"},
    )
    assert response.status_code == 302
    ticket = Ticket.objects.get()
    assert ticket.asker is None and ticket.asker_email == "nieuw@example.org"
    assert not ticket.asker_eligible and ticket.party is None
    assert mail.outbox[0].to == ["nieuw@example.org"]


def test_visitors_without_an_account_are_rate_limited(world: World) -> None:
    client = Client()
    data = {"onderwerp": "Vraag", "body": "Tekst", "email": "bezoeker@example.org"}
    statuses = [client.post("/helpdesk/vraag-stellen/", data).status_code for _ in range(6)]
    assert statuses == [302] * 5 + [200]
    assert Ticket.objects.count() == 5


def test_links_in_answers_are_clickable(world: World) -> None:
    ticket = ask(world)
    services.ticket_reply(
        ticket=ticket,
        author=world.user(Role.HELPDESKMEDEWERKER),
        body="Lees https://kennispunt.nl/kennis/kandidaatstelling/ eerst.",
        kind=Kind.ANSWER,
    )
    html = client_for(world, Role.MEMBER_A).get(ticket.get_absolute_url()).content.decode()
    assert 'href="https://kennispunt.nl/kennis/kandidaatstelling/"' in html


def test_a_member_cannot_ask_for_a_party_they_do_not_belong_to(world: World) -> None:
    response = client_for(world, Role.MEMBER_A).post(
        "/helpdesk/vraag-stellen/",
        {"onderwerp": "x", "body": "y", "party": world.party_b.pk},
    )
    assert response.status_code == 200
    assert Ticket.objects.count() == 0


def test_internal_notes_are_never_shown_to_the_asker(world: World, committed) -> None:
    ticket = committed(ask, world)
    staff = world.user(Role.HELPDESKMEDEWERKER)
    mail.outbox.clear()
    committed(
        services.ticket_reply,
        ticket=ticket,
        author=staff,
        body="GEHEIM: deze partij belde ook vorige week",
        kind=Kind.NOTE,
    )
    committed(
        services.ticket_reply,
        ticket=ticket,
        author=staff,
        body="Zo dient u het in.",
        kind=Kind.ANSWER,
    )
    for role in (Role.MEMBER_A, Role.BOARD_A):
        html = client_for(world, role).get(ticket.get_absolute_url()).content.decode()
        assert "Zo dient u het in." in html
        assert "GEHEIM" not in html
    assert len(mail.outbox) == 1
    assert "GEHEIM" not in mail.outbox[0].body
    assert "GEHEIM" not in str(export_everything(world.user(Role.MEMBER_A)))
    staff_html = client_for(world, Role.HELPDESKMEDEWERKER).get(ticket.get_staff_url())
    assert "GEHEIM" in staff_html.content.decode()


def test_staff_answer_is_mailed_with_threading_headers(world: World, committed) -> None:
    ticket = committed(ask, world)
    ack_id = mail.outbox[0].extra_headers["Message-ID"]
    message = committed(
        services.ticket_reply,
        ticket=ticket,
        author=world.user(Role.HELPDESKMEDEWERKER),
        body="Antwoord",
        kind=Kind.ANSWER,
    )
    sent = mail.outbox[-1]
    assert sent.extra_headers["Message-ID"] == message.email_message_id
    assert sent.subject.startswith(f"[{ticket.reference}]")
    assert sent.reply_to == [emails.reply_address(ticket)]
    assert "Auto-Submitted" not in sent.extra_headers
    ticket.refresh_from_db()
    assert ticket.status == Status.WAITING and ticket.first_response_at is not None
    assert ticket.assignee == world.user(Role.HELPDESKMEDEWERKER)
    assert ack_id  # the acknowledgement was not recorded as a ticket message: no thread id
    assert sent.extra_headers.get("References", "") == ""


def test_canned_answer_fills_in_placeholders(world: World) -> None:
    ticket = ask(world)
    canned = CannedAnswer.objects.create(
        title="Bedankt", body="Beste {naam}, dank voor uw vraag namens {partij} ({kenmerk})."
    )
    assert services.canned_render(canned=canned, ticket=ticket) == (
        f"Beste Anna, dank voor uw vraag namens Lokaal Belang A ({ticket.reference})."
    )
    html = client_for(world, Role.HELPDESKMEDEWERKER).get(
        f"{ticket.get_staff_url()}?canned={canned.pk}"
    )
    assert "Beste Anna, dank voor uw vraag namens Lokaal Belang A" in html.content.decode()


def test_merging_moves_messages_and_closes_the_duplicate(world: World) -> None:
    first = ask(world, "Eerste vraag")
    duplicate = ask(world, "Zelfde vraag nogmaals")
    response = client_for(world, Role.HELPDESKMEDEWERKER).post(
        f"{duplicate.get_staff_url()}samenvoegen/", {"into": first.reference.lower()}
    )
    assert response["Location"] == first.get_staff_url()
    duplicate.refresh_from_db()
    assert duplicate.merged_into == first and duplicate.status == Status.CLOSED
    assert first.messages.filter(kind=Kind.QUESTION).count() == 2
    # The asker finds the merged ticket only under its new reference.
    member = client_for(world, Role.MEMBER_A)
    assert member.get(duplicate.get_absolute_url()).status_code == 404


def test_closing_sends_one_rating_mail_and_the_rating_is_stored_once(
    world: World, committed
) -> None:
    ticket = committed(ask, world)
    staff = world.user(Role.HELPDESKMEDEWERKER)
    mail.outbox.clear()
    committed(
        services.ticket_update, ticket=ticket, user=staff, status=Status.CLOSED, priority="normaal"
    )
    committed(
        services.ticket_update, ticket=ticket, user=staff, status=Status.CLOSED, priority="normaal"
    )
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    good = next(line for line in body.splitlines() if line.startswith("Tevreden:"))
    url = good.split(": ", 1)[1].removeprefix("http://127.0.0.1:8000")
    client = Client()
    # Opening the link (as a mail scanner would) stores nothing.
    assert client.get(url).status_code == 200
    ticket.refresh_from_db()
    assert ticket.rating is None
    assert "Bedankt" in client.post(url, {"score": "4"}).content.decode()
    assert "al beoordeeld" in client.post(url, {"score": "1"}).content.decode()
    ticket.refresh_from_db()
    assert ticket.rating == 4


def test_waiting_tickets_close_automatically_with_a_notice(
    world: World, settings, committed
) -> None:
    settings.HELPDESK_AUTO_CLOSE_DAYS = 14
    old, recent = ask(world, "Oud"), ask(world, "Recent")
    Ticket.objects.filter(pk=old.pk).update(
        status=Status.WAITING, waiting_since=timezone.now() - timedelta(days=15)
    )
    Ticket.objects.filter(pk=recent.pk).update(
        status=Status.WAITING, waiting_since=timezone.now() - timedelta(days=3)
    )
    mail.outbox.clear()
    assert committed(services.tickets_auto_close) == 1
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.status == Status.CLOSED and recent.status == Status.WAITING
    assert len(mail.outbox) == 1 and "gesloten" in mail.outbox[0].subject
    assert mail.outbox[0].extra_headers["Auto-Submitted"] == "auto-replied"


def test_retention_anonymises_old_closed_tickets(world: World, settings, committed) -> None:
    settings.HELPDESK_RETENTION_DAYS = 30
    old = ask(world, "Oude vraag", files=[services.NewFile("a.pdf", b"%PDF-1.4 x")])
    keep = ask(world, "Nieuwe vraag")
    path = Attachment.objects.get().file.path
    Ticket.objects.filter(pk=old.pk).update(
        status=Status.CLOSED, closed_at=timezone.now() - timedelta(days=31)
    )
    assert services.tickets_retention() == 1
    old.refresh_from_db()
    assert old.asker is None and old.asker_email == "" and old.anonymised_at is not None
    assert old.subject == "(geanonimiseerd)"
    assert set(old.messages.values_list("body", flat=True)) == {""}
    assert not Attachment.objects.exists()
    import os

    assert not os.path.exists(path)
    keep.refresh_from_db()
    assert keep.asker is not None
    # Counts for the reports stay.
    assert selectors.report().total == 2


def test_tickets_are_in_the_data_export_and_erased_with_the_account(world: World) -> None:
    ticket = ask(world)
    member = world.user(Role.MEMBER_A)
    by_mail = services.ticket_create(
        subject="Per mail, voor het account bestond",
        body="x",
        channel=Channel.EMAIL,
        asker_email="LID-A@example.org",
    )
    exported = export_everything(member)["data"]["helpdesk"]
    assert {t["reference"] for t in exported} == {ticket.reference, by_mail.reference}
    exported = [t for t in exported if t["reference"] == ticket.reference]
    assert exported[0]["messages"][0]["body"] == "Hoe dienen we een amendement in?"
    erase_everything(member)
    ticket.refresh_from_db()
    by_mail.refresh_from_db()
    assert ticket.asker is None and ticket.anonymised_at is not None
    assert by_mail.asker_email == "" and by_mail.anonymised_at is not None


def test_answered_ticket_becomes_an_anonymised_draft_article(world: World, kb: KB) -> None:
    ticket = services.ticket_create(
        subject="Vraag van Anna over lijstduwers",
        body="Ik ben Anna, bel me op 06-12345678 of mail anna@example.org.",
        channel=Channel.WEB,
        asker=world.user(Role.MEMBER_A),
        party=world.party_a,
        theme=kb.theme,
    )
    staff = world.user(Role.HELPDESKMEDEWERKER)
    services.ticket_reply(ticket=ticket, author=staff, body="Lijstduwers mogen.", kind=Kind.ANSWER)
    page = services.ticket_to_article(ticket=ticket, user=staff)
    page.refresh_from_db()
    assert not page.live and page.has_unpublished_changes
    assert page.get_parent().pk == kb.theme.pk
    text = page.title + page.intro + str(page.body)
    assert "Anna" not in text and "06-12345678" not in text and "anna@example.org" not in text
    assert "Lijstduwers mogen." in str(page.body)


def test_report_counts_and_csv(world: World) -> None:
    ticket = ask(world)
    services.ticket_create(
        subject="Per mail", body="x", channel=Channel.EMAIL, asker_email="a@b.nl"
    )
    staff = world.user(Role.HELPDESKMEDEWERKER)
    services.ticket_reply(ticket=ticket, author=staff, body="Antwoord", kind=Kind.ANSWER)
    report = selectors.report()
    assert report.total == 2
    assert dict(report.by_channel) == {"E-mail": 1, "Webformulier": 1}
    assert report.median_first_response is not None
    response = client_for(world, Role.HELPDESKMEDEWERKER).get(
        "/helpdesk/beheer/rapportage/?formaat=csv"
    )
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["Maand", "Kanaal", "Thema", "Aantal"]
    assert sum(int(r[3]) for r in rows[1:3]) == 2


def test_suggestions_without_the_forum(kb: KB, client: Client) -> None:
    html = client.get("/helpdesk/suggesties/", {"onderwerp": kb.article.title}).content.decode()
    assert kb.article.title in html
    assert client.get("/helpdesk/suggesties/", {"onderwerp": "x"}).content.decode().strip() == ""
    old = client.get("/helpdesk/suggesties/", {"subject": "statuten"})
    assert old.status_code == 301 and old["Location"] == "/helpdesk/suggesties/?onderwerp=statuten"


def test_the_ask_form_fetches_suggestions_under_the_same_name_as_its_field(client: Client) -> None:
    html = client.get("/helpdesk/vraag-stellen/").content.decode()
    assert 'name="onderwerp"' in html and 'hx-include="#id_onderwerp"' in html


def test_phone_call_is_logged_as_a_ticket(world: World) -> None:
    response = client_for(world, Role.HELPDESKMEDEWERKER).post(
        "/helpdesk/beheer/telefoon/",
        {
            "subject": "Belde over de begroting",
            "body": "Wil weten hoe een amendement werkt.",
            "asker_email": "lid-a@example.org",
            "party": world.party_a.pk,
        },
    )
    ticket = Ticket.objects.get()
    assert response["Location"] == ticket.get_staff_url()
    assert ticket.channel == Channel.PHONE and ticket.asker == world.user(Role.MEMBER_A)
    assert ticket.messages.get().kind == Kind.PHONE
    assert mail.outbox == []


def test_phone_call_for_a_party_the_asker_is_not_in_keeps_the_text(world: World) -> None:
    response = client_for(world, Role.HELPDESKMEDEWERKER).post(
        "/helpdesk/beheer/telefoon/",
        {
            "subject": "Belde over de begroting",
            "body": "Wil weten hoe een amendement werkt.",
            "asker_email": "lid-a@example.org",
            "party": world.party_b.pk,
        },
    )
    html = response.content.decode()
    assert response.status_code == 200 and "bevestigd lid" in html
    assert "Wil weten hoe een amendement werkt." in html
    assert not Ticket.objects.exists()


def test_report_ignores_an_impossible_year(world: World) -> None:
    staff = client_for(world, Role.HELPDESKMEDEWERKER)
    for year in ("10000", "0", "99999999999999999999"):
        assert staff.get("/helpdesk/beheer/rapportage/", {"jaar": year}).status_code == 200
        csv_response = staff.get("/helpdesk/beheer/rapportage/", {"jaar": year, "formaat": "csv"})
        assert csv_response.status_code == 200


def test_reply_to_a_closed_ticket_keeps_the_typed_text(world: World) -> None:
    ticket = ask(world)
    Ticket.objects.filter(pk=ticket.pk).update(status=Status.CLOSED)
    before = ticket.messages.count()
    response = client_for(world, Role.MEMBER_A).post(
        ticket.get_absolute_url(), {"body": "Nog een vraag over het amendement."}
    )
    html = response.content.decode()
    assert response.status_code == 200 and "niet verstuurd" in html
    assert "Nog een vraag over het amendement." in html
    assert ticket.messages.count() == before


def test_queue_highlights_overdue_tickets(world: World) -> None:
    late = ask(world, "Al lang open")
    Ticket.objects.filter(pk=late.pk).update(
        first_response_due=timezone.localdate() - timedelta(days=1)
    )
    ask(world, "Net binnen")
    html = client_for(world, Role.HELPDESKMEDEWERKER).get("/helpdesk/beheer/").content.decode()
    assert html.count("kennispunt-helpdesk-overdue") == 1
    assert "Te laat" in html


def test_raw_messages_are_not_reachable_from_media(world: World) -> None:
    from kennispunt.helpdesk.ingest import ingest_message

    result = ingest_message(b"From: a@example.org\r\nSubject: x\r\n\r\ntekst")
    assert isinstance(result.raw, RawMessage)
    from django.conf import settings

    assert not result.raw.file.path.startswith(str(settings.MEDIA_ROOT))
