"""E-mail in: a corpus of real-shaped messages, each with the outcome we expect."""

import io
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client

from kennispunt.helpdesk import services
from kennispunt.helpdesk.ingest import ingest_message
from kennispunt.helpdesk.models import (
    Attachment,
    Channel,
    IngestOutcome,
    Kind,
    RawMessage,
    Status,
    Ticket,
)
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db

MAIL = Path(__file__).parent / "mail"


def eml(name: str) -> bytes:
    return (MAIL / name).read_bytes()


# file -> (outcome, subject of the new ticket or None, text that must be in the body)
CORPUS = {
    "plain.eml": (
        IngestOutcome.TICKET_CREATED,
        "Hoe schrijven we ons in voor de verkiezingen?",
        "aanduiding registreren",
    ),
    "html_only.eml": (
        IngestOutcome.TICKET_CREATED,
        "Vraag over de jaarrekening",
        "Moet onze jaarrekening door een kascommissie",
    ),
    "multipart_attachments.eml": (
        IngestOutcome.TICKET_CREATED,
        "Statuten ter controle",
        "Bijgaand onze conceptstatuten",
    ),
    "latin1.eml": (IngestOutcome.TICKET_CREATED, "Financiën van de partij", "financiën"),
    "unknown_charset.eml": (
        IngestOutcome.TICKET_CREATED,
        "Ledenadministratie",
        "AVG \u2013 wat moeten we doen",
    ),
    "missing_headers.eml": (IngestOutcome.TICKET_CREATED, "(geen onderwerp)", "motie over"),
    "no_sender.eml": (IngestOutcome.REJECTED, None, ""),
    "malformed.eml": (IngestOutcome.REJECTED, None, ""),
    "auto_reply.eml": (IngestOutcome.AUTO_REPLY, None, ""),
    "bulk.eml": (IngestOutcome.AUTO_REPLY, None, ""),
    "loop_own_address.eml": (IngestOutcome.LOOP, None, ""),
}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_corpus_message_has_its_expected_outcome_and_is_kept(name: str, committed) -> None:
    outcome, subject, text = CORPUS[name]
    raw = eml(name)
    result = committed(ingest_message, raw, channel_hint="test")

    assert result.outcome == outcome
    # Nothing is lost: the raw message is stored byte for byte, whatever happened.
    with result.raw.file.open("rb") as stored:
        assert stored.read() == raw
    if subject is None:
        assert result.ticket is None
        assert Ticket.objects.count() == 0
        assert mail.outbox == []  # no answer to robots, loops or junk
        return
    assert result.ticket is not None
    ticket = Ticket.objects.get()
    assert ticket.subject == subject
    assert ticket.channel == Channel.EMAIL
    assert not ticket.asker_eligible
    first = ticket.messages.get(kind=Kind.QUESTION)
    assert text in first.body
    assert "<" not in first.body and "alert" not in first.body  # HTML became safe text
    # A human sender gets one acknowledgement, threaded through the ticket's reply address.
    assert len(mail.outbox) == 1
    ack = mail.outbox[0]
    assert ack.reply_to == [f"helpdesk+{ticket.token}@kennispunt.nl"]
    assert ack.extra_headers["Auto-Submitted"] == "auto-replied"


def test_attachments_are_checked_by_content_not_by_name(committed) -> None:
    result = committed(ingest_message, eml("multipart_attachments.eml"))
    assert result.ticket is not None
    kept = Attachment.objects.get()
    assert kept.filename == "statuten.pdf"
    assert kept.content_type == "application/pdf"
    note = result.ticket.messages.get(kind=Kind.SYSTEM)
    assert "factuur.pdf" in note.body  # an .exe called .pdf is refused, with a note


def test_a_30_mb_message_is_kept_but_its_oversized_attachment_is_dropped_with_a_note(
    committed,
) -> None:
    message = EmailMessage()
    message["From"] = "grootbestand@example.org"
    message["To"] = "helpdesk@kennispunt.nl"
    message["Subject"] = "Scan van alle notulen"
    message["Message-ID"] = "<big-1@example.org>"
    message.set_content("In de bijlage de scan van alle notulen.")
    message.add_attachment(
        b"%PDF-1.4\n" + b"0" * (23 * 1024 * 1024),
        maintype="application",
        subtype="pdf",
        filename="notulen.pdf",
    )
    raw = message.as_bytes()
    assert len(raw) > 30 * 1024 * 1024

    result = committed(ingest_message, raw)

    assert result.outcome == IngestOutcome.TICKET_CREATED
    assert result.raw.size == len(raw)
    assert result.ticket is not None
    assert Attachment.objects.count() == 0
    note = result.ticket.messages.get(kind=Kind.SYSTEM)
    assert "notulen.pdf is te groot" in note.body


def test_too_many_messages_from_one_sender_is_a_loop(settings, committed) -> None:
    settings.HELPDESK_LOOP_LIMIT = 3
    outcomes = []
    for number in range(6):
        raw = eml("plain.eml").replace(b"<plain-1@", f"<plain-{number}@".encode())
        outcomes.append(committed(ingest_message, raw).outcome)
    assert outcomes == [IngestOutcome.TICKET_CREATED] * 3 + [IngestOutcome.LOOP] * 3
    assert len(mail.outbox) == 3  # acknowledgements stop when the loop is detected
    assert RawMessage.objects.count() == 6


@pytest.fixture
def answered_ticket(world: World, committed) -> Ticket:
    ticket = committed(
        services.ticket_create,
        subject="Kandidatenlijst inleveren",
        body="Wanneer moet de lijst binnen zijn?",
        channel=Channel.WEB,
        asker=world.user(Role.MEMBER_A),
        party=world.party_a,
    )
    committed(
        services.ticket_reply,
        ticket=ticket,
        author=world.user(Role.HELPDESKMEDEWERKER),
        body="Op de dag van kandidaatstelling.",
        kind=Kind.ANSWER,
    )
    mail.outbox.clear()
    return ticket


def reply_to(
    ticket: Ticket, *, to: str, in_reply_to: str = "", subject: str = "Re: vraag"
) -> bytes:
    message = EmailMessage()
    message["From"] = "Anna <lid-a@example.org>"
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain="example.org")  # each mail has its own
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    message.set_content("Dank u, en hoeveel handtekeningen hebben we nodig?")
    return message.as_bytes()


def test_reply_threads_by_token_in_the_reply_address(answered_ticket: Ticket, committed) -> None:
    address = f"helpdesk+{answered_ticket.token}@kennispunt.nl"
    result = committed(ingest_message, reply_to(answered_ticket, to=address))
    assert result.outcome == IngestOutcome.REPLY_ADDED
    assert result.ticket == answered_ticket
    answered_ticket.refresh_from_db()
    assert answered_ticket.status == Status.OPEN  # back in the queue
    # No acknowledgement for a reply; only the agent who answered hears it is back.
    assert [m.to for m in mail.outbox] == [["helpdeskmedewerker@example.org"]]


def test_reply_threads_by_in_reply_to(answered_ticket: Ticket, committed) -> None:
    answer = answered_ticket.messages.get(kind=Kind.ANSWER)
    assert answer.email_message_id
    raw = reply_to(
        answered_ticket, to="helpdesk@kennispunt.nl", in_reply_to=answer.email_message_id
    )
    result = committed(ingest_message, raw)
    assert result.outcome == IngestOutcome.REPLY_ADDED
    assert result.ticket == answered_ticket


def test_subject_tag_threads_only_mail_from_the_asker(answered_ticket: Ticket, committed) -> None:
    tagged = f"Re: [{answered_ticket.reference}] Antwoord"
    result = committed(
        ingest_message, reply_to(answered_ticket, to="helpdesk@kennispunt.nl", subject=tagged)
    )
    assert result.ticket == answered_ticket
    stranger = reply_to(answered_ticket, to="helpdesk@kennispunt.nl", subject=tagged).replace(
        b"lid-a@example.org", b"vreemde@example.org"
    )
    other = committed(ingest_message, stranger)
    assert other.outcome == IngestOutcome.TICKET_CREATED
    assert other.ticket != answered_ticket


def _from(raw: bytes, address: str) -> bytes:
    return raw.replace(b"Anna <lid-a@example.org>", address.encode())


@pytest.mark.parametrize("header", ["In-Reply-To", "References"])
def test_a_stranger_cannot_add_to_a_ticket_by_its_message_ids(
    answered_ticket: Ticket, header: str, committed
) -> None:
    answer = answered_ticket.messages.get(kind=Kind.ANSWER)
    message = EmailMessage()
    message["From"] = "Onbekende <vreemde@example.org>"
    message["To"] = "helpdesk@kennispunt.nl"
    message["Subject"] = "Re: Antwoord op uw vraag"
    message["Message-ID"] = "<stranger-1@example.org>"
    message[header] = answer.email_message_id
    message.set_content("Ik wil ook iets weten.")

    result = committed(ingest_message, message.as_bytes())

    assert result.outcome == IngestOutcome.TICKET_CREATED
    assert result.ticket is not None and result.ticket != answered_ticket
    assert answered_ticket.reference not in result.ticket.messages.get(kind=Kind.QUESTION).body
    answered_ticket.refresh_from_db()
    assert answered_ticket.status == Status.WAITING  # not reopened
    assert not answered_ticket.messages.filter(from_email="vreemde@example.org").exists()


def test_a_stranger_replying_to_a_closed_ticket_gets_a_ticket_that_links_to_nothing(
    answered_ticket: Ticket, committed
) -> None:
    answered_ticket.status = Status.CLOSED
    answered_ticket.save()
    answer = answered_ticket.messages.get(kind=Kind.ANSWER)
    raw = reply_to(
        answered_ticket, to="helpdesk@kennispunt.nl", in_reply_to=answer.email_message_id
    )
    result = committed(ingest_message, _from(raw, "Onbekende <vreemde@example.org>"))
    assert result.outcome == IngestOutcome.TICKET_CREATED
    assert result.ticket is not None
    assert answered_ticket.reference not in result.ticket.messages.get(kind=Kind.QUESTION).body


@pytest.mark.parametrize(
    ("sender", "threads"),
    [
        ("bestuur-a@example.org", True),  # verified member of the ticket's party
        ("helpdeskmedewerker@example.org", True),  # helpdesk staff
        ("lid-b@example.org", False),  # member of another party
        ("nieuw@example.org", False),  # an account without a party
        ("redacteur@example.org", False),  # staff, but not of the helpdesk
    ],
)
def test_others_thread_by_message_id_only_with_access_to_the_ticket(
    world: World, answered_ticket: Ticket, sender: str, threads: bool, committed
) -> None:
    answer = answered_ticket.messages.get(kind=Kind.ANSWER)
    raw = reply_to(
        answered_ticket, to="helpdesk@kennispunt.nl", in_reply_to=answer.email_message_id
    )
    result = committed(ingest_message, _from(raw, sender))
    if threads:
        assert result.outcome == IngestOutcome.REPLY_ADDED
        assert result.ticket == answered_ticket
    else:
        assert result.outcome == IngestOutcome.TICKET_CREATED
        assert result.ticket != answered_ticket


def test_an_unverified_address_of_a_member_does_not_thread(
    world: World, answered_ticket: Ticket, committed
) -> None:
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(
        user=world.user(Role.BOARD_A), email="prive-bram@example.org", verified=False
    )
    answer = answered_ticket.messages.get(kind=Kind.ANSWER)
    raw = reply_to(
        answered_ticket, to="helpdesk@kennispunt.nl", in_reply_to=answer.email_message_id
    )
    result = committed(ingest_message, _from(raw, "prive-bram@example.org"))
    assert result.ticket != answered_ticket


def test_an_empty_mail_is_kept_with_its_own_outcome_and_not_answered(committed) -> None:
    raw = eml("other/empty.eml")
    result = committed(ingest_message, raw)
    assert result.outcome == "empty"
    assert IngestOutcome(result.outcome).label == "Lege e-mail"
    assert result.ticket is None and Ticket.objects.count() == 0
    assert mail.outbox == []
    with result.raw.file.open("rb") as stored:
        assert stored.read() == raw


def test_an_empty_reply_does_not_reopen_the_ticket(answered_ticket: Ticket, committed) -> None:
    raw = reply_to(answered_ticket, to=f"helpdesk+{answered_ticket.token}@kennispunt.nl")
    raw = raw.replace(b"Dank u, en hoeveel handtekeningen hebben we nodig?", b"  \n")
    result = committed(ingest_message, raw)
    assert result.outcome == "empty"
    answered_ticket.refresh_from_db()
    assert answered_ticket.status == Status.WAITING
    assert answered_ticket.messages.filter(kind=Kind.QUESTION).count() == 1


def test_a_mail_with_only_a_subject_is_still_a_question(committed) -> None:
    raw = b"From: piet@example.org\nTo: helpdesk@kennispunt.nl\nSubject: Bel mij terug\n\n"
    result = committed(ingest_message, raw)
    assert result.outcome == IngestOutcome.TICKET_CREATED
    assert result.ticket is not None and result.ticket.subject == "Bel mij terug"


def test_a_body_that_cannot_be_decoded_becomes_a_visible_note(committed) -> None:
    result = committed(ingest_message, eml("other/undecodable_body.eml"))
    assert result.outcome == IngestOutcome.TICKET_CREATED
    assert result.ticket is not None
    body = result.ticket.messages.get(kind=Kind.QUESTION).body
    assert "kon niet worden gelezen" in body
    assert "\ufffd" not in body
    assert all(char.isprintable() or char in "\n\t" for char in body)


def test_reply_to_a_closed_ticket_starts_a_new_one(answered_ticket: Ticket, committed) -> None:
    answered_ticket.status = Status.CLOSED
    answered_ticket.save()
    address = f"helpdesk+{answered_ticket.token}@kennispunt.nl"
    result = committed(ingest_message, reply_to(answered_ticket, to=address))
    assert result.outcome == IngestOutcome.TICKET_CREATED
    assert result.ticket is not None and result.ticket != answered_ticket
    assert answered_ticket.reference in result.ticket.messages.get(kind=Kind.QUESTION).body


def test_mail_from_a_verified_member_belongs_to_their_party(world: World, committed) -> None:
    raw = eml("plain.eml").replace(b"piet@example.org", b"lid-a@example.org")
    result = committed(ingest_message, raw)
    assert result.ticket is not None
    assert result.ticket.asker == world.user(Role.MEMBER_A)
    assert result.ticket.party == world.party_a
    assert result.ticket.asker_eligible


def test_management_command_reads_a_file_and_stdin(monkeypatch, capsys) -> None:
    call_command("helpdesk_ingest", str(MAIL / "plain.eml"))
    assert "ticket_created" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(eml("html_only.eml"))))
    call_command("helpdesk_ingest", "-")
    assert "ticket_created" in capsys.readouterr().out
    assert Ticket.objects.count() == 2


def test_inbound_webhook_needs_the_secret(settings, client: Client) -> None:
    settings.HELPDESK_INBOUND_SECRET = "s3cret-webhook"
    url = "/helpdesk/inkomend/"
    raw = eml("plain.eml")
    assert client.post(url, raw, content_type="message/rfc822").status_code == 401
    wrong = client.post(
        url, raw, content_type="message/rfc822", headers={"Authorization": "Bearer nope"}
    )
    assert wrong.status_code == 401
    assert RawMessage.objects.count() == 0
    response = client.post(
        url, raw, content_type="message/rfc822", headers={"Authorization": "Bearer s3cret-webhook"}
    )
    assert response.status_code == 200
    assert response.json() == {"outcome": "ticket_created"}


def test_inbound_webhook_is_off_without_a_secret(settings, client: Client) -> None:
    settings.HELPDESK_INBOUND_SECRET = ""
    response = client.post(
        "/helpdesk/inkomend/",
        eml("plain.eml"),
        content_type="message/rfc822",
        headers={"Authorization": "Bearer "},
    )
    assert response.status_code == 401


def test_imap_poller_ingests_unseen_mail_and_marks_it_seen(settings, monkeypatch) -> None:
    from kennispunt.helpdesk import imap

    settings.HELPDESK_IMAP_URL = "imaps://helpdesk%40kennispunt.nl:geheim@imap.example.org/INBOX"
    calls: list[tuple] = []

    class FakeImap:
        def login(self, user: str, password: str) -> None:
            calls.append(("login", user, password))

        def select(self, mailbox: str) -> None:
            calls.append(("select", mailbox))

        def uid(self, command: str, *args: object) -> tuple[str, list]:
            calls.append((command, *args))
            if command == "SEARCH":
                return "OK", [b"7"]
            if command == "FETCH":
                return "OK", [(b"7 (BODY[] {100}", eml("plain.eml")), b")"]
            return "OK", []

        def logout(self) -> None:
            calls.append(("logout",))

    monkeypatch.setattr(imap, "_connect", lambda config: FakeImap())
    assert imap.poll() == 1
    assert ("login", "helpdesk@kennispunt.nl", "geheim") in calls
    assert ("STORE", "7", "+FLAGS", "(\\Seen)") in calls
    assert Ticket.objects.get().subject == "Hoe schrijven we ons in voor de verkiezingen?"


def test_anymail_inbound_signal_goes_through_the_same_ingest(committed) -> None:
    from anymail.inbound import AnymailInboundMessage
    from anymail.signals import AnymailInboundEvent, inbound

    message = AnymailInboundMessage.parse_raw_mime_bytes(eml("plain.eml"))
    event = AnymailInboundEvent(event_type="inbound", message=message)
    responses = committed(inbound.send, sender=object, event=event, esp_name="Mailgun")
    results = [r for _receiver, r in responses if r is not None]
    assert [r.outcome for r in results] == [IngestOutcome.TICKET_CREATED]
    assert results[0].raw.channel_hint == "anymail-mailgun"
    assert Ticket.objects.get().subject == "Hoe schrijven we ons in voor de verkiezingen?"
    assert len(mail.outbox) == 1


def test_anymail_webhook_urls_do_not_exist_without_a_secret(client: Client) -> None:
    from django.conf import settings

    assert not settings.ANYMAIL.get("WEBHOOK_SECRET")
    response = client.post("/anymail/mailgun/inbound_mime/", {"body-mime": "x"})
    assert response.status_code == 404
    assert RawMessage.objects.count() == 0


@pytest.mark.urls("kennispunt_testing.anymail_urls")
def test_anymail_mailgun_webhook_needs_basic_auth_and_signature(
    settings, client: Client, committed
) -> None:
    import base64
    import hashlib
    import hmac

    settings.ANYMAIL = {"WEBHOOK_SECRET": "mailgun:geheim", "MAILGUN_WEBHOOK_SIGNING_KEY": "key-1"}
    url = "/anymail/mailgun/inbound_mime/"
    signature = hmac.new(b"key-1", b"1700000000tok", hashlib.sha256).hexdigest()
    data = {
        "body-mime": eml("plain.eml").decode(),
        "timestamp": "1700000000",
        "token": "tok",
        "signature": signature,
    }
    good_auth = {"Authorization": "Basic " + base64.b64encode(b"mailgun:geheim").decode()}
    bad_auth = {"Authorization": "Basic " + base64.b64encode(b"mailgun:fout").decode()}

    assert client.post(url, data).status_code == 400  # no basic auth
    assert client.post(url, data, headers=bad_auth).status_code == 400
    forged = {**data, "signature": "0" * 64}
    assert client.post(url, forged, headers=good_auth).status_code == 400
    assert RawMessage.objects.count() == 0

    response = committed(client.post, url, data, headers=good_auth)
    assert response.status_code == 200
    assert Ticket.objects.get().subject == "Hoe schrijven we ons in voor de verkiezingen?"


def test_nul_characters_are_removed_so_every_database_can_store_the_text(committed) -> None:
    raw = (
        eml("plain.eml")
        .replace(b"Beste helpdesk,", b"Beste\x00 helpdesk,")
        .replace(b"Subject: Hoe", b"Subject: \x00Hoe")
    )
    result = committed(ingest_message, raw)
    assert result.outcome == IngestOutcome.TICKET_CREATED
    assert result.ticket is not None and "\x00" not in result.ticket.subject
    assert "Beste helpdesk," in result.ticket.messages.get(kind=Kind.QUESTION).body


def test_a_mail_delivered_twice_is_filed_once(committed) -> None:
    raw = eml("plain.eml")
    first = committed(ingest_message, raw)
    again = committed(ingest_message, raw, channel_hint="webhook")

    assert first.outcome == IngestOutcome.TICKET_CREATED
    assert again.outcome == IngestOutcome.DUPLICATE
    assert again.ticket is None
    assert Ticket.objects.count() == 1
    assert len(mail.outbox) == 1  # one acknowledgement
    assert RawMessage.objects.count() == 2  # both copies are still kept


def test_two_processes_filing_the_same_mail_at_once_file_it_once(committed, monkeypatch) -> None:
    # The second process checked before the first had filed: the database constraint decides.
    raw = eml("plain.eml")
    committed(ingest_message, raw)
    monkeypatch.setattr("kennispunt.helpdesk.ingest._already_filed", lambda message_id: False)
    again = committed(ingest_message, raw)

    assert again.outcome == IngestOutcome.DUPLICATE
    assert Ticket.objects.count() == 1
    assert len(mail.outbox) == 1


def test_mails_without_message_id_are_not_duplicates(committed) -> None:
    raw = eml("missing_headers.eml")
    assert b"Message-ID" not in raw
    outcomes = [committed(ingest_message, raw).outcome for _ in range(2)]
    assert outcomes == [IngestOutcome.TICKET_CREATED] * 2
