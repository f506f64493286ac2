"""End to end: a member signs up for a full-but-one training, sees "Zet in uw agenda" (a .ics
download, Google and Outlook), gets the confirmation e-mail with a calendar file, sees "U bent
aangemeld" on the session page and cancels there, and the first on the waiting list is offered
the seat by e-mail. An attended participant downloads a certificate of attendance."""

import io
import re
from datetime import UTC, timedelta
from typing import Any

import pytest
from axe import axe_check
from flows import login
from icalendar import Calendar
from mailsink import SmtpSink, message_text
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

MEMBER_EMAIL = "lid-a@example.org"
WAITING_EMAIL = "wachtende@example.org"
TITLE = "Campagne voeren met weinig geld"


def ics_attachment(message: Any) -> Calendar:
    for part in message.iter_attachments():
        if part.get_content_type() == "text/calendar":
            payload = part.get_payload(decode=True)
            return Calendar.from_ical(payload)
    raise AssertionError(f"No .ics attached to {message['Subject']!r}")


@pytest.mark.django_db(transaction=True)
def test_sign_up_get_ics_cancel_and_waiting_list_is_promoted(
    page: Page, smtp_sink: SmtpSink, live_server: Any, site_pages: Any
) -> None:
    from kennispunt.trainings import services
    from kennispunt.trainings.models import SignUp, SignUpStatus
    from kennispunt_testing.trainings import make_session, make_training
    from kennispunt_testing.world import TEST_PASSWORD, make_membership, make_party, make_user

    party = make_party("Lokaal Belang A", "lokaal-belang-a")
    member = make_user(MEMBER_EMAIL, first_name="Anna")
    make_membership(member, party)
    colleague = make_user("bestuur-a@example.org", first_name="Bram")
    make_membership(colleague, party)
    session = make_session(make_training(), capacity=2)
    services.signup_create(
        session_id=session.pk,
        party=party,
        data=services.SignUpData(name="Eerste", email="eerste@example.org"),
        signed_up_by=colleague,
    )

    page.goto("/trainingen/")
    expect(page.get_by_role("heading", level=1, name="Trainingen")).to_be_visible()
    axe_check(page, context_label="trainingen: agenda")
    page.get_by_role("link", name=TITLE).click()
    axe_check(page, context_label="trainingen: sessie")
    page.get_by_role("link", name="Meer over deze training").click()
    expect(page.get_by_role("heading", level=1, name=TITLE)).to_be_visible()
    axe_check(page, context_label="trainingen: training")

    login(page, MEMBER_EMAIL, TEST_PASSWORD)
    page.goto(session.get_absolute_url())
    page.get_by_role("link", name="Aanmelden").click()
    axe_check(page, context_label="trainingen: aanmelden")
    page.get_by_label("Dieetwensen").fill("vegetarisch")
    page.locator("main form").get_by_role("button", name="Aanmelden").click()
    expect(page).to_have_url(re.compile(r"/trainingen/aanmelding/\d+/$"))
    expect(page.get_by_role("heading", level=1, name="U bent aangemeld")).to_be_visible()
    expect(page.get_by_role("heading", level=2, name="Zet in uw agenda")).to_be_visible()
    axe_check(page, context_label="trainingen: aangemeld, zet in uw agenda")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    # "Zet in uw agenda": the .ics file, Google Agenda and Outlook, all for this session.
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("Agendabestand downloaden")).click()
    with open(download_info.value.path(), "rb") as ics:
        (downloaded,) = Calendar.from_ical(ics.read()).walk("VEVENT")
    assert downloaded.decoded("dtstart") == session.starts_at
    assert str(downloaded["SUMMARY"]) == TITLE
    google = page.get_by_role("link", name="Google Agenda").get_attribute("href") or ""
    assert google.startswith("https://calendar.google.com/calendar/render?action=TEMPLATE")
    assert session.starts_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") in google
    outlook = page.get_by_role("link", name="Outlook.com of Microsoft 365").get_attribute("href")
    assert (outlook or "").startswith("https://outlook.live.com/calendar/0/deeplink/compose?")
    expect(page.get_by_role("link", name="Meld een collega aan")).to_be_visible()

    # The confirmation arrives over SMTP with a calendar file at the right time.
    confirmation = smtp_sink.wait_for_mail(MEMBER_EMAIL, subject_contains="Aangemeld")
    assert TITLE in message_text(confirmation)
    (event,) = ics_attachment(confirmation).walk("VEVENT")
    assert event.decoded("dtstart") == session.starts_at
    assert str(event["SUMMARY"]) == TITLE

    # The training is now full: the next person joins the waiting list.
    services.signup_create(
        session_id=session.pk,
        party=party,
        data=services.SignUpData(name="Wachtende", email=WAITING_EMAIL),
        signed_up_by=colleague,
    )
    smtp_sink.wait_for_mail(WAITING_EMAIL, subject_contains="wachtlijst")

    # The session page says where the member stands, with cancel; a colleague apart.
    page.locator(".kennispunt-lead").get_by_role("link", name=TITLE).click()
    expect(page).to_have_url(re.compile(rf"/trainingen/sessie/{session.pk}/$"))
    expect(page.get_by_role("heading", level=2, name="U bent aangemeld")).to_be_visible()
    expect(page.get_by_role("link", name="Meld een collega aan")).to_be_visible()
    axe_check(page, context_label="trainingen: sessie, u bent aangemeld")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    # The member cancels there; the first on the waiting list is offered the seat.
    page.get_by_role("button", name="Afmelden").click()
    expect(page).to_have_url(re.compile(rf"/trainingen/sessie/{session.pk}/$"))
    expect(page.get_by_text("U bent afgemeld.")).to_be_visible()
    expect(page.get_by_role("heading", name="U bent aangemeld")).to_have_count(0)
    offer = smtp_sink.wait_for_mail(WAITING_EMAIL, subject_contains="Er is een plaats vrij")
    assert "Bevestig uw plaats" in message_text(offer)
    assert SignUp.objects.get(email=WAITING_EMAIL).status == SignUpStatus.OFFERED
    assert SignUp.objects.get(email=MEMBER_EMAIL).status == SignUpStatus.CANCELLED


@pytest.mark.django_db(transaction=True)
def test_attended_participant_downloads_a_certificate(
    page: Page, live_server: Any, site_pages: Any
) -> None:
    from django.utils import timezone
    from pypdf import PdfReader

    from kennispunt.trainings import services
    from kennispunt_testing.trainings import make_session, make_training
    from kennispunt_testing.world import TEST_PASSWORD, make_membership, make_party, make_user

    party = make_party("Lokaal Belang A", "lokaal-belang-a")
    member = make_user(MEMBER_EMAIL, first_name="Anna")
    make_membership(member, party)
    session = make_session(make_training(), materials="Presentatie https://example.org/dia.pdf")
    signup = services.signup_create(
        session_id=session.pk,
        party=party,
        data=services.SignUpData(name="Anna de Vries", email=MEMBER_EMAIL),
        signed_up_by=member,
        user=member,
    )
    session.starts_at = timezone.now() - timedelta(days=2, hours=3)
    session.ends_at = timezone.now() - timedelta(days=2)
    session.save(update_fields=["starts_at", "ends_at"])
    services.attendance_record(session=session, present_ids={signup.pk}, by=None)

    login(page, MEMBER_EMAIL, TEST_PASSWORD)
    page.goto(session.get_absolute_url())
    expect(page.get_by_role("heading", level=2, name="U bent aangemeld")).to_be_visible()
    expect(page.get_by_role("link", name="Presentatie")).to_be_visible()
    axe_check(page, context_label="trainingen: sessie na afloop, materiaal en bewijs")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Bewijs van deelname downloaden (pdf)").click()
    with open(download_info.value.path(), "rb") as pdf:
        content = pdf.read()
    assert content.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(content))
    words = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Bewijs van deelname" in words
    assert "Anna de Vries" in words
    assert TITLE in words


@pytest.mark.django_db(transaction=True)
def test_no_longer_interested_from_the_waiting_list_mail(
    page: Page, smtp_sink: SmtpSink, live_server: Any, site_pages: Any
) -> None:
    from kennispunt.trainings import services
    from kennispunt.trainings.models import SignUp, SignUpStatus
    from kennispunt_testing.trainings import make_session, make_training
    from kennispunt_testing.world import make_membership, make_party, make_user

    party = make_party("Lokaal Belang A", "lokaal-belang-a")
    board = make_user("bestuur-a@example.org", first_name="Bram")
    make_membership(board, party)
    session = make_session(make_training(), capacity=1)
    for name, email in (("Eerste", "eerste@example.org"), ("Wachtende", WAITING_EMAIL)):
        services.signup_create(
            session_id=session.pk,
            party=party,
            data=services.SignUpData(name=name, email=email),
            signed_up_by=board,
        )
    waiting_mail = smtp_sink.wait_for_mail(WAITING_EMAIL, subject_contains="wachtlijst")
    found = re.search(r"https?://\S+/trainingen/wachtlijst/\S+/", message_text(waiting_mail))
    assert found, message_text(waiting_mail)

    page.goto(found.group(0))
    expect(page.get_by_role("heading", level=1, name="Niet meer geïnteresseerd")).to_be_visible()
    axe_check(page, context_label="trainingen: niet meer geïnteresseerd")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_role("button", name="Ja, haal mij van de wachtlijst").click()
    expect(
        page.get_by_role("heading", level=1, name="U staat niet meer op de wachtlijst")
    ).to_be_visible()
    assert SignUp.objects.get(email=WAITING_EMAIL).status == SignUpStatus.CANCELLED
