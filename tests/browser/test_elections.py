"""The election planner on a phone: a board member opens the planner of their party, says it is a
new party, ticks a step, adds an internal milestone, gets the reminder e-mail over SMTP when the
reminder job runs, and the calendar feed parses."""

import re
import urllib.request
from datetime import timedelta
from typing import Any

import pytest
from axe import axe_check
from flows import login
from mailsink import SmtpSink, message_text
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PARTY_NAME = "Lokaal Belang Proefdorp"
BOARD_EMAIL = "secretaris@example.org"
MILESTONE = "Kandidatenlijst vastgesteld in de ALV"


@pytest.fixture
def planner_world(site_pages: Any) -> dict[str, Any]:
    from kennispunt.elections.models import CouncilSize, Election
    from kennispunt.parties.models import MembershipRole
    from kennispunt_testing.world import make_membership, make_party, make_user

    party = make_party(PARTY_NAME, "lokaal-belang-proefdorp", "GM0307")
    CouncilSize.objects.create(municipality=party.municipalities.get(), seats=19, source="test")
    board = make_user(BOARD_EMAIL, first_name="Sanne")
    make_membership(board, party, role=MembershipRole.BESTUURSLID)
    election = Election.objects.create(
        year=2030, title="Gemeenteraadsverkiezingen 2030", slug="gemeenteraad-2030"
    )
    return {"party": party, "board": board, "election": election}


def run_reminder_job() -> None:
    from kennispunt.core import periodic

    job = next(j for j in periodic.registered_jobs() if j.name == "elections.deadline_reminders")
    job.enqueue()


def test_board_member_plans_the_election_and_gets_a_reminder(
    page: Page, live_server: Any, smtp_sink: SmtpSink, planner_world: dict[str, Any]
) -> None:
    from django.utils import timezone
    from icalendar import Calendar

    from kennispunt_testing.world import TEST_PASSWORD

    login(page, BOARD_EMAIL, TEST_PASSWORD)
    page.goto("/verkiezingen/")
    axe_check(page, context_label="verkiezingen")
    page.get_by_role("link", name="Gemeenteraadsverkiezingen 2030").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gemeenteraadsverkiezingen 2030")
    expect(page.get_by_text("woensdag 20 maart 2030").first).to_be_visible()
    axe_check(page, context_label="verkiezing 2030")

    page.get_by_role("link", name=f"Planner van {PARTY_NAME}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Verkiezingsplanner van {PARTY_NAME}"
    )
    axe_check(page, context_label="planner (nieuw)")

    # The board says what applies: a new party whose name is not registered yet.
    page.get_by_role("radio", name="Wij doen voor het eerst mee").check()
    page.get_by_role("radio", name="Nee").check()
    page.get_by_role("button", name="Situatie opslaan").click()
    expect(page.get_by_text("U hebt 20 ondersteuningsverklaringen nodig.")).to_be_visible()
    expect(page.get_by_text("Waarborgsom: € 225.")).to_be_visible()

    # Tick a step.
    page.get_by_role(
        "button", name=re.compile(r"Afvinken als gedaan\W+Waarborgsom betalen")
    ).click()
    expect(page.locator("#stap-waarborgsom")).to_contain_text("Gedaan: afgevinkt door Sanne")

    # Add an internal milestone, due in a week, for themselves.
    due = timezone.localdate() + timedelta(days=7)
    page.get_by_label("Omschrijving").fill(MILESTONE)
    page.get_by_label("Uiterlijk op").fill(due.isoformat())
    page.get_by_label("Wie zorgt ervoor?").select_option(label="Sanne")
    page.get_by_role("button", name="Mijlpaal toevoegen").click()
    milestones = page.get_by_role("table", name="Mijlpalen van uw partij")
    expect(milestones.get_by_role("row", name=re.compile(MILESTONE))).to_contain_text("Sanne")
    axe_check(page, context_label="planner met mijlpaal")

    # The reminder job runs: the e-mail arrives over SMTP, once.
    run_reminder_job()
    message = smtp_sink.wait_for_mail(BOARD_EMAIL, subject_contains="Herinnering")
    text = message_text(message)
    assert MILESTONE in text
    assert "nog 7 dagen" in text
    run_reminder_job()
    assert len(smtp_sink.sent_to(BOARD_EMAIL)) == 1

    # The secret calendar link works without logging in and parses.
    expect(page.get_by_role("button", name=re.compile("Nieuwe link maken"))).to_be_visible()
    ical_url = (
        page.get_by_role("region", name="In uw eigen agenda").locator("code").inner_text().strip()
    )
    with urllib.request.urlopen(ical_url) as response:  # noqa: S310 (the live test server)
        calendar = Calendar.from_ical(response.read())
    summaries = {str(e["summary"]) for e in calendar.walk("VEVENT")}
    assert MILESTONE in summaries
    assert "Ondersteuningsverklaringen verzamelen" in summaries

    # The one-page checklist to print.
    page.get_by_role("link", name="Checklist om af te drukken").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Checklist")
    axe_check(page, context_label="checklist afdrukken")
