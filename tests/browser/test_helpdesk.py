"""End to end: a member asks the helpdesk a question; staff answer; the member gets the answer by
e-mail (real SMTP sink), replies by e-mail (the raw reply goes through the same ingest function
the IMAP poller, the command and the webhook use); staff close the ticket; the member rates it.
"""

import re
from email.message import EmailMessage
from typing import Any

import pytest
from axe import axe_check
from flows import login, logout, main_menu_link
from mailsink import SmtpSink, message_text
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

MEMBER_EMAIL = "raadslid@example.org"
MEMBER_PASSWORD = "Lokaal-Betrokken-2026!"
STAFF_EMAIL = "helpdesk@example.org"
STAFF_PASSWORD = "Helpdesk-Sterk-Wachtwoord-9"
TOTP_SECRET = "JBSWY3DPEHPK3PXP"
PARTY_NAME = "Samen Lokaal Amersfoort"
SUBJECT = "Hoeveel ondersteuners heeft onze kandidatenlijst nodig?"


def create_people() -> None:
    from allauth.account.models import EmailAddress
    from allauth.mfa.totp.internal.auth import TOTP
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from kennispunt.accounts.models import User
    from kennispunt.parties.models import Membership, MembershipStatus, Municipality, Party

    municipality, _ = Municipality.objects.get_or_create(
        cbs_code="GM0307",
        defaults={"name": "Amersfoort", "slug": "amersfoort", "province": "Utrecht"},
    )
    party = Party.objects.create(name=PARTY_NAME, slug="samen-lokaal-amersfoort")
    party.municipalities.add(municipality)
    member = User.objects.create_user(
        email=MEMBER_EMAIL, password=MEMBER_PASSWORD, first_name="Sanne"
    )
    EmailAddress.objects.create(user=member, email=MEMBER_EMAIL, verified=True, primary=True)
    Membership.objects.create(
        user=member,
        party=party,
        status=MembershipStatus.VERIFIED,
        consent_given_at=timezone.now(),
        consent_text="test",
        decided_at=timezone.now(),
    )
    staff = User.objects.create_user(email=STAFF_EMAIL, password=STAFF_PASSWORD, first_name="Mo")
    staff.groups.add(Group.objects.get(name="helpdeskmedewerker"))
    EmailAddress.objects.create(user=staff, email=STAFF_EMAIL, verified=True, primary=True)
    TOTP.activate(staff, TOTP_SECRET)


def reply_by_email(answer: EmailMessage, text: str) -> bytes:
    reply = EmailMessage()
    reply["From"] = f"Sanne <{MEMBER_EMAIL}>"
    reply["To"] = str(answer["Reply-To"])
    reply["Subject"] = f"Re: {answer['Subject']}"
    reply["Message-ID"] = "<antwoord-van-sanne@example.org>"
    reply["In-Reply-To"] = str(answer["Message-ID"])
    reply["References"] = str(answer["Message-ID"])
    quoted = "\n".join(f"> {line}" for line in message_text(answer).splitlines())
    reply.set_content(f"{text}\n\n{quoted}\n")
    return reply.as_bytes()


@pytest.mark.django_db(transaction=True)
def test_member_asks_staff_answer_member_replies_by_mail_staff_close_member_rates(
    page: Page, smtp_sink: SmtpSink, live_server: Any, site_pages: Any, settings: Any
) -> None:
    from kennispunt.helpdesk.ingest import ingest_message
    from kennispunt.helpdesk.models import IngestOutcome, Ticket

    settings.SITE_URL = live_server.url  # links in e-mails point at this test server
    create_people()

    # The member finds the helpdesk in the main navigation and asks a question.
    login(page, MEMBER_EMAIL, MEMBER_PASSWORD)
    main_menu_link(page, "Helpdesk").click()
    expect(page.get_by_role("heading", level=1, name="Helpdesk")).to_be_visible()
    axe_check(page, context_label="helpdesk")
    page.get_by_role("link", name="Stel uw vraag").click()
    axe_check(page, context_label="vraag stellen")
    page.get_by_label("Onderwerp").fill(SUBJECT)
    page.get_by_label("Uw vraag").fill(
        "We doen in maart voor het eerst mee. Hoeveel handtekeningen?"
    )
    page.get_by_label("Voor welke partij stelt u de vraag?").select_option(label=PARTY_NAME)
    page.get_by_role("button", name="Vraag versturen").click()
    expect(page.get_by_role("heading", level=1, name=SUBJECT)).to_be_visible()
    axe_check(page, context_label="vraag (vrager)")
    smtp_sink.wait_for_mail(MEMBER_EMAIL, subject_contains="We hebben uw vraag ontvangen")
    ticket = Ticket.objects.get()
    logout(page)

    # Staff answer it from the queue.
    login(page, STAFF_EMAIL, STAFF_PASSWORD, totp_secret=TOTP_SECRET)
    page.goto("/helpdesk/beheer/")
    axe_check(page, context_label="helpdeskbeheer")
    page.get_by_role("link", name=SUBJECT).click()
    axe_check(page, context_label="vraag (medewerker)")
    page.get_by_role("radio", name=re.compile("Antwoord aan de vrager")).check()
    page.get_by_label("Tekst", exact=True).fill(
        "Voor een nieuwe partij in een gemeente als Amersfoort zijn 30 ondersteuners nodig."
    )
    page.get_by_role("button", name="Opslaan en versturen").click()
    expect(page.get_by_text("Uw bericht is opgeslagen.")).to_be_visible()

    # The member gets the answer by e-mail and replies to it by e-mail.
    answer = smtp_sink.wait_for_mail(MEMBER_EMAIL, subject_contains="Antwoord op uw vraag")
    assert "30 ondersteuners" in message_text(answer)
    assert str(answer["Reply-To"]) == f"helpdesk+{ticket.token}@kennispunt.nl"
    result = ingest_message(
        reply_by_email(answer, "Dank u! Moeten die handtekeningen in het gemeentehuis?"),
        channel_hint="webhook",
    )
    assert result.outcome == IngestOutcome.REPLY_ADDED
    assert result.ticket == ticket

    # The reply is on the ticket; staff close it.
    page.reload()
    expect(page.get_by_text("Moeten die handtekeningen in het gemeentehuis?")).to_be_visible()
    page.get_by_label("Status", exact=True).select_option(label="Gesloten")
    page.get_by_role("button", name="Bijwerken").click()
    expect(page.get_by_text("De vraag is bijgewerkt.")).to_be_visible()
    logout(page)

    # The closing e-mail asks one question; the member rates without logging in.
    closing = smtp_sink.wait_for_mail(MEMBER_EMAIL, subject_contains="afgehandeld")
    rating_url = smtp_sink.first_url(closing, r"/helpdesk/beoordelen/")
    good = next(
        line.split(": ", 1)[1]
        for line in message_text(closing).splitlines()
        if line.startswith("Zeer tevreden:")
    )
    assert good.startswith(live_server.url) and rating_url.startswith(live_server.url)
    page.goto(good)
    expect(page.get_by_role("radio", name="Zeer tevreden")).to_be_checked()
    axe_check(page, context_label="beoordelen")
    page.get_by_role("button", name="Oordeel versturen").click()
    expect(page.get_by_role("heading", level=1, name="Bedankt voor uw oordeel")).to_be_visible()
    ticket.refresh_from_db()
    assert ticket.rating == 5
    assert ticket.status == "gesloten"


QUESTION = "Mag een wethouder op onze kandidatenlijst?"
CANNED = "Een wethouder mag op de kandidatenlijst staan.\n\n"


@pytest.fixture
def knowledge(site_pages: Any) -> None:
    """The Dutch demo knowledge base, indexed for search, visible to the live server."""
    from django.core.management import call_command

    from kennispunt.demo.knowledge import build_knowledge

    build_knowledge()
    call_command("update_index", verbosity=0)


@pytest.mark.django_db(transaction=True)
def test_member_asks_agent_takes_it_inserts_canned_answer_and_link_replies_and_solves(
    page: Page, smtp_sink: SmtpSink, live_server: Any, knowledge: None
) -> None:
    from kennispunt.accounts.models import User
    from kennispunt.helpdesk.models import CannedAnswer, Kind, Ticket

    create_people()
    CannedAnswer.objects.create(title="Wethouder op de lijst", body=CANNED)

    # The member types a question as a sentence: articles are suggested; their only party is
    # already chosen, so the first submit goes through.
    login(page, MEMBER_EMAIL, MEMBER_PASSWORD)
    page.goto("/helpdesk/vraag-stellen/")
    page.get_by_label("Onderwerp").fill(QUESTION)
    suggestions = page.locator("#kennispunt-suggestions")
    expect(
        suggestions.get_by_role("heading", name="Misschien staat het antwoord hier al")
    ).to_be_visible()
    expect(suggestions.get_by_role("link").first).to_be_visible()
    expect(page.get_by_label("Voor welke partij stelt u de vraag?")).to_have_value(
        str(User.objects.get(email=MEMBER_EMAIL).memberships.get().party_id)
    )
    axe_check(page, context_label="vraag stellen met suggesties")
    page.get_by_label("Uw vraag").fill("Onze wethouder wil weer meedoen. Kan dat?")
    page.get_by_role("button", name="Vraag versturen").click()
    expect(page.get_by_role("heading", level=1, name=QUESTION)).to_be_visible()
    ticket = Ticket.objects.get()
    # The agent hears of it by e-mail.
    notice = smtp_sink.wait_for_mail(STAFF_EMAIL, subject_contains="Nieuwe vraag")
    assert ticket.get_staff_url() in message_text(notice)
    logout(page)

    # The agent opens it from the queue and takes it.
    login(page, STAFF_EMAIL, STAFF_PASSWORD, totp_secret=TOTP_SECRET)
    page.goto("/helpdesk/beheer/")
    page.get_by_role("link", name=QUESTION).click()
    expect(page).to_have_url(re.compile(re.escape(ticket.get_staff_url()) + "$"))
    page.get_by_role("button", name="Aan mij toewijzen").click()
    expect(page.get_by_text("De vraag is aan u toegewezen.")).to_be_visible()
    axe_check(page, context_label="vraag (medewerker) met hulpmiddelen")

    # Typed text first; the canned answer goes in where the cursor is, not over it.
    text = page.get_by_label("Tekst", exact=True)
    text.fill("Beste Sanne,\n\nGroet, Mo")
    text.evaluate("(area) => area.setSelectionRange(14, 14)")
    page.get_by_label(re.compile(r"^Standaardantwoord")).select_option(
        label="Wethouder op de lijst"
    )
    page.get_by_role("button", name="Standaardantwoord invoegen").click()
    expect(text).to_have_value(f"Beste Sanne,\n\n{CANNED}Groet, Mo")

    # The article picker searches the knowledge base and puts title and link at the cursor.
    page.get_by_label("Artikel zoeken in de kennisbank").fill("kandidatenlijst")
    page.get_by_role("button", name="Artikel zoeken").click()
    page.get_by_role(
        "button", name=re.compile(r"^Link invoegen\s*: Hoe stel ik een kandidatenlijst op\?$")
    ).click()
    link = f"Hoe stel ik een kandidatenlijst op?: {live_server.url}/kennis/"
    expect(text).to_have_value(
        re.compile(re.escape(f"Beste Sanne,\n\n{CANNED}{link}") + r".*Groet, Mo$", re.S)
    )
    axe_check(page, context_label="vraag (medewerker) met gevonden artikelen")

    # Answer and solve in one submit.
    page.get_by_label("Status daarna").select_option(label="Opgelost")
    page.get_by_role("button", name="Opslaan en versturen").click()
    expect(page.get_by_text("Uw bericht is opgeslagen.")).to_be_visible()
    ticket.refresh_from_db()
    assert ticket.status == "opgelost"
    assert ticket.assignee == User.objects.get(email=STAFF_EMAIL)
    body = ticket.messages.get(kind=Kind.ANSWER).body.replace("\r\n", "\n")
    assert body.startswith(f"Beste Sanne,\n\n{CANNED.strip()}")
    assert link in body and body.endswith("Groet, Mo")
    mailed = smtp_sink.wait_for_mail(MEMBER_EMAIL, subject_contains="Antwoord op uw vraag")
    assert link in message_text(mailed)
    smtp_sink.wait_for_mail(MEMBER_EMAIL, subject_contains="afgehandeld")
