"""End to end: a member signs up for a full-but-one training, gets the confirmation e-mail with
a calendar file, cancels, and the first on the waiting list is offered the seat by e-mail."""

import re
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
    expect(page.get_by_text("Aangemeld. U krijgt een bevestiging")).to_be_visible()
    axe_check(page, context_label="trainingen: mijn trainingen")

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

    # The member cancels; the first on the waiting list is offered the seat.
    page.reload()
    page.get_by_role("button", name=re.compile("Afmelden")).click()
    expect(page.get_by_text("U bent afgemeld.")).to_be_visible()
    offer = smtp_sink.wait_for_mail(WAITING_EMAIL, subject_contains="Er is een plaats vrij")
    assert "Bevestig uw plaats" in message_text(offer)
    assert SignUp.objects.get(email=WAITING_EMAIL).status == SignUpStatus.OFFERED
    assert SignUp.objects.get(email=MEMBER_EMAIL).status == SignUpStatus.CANCELLED
