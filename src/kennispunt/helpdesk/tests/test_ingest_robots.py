"""Mail from robots and lists: bounces, mailing-list posts, vacation replies and read receipts.

Every file under mail/bounce, mail/list and mail/auto_reply is shaped after the real thing
(Postfix, Exim, qmail, Exchange Online, Outlook.com, Gmail, Mailman 2 and 3, Google Groups,
Majordomo, a newsletter service, Outlook/Exchange, Gmail, Dovecot Sieve and Zimbra vacation
replies, a Thunderbird read receipt). Each is stored byte for byte, gets its own outcome, and is
never answered or filed as a question.
"""

from pathlib import Path

import pytest
from django.core import mail

from kennispunt.core.audit import entries_for
from kennispunt.helpdesk import services
from kennispunt.helpdesk.ingest import ingest_message
from kennispunt.helpdesk.models import Channel, Kind, Status, Ticket, TicketMessage
from kennispunt_testing.access import client_for
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db

MAIL = Path(__file__).parent / "mail"

# The token and the answer's Message-ID that several files refer to (see the files).
TOKEN = "3f9c2a71b8d04e6a5c1f7e20"
OWN_ANSWER = "<177314472301.20418.6630497720384518857@kennispunt.nl>"

# file -> (outcome, Message-ID of our answer in the file, whether that answer becomes undeliverable)
ROBOTS: dict[str, tuple[str, str, bool]] = {
    "bounce/postfix_user_unknown.eml": ("bounce", "", False),
    "bounce/postfix_own_answer.eml": ("bounce", OWN_ANSWER, True),
    "bounce/exim_retry_timeout.eml": ("bounce", "", False),
    "bounce/exim_legacy_inline_copy.eml": (
        "bounce",
        "<177340118866.20511.9025513348760014437@kennispunt.nl>",
        True,
    ),
    "bounce/exchange_online_ndr.eml": (
        "bounce",
        "<177322904512.20433.1184467203557716120@kennispunt.nl>",
        True,
    ),
    "bounce/qmail_failure_notice.eml": ("bounce", "", False),
    "bounce/gmail_address_not_found.eml": (
        "bounce",
        "<177360045390.20677.7702295813364410286@kennispunt.nl>",
        True,
    ),
    # A delay warning is a bounce too, but the answer may still arrive.
    "bounce/gmail_delayed.eml": (
        "bounce",
        "<177351200147.20602.4471093815529936021@kennispunt.nl>",
        False,
    ),
    "bounce/outlook_com_mailbox_full.eml": ("bounce", "", False),
    "list/mailman2_post.eml": ("list", "", False),
    "list/mailman3_post.eml": ("list", "", False),
    "list/google_groups.eml": ("list", "", False),
    "list/newsletter_list_unsubscribe.eml": ("list", "", False),
    "list/majordomo_precedence_junk.eml": ("list", "", False),
    # Replies to the answer, at the ticket's own reply address: still never filed or answered.
    "auto_reply/exchange_online_oof.eml": ("auto_reply", OWN_ANSWER, False),
    "auto_reply/thunderbird_read_receipt.eml": ("auto_reply", OWN_ANSWER, False),
    "auto_reply/gmail_vacation_responder.eml": ("auto_reply", "", False),
    "auto_reply/dovecot_sieve_vacation.eml": ("auto_reply", "", False),
    "auto_reply/zimbra_vacation.eml": ("auto_reply", "", False),
}


def test_the_corpus_table_lists_every_file() -> None:
    on_disk = {
        str(path.relative_to(MAIL))
        for folder in ("bounce", "list", "auto_reply")
        for path in (MAIL / folder).glob("*.eml")
    }
    assert on_disk == set(ROBOTS)


@pytest.fixture
def answered(world: World, committed) -> TicketMessage:
    """A ticket waiting on its asker, with the answer the mail above refers to."""
    ticket = committed(
        services.ticket_create,
        subject="Kandidatenlijst inleveren",
        body="Wanneer moet de lijst binnen zijn?",
        channel=Channel.WEB,
        asker=world.user(Role.MEMBER_A),
        party=world.party_a,
    )
    Ticket.objects.filter(pk=ticket.pk).update(token=TOKEN)
    ticket.refresh_from_db()
    answer = committed(
        services.ticket_reply,
        ticket=ticket,
        author=world.user(Role.HELPDESKMEDEWERKER),
        body="Op de dag van kandidaatstelling.",
        kind=Kind.ANSWER,
    )
    mail.outbox.clear()
    return answer


@pytest.mark.parametrize("name", sorted(ROBOTS))
def test_robot_and_list_mail_is_kept_and_never_answered(
    name: str, answered: TicketMessage, committed
) -> None:
    outcome, answer_id, undeliverable = ROBOTS[name]
    if answer_id:
        TicketMessage.objects.filter(pk=answered.pk).update(email_message_id=answer_id)
    ticket = answered.ticket
    messages_before = ticket.messages.count()
    raw = (MAIL / name).read_bytes()

    result = committed(ingest_message, raw, channel_hint="test")

    assert result.outcome == outcome
    with result.raw.file.open("rb") as stored:
        assert stored.read() == raw
    assert mail.outbox == []  # no acknowledgement: no backscatter, no loop
    assert Ticket.objects.count() == 1  # nothing filed as a new question
    ticket.refresh_from_db()
    assert ticket.status == Status.WAITING  # not reopened
    assert ticket.messages.count() == messages_before
    answered.refresh_from_db()
    assert (answered.undeliverable_at is not None) is undeliverable
    assert result.ticket == (ticket if undeliverable else None)


def test_a_bounce_of_our_answer_is_shown_to_staff_and_logged(
    world: World, answered: TicketMessage, committed
) -> None:
    TicketMessage.objects.filter(pk=answered.pk).update(email_message_id=OWN_ANSWER)
    committed(ingest_message, (MAIL / "bounce/postfix_own_answer.eml").read_bytes())

    answered.refresh_from_db()
    assert answered.undeliverable_at is not None
    assert "5.2.2" in answered.undeliverable_reason
    ticket = answered.ticket
    logged = [entry.action for entry in entries_for(ticket)]
    assert "helpdesk.answer_undeliverable" in logged
    staff_page = client_for(world, Role.HELPDESKMEDEWERKER).get(ticket.get_staff_url())
    html = staff_page.content.decode()
    assert "Niet bezorgd" in html
    assert "Mailbox full" in html
    queue = client_for(world, Role.HELPDESKMEDEWERKER).get("/helpdesk/beheer/")
    assert "Antwoord niet bezorgd" in queue.content.decode()
    # The asker's own page does not show it: it is a note for staff.
    asker_page = client_for(world, Role.MEMBER_A).get(ticket.get_absolute_url())
    assert "Niet bezorgd" not in asker_page.content.decode()
    # The reason names the address; it goes when the ticket is anonymised.
    services.ticket_anonymise(ticket=ticket)
    answered.refresh_from_db()
    assert answered.undeliverable_reason == ""


def test_a_second_bounce_of_the_same_answer_changes_nothing(
    answered: TicketMessage, committed
) -> None:
    TicketMessage.objects.filter(pk=answered.pk).update(email_message_id=OWN_ANSWER)
    raw = (MAIL / "bounce/postfix_own_answer.eml").read_bytes()
    committed(ingest_message, raw)
    answered.refresh_from_db()
    first = answered.undeliverable_at

    again = committed(ingest_message, raw)

    assert again.outcome == "bounce"
    answered.refresh_from_db()
    assert answered.undeliverable_at == first
    logged = [e.action for e in entries_for(answered.ticket)]
    assert logged.count("helpdesk.answer_undeliverable") == 1


def test_a_bounce_cannot_mark_a_question_from_the_asker(
    world: World, answered: TicketMessage, committed
) -> None:
    """Only mail we sent can bounce back to us: a matching id on an incoming message is ignored."""
    question = answered.ticket.messages.get(kind=Kind.QUESTION)
    TicketMessage.objects.filter(pk=question.pk).update(email_message_id=OWN_ANSWER)

    result = committed(ingest_message, (MAIL / "bounce/postfix_own_answer.eml").read_bytes())

    assert result.outcome == "bounce"
    question.refresh_from_db()
    assert question.undeliverable_at is None


@pytest.mark.parametrize(
    "sender",
    ["MAILER-DAEMON@mx.example.org", "Mailer-Daemon@mx.example.org", "POSTMASTER@example.org"],
)
def test_mail_from_a_mailer_daemon_or_postmaster_is_a_bounce_in_any_case(
    sender: str, committed
) -> None:
    raw = (
        f"From: Mail Delivery System <{sender}>\n"
        "To: helpdesk@kennispunt.nl\n"
        "Subject: Returned mail: see transcript for details\n"
        "Message-ID: <bounce-case@mx.example.org>\n"
        "\n"
        "The original message was received but could not be delivered.\n"
    ).encode()
    result = committed(ingest_message, raw)
    assert result.outcome == "bounce"
    assert mail.outbox == []


@pytest.mark.parametrize(
    "header",
    [
        "X-Failed-Recipients: iemand@example.org",
        "List-Id: <leden.lists.example.org>",
        "List-Unsubscribe: <mailto:leave@lists.example.org>",
        "Precedence: list",
        "Precedence: JUNK",
    ],
)
def test_one_header_is_enough_to_set_mail_aside(header: str, committed) -> None:
    raw = (
        "From: Iemand <iemand@example.org>\n"
        "To: helpdesk@kennispunt.nl\n"
        "Subject: Een bericht\n"
        f"{header}\n"
        "\n"
        "Tekst.\n"
    ).encode()
    result = committed(ingest_message, raw)
    assert result.outcome == ("bounce" if header.startswith("X-Failed") else "list")
    assert result.ticket is None and mail.outbox == []
