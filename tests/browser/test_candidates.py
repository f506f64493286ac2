"""The candidate pipeline on a phone: the committee adds three candidates, invites one, who fills
in the self-assessment and shares it; the committee nominates all three, records the ALV's
adoption, is stopped at "lijst gereed" by a missing H 9 consent with a Dutch message, and
downloads the list for OSV2020-PP, which parses. axe checks every page."""

import csv
import io
import re
from typing import Any

import pytest
from axe import axe_check
from flows import login, logout
from mailsink import SmtpSink, first_url
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PARTY = "Lokaal Belang Proefdorp"
BOARD_EMAIL = "secretaris@example.org"
CANDIDATE_EMAIL = "kandidaat@example.org"
BASE = "/verkiezingen/gemeenteraad-2030/partij/lokaal-belang-proefdorp/kandidaten/"


@pytest.fixture
def committee_world(site_pages: Any) -> None:
    from kennispunt.elections.models import Election
    from kennispunt.parties.models import MembershipRole
    from kennispunt_testing.world import make_membership, make_party, make_user

    party = make_party(PARTY, "lokaal-belang-proefdorp", "GM0307")
    board = make_user(BOARD_EMAIL, first_name="Sanne")
    make_membership(board, party, role=MembershipRole.BESTUURSLID)
    make_user(CANDIDATE_EMAIL, first_name="Karim")
    Election.objects.create(
        year=2030, title="Gemeenteraadsverkiezingen 2030", slug="gemeenteraad-2030"
    )


def add_candidate(page: Page, surname: str, initials: str, *, email: str = "", h9: bool) -> None:
    page.goto(BASE)
    form = page.locator("form", has=page.get_by_role("button", name="Kandidaat toevoegen"))
    form.get_by_label("Achternaam", exact=True).fill(surname)
    form.get_by_label("Voorletters", exact=True).fill(initials)
    form.get_by_label(re.compile(r"^Woonplaats")).fill("Amersfoort")
    if email:
        form.get_by_label(re.compile(r"^E-mailadres")).fill(email)
    if h9:
        form.get_by_label("Instemmingsverklaring (H 9) ontvangen").check()
    form.get_by_label("Kopie ID ontvangen, BSN afgeschermd").check()
    form.get_by_role("button", name="Kandidaat toevoegen").click()
    expect(page).to_have_url(re.compile(r"/kandidaten/\d+/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(surname)


def nominate(page: Page, surname: str) -> None:
    page.goto(BASE)
    page.get_by_role("link", name=re.compile(surname)).click()
    expect(page).to_have_url(re.compile(r"/kandidaten/\d+/$"))
    page.get_by_label("Nieuwe fase").select_option(label="Voorgedragen door de commissie")
    page.get_by_role("button", name="Fase opslaan").click()
    expect(page.get_by_text("De fase is aangepast.")).to_be_visible()


def test_committee_builds_a_list_ready_for_osv(
    page: Page, live_server: Any, smtp_sink: SmtpSink, committee_world: None
) -> None:
    from kennispunt_testing.world import TEST_PASSWORD

    login(page, BOARD_EMAIL, TEST_PASSWORD)
    page.goto(BASE)
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Kandidaten van {PARTY}")
    axe_check(page, context_label="kandidaten (leeg)")

    add_candidate(page, "Aalders", "A.", h9=True)
    add_candidate(page, "Bakker", "B.", email=CANDIDATE_EMAIL, h9=True)
    axe_check(page, context_label="kandidaat")
    page.get_by_role("button", name="Uitnodigen om zelf gegevens aan te vullen").click()
    expect(page.get_by_text("De uitnodiging is verstuurd.")).to_be_visible()
    add_candidate(page, "Claes", "C.", h9=False)

    # The invited candidate links the candidacy and shares the self-assessment.
    message = smtp_sink.wait_for_mail(CANDIDATE_EMAIL, subject_contains="Uitnodiging")
    invitation = first_url(message, r"https?://\S+/kandidaten/uitnodiging/\S+/")
    logout(page)
    login(page, CANDIDATE_EMAIL, TEST_PASSWORD)
    page.goto(invitation)
    axe_check(page, context_label="uitnodiging")
    page.get_by_role("button", name="Kandidatuur koppelen aan mijn account").click()
    expect(page).to_have_url(re.compile(r"/kandidaten/mijn/\d+/$"))
    axe_check(page, context_label="mijn kandidatuur")
    page.get_by_label(re.compile(r"^Welke nevenfuncties")).fill("Penningmeester van de voetbalclub")
    page.get_by_label(re.compile(r"^Ik deel mijn antwoorden")).check()
    page.get_by_role("button", name="Zelfanalyse opslaan").click()
    expect(page.get_by_text("Uw zelfanalyse is opgeslagen.")).to_be_visible()
    logout(page)

    login(page, BOARD_EMAIL, TEST_PASSWORD)
    for surname in ("Aalders", "Bakker", "Claes"):
        nominate(page, surname)
        if surname == "Bakker":
            expect(page.get_by_text("Penningmeester van de voetbalclub")).to_be_visible()
    axe_check(page, context_label="kandidaat voorgedragen")

    # The list: the missing H 9 shows while editing; the ALV adopts the order.
    page.goto(BASE + "lijst/")
    axe_check(page, context_label="lijst")
    expect(page.get_by_role("table")).to_contain_text(
        "de instemmingsverklaring (H 9) is nog niet binnen"
    )
    page.get_by_label(re.compile(r"^Lijstinleveraar")).fill("S. de Vries")
    page.get_by_label(re.compile(r"^Gemachtigde")).fill("J. Smit")
    page.get_by_role("button", name="Inlevering opslaan").click()
    expect(page).to_have_url(re.compile(r"/lijst/"))
    page.get_by_label("Datum van de ALV").fill("2029-12-05")
    page.get_by_label("Stemmen voor").fill("24")
    page.get_by_label("Stemmen tegen").fill("1")
    page.get_by_label("Onthoudingen").fill("2")
    page.get_by_role("button", name="Besluit vastleggen").click()
    expect(page.get_by_text("24 voor, 1 tegen, 2 onthoudingen")).to_be_visible()

    page.get_by_role("button", name="Lijst gereed").click()
    expect(page.get_by_text("De lijst is nog niet gereed")).to_be_visible()
    expect(page.locator("#lijst-problemen")).to_have_text(
        "Claes, C. (Amersfoort): de instemmingsverklaring (H 9) is nog niet binnen."
    )
    axe_check(page, context_label="lijst niet gereed")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Lijst downloaden voor OSV2020-PP (CSV)").click()
    content = open(download_info.value.path(), encoding="utf-8-sig").read()
    rows = list(csv.reader(io.StringIO(content), delimiter=";"))
    assert rows[0][:3] == ["Positie", "Achternaam", "Voorletters"]
    assert [r[1] for r in rows[1:]] == ["Aalders", "Bakker", "Claes"]
    assert rows[3][7] == "nee"  # Claes: no H 9 yet

    page.get_by_role("link", name="Checklist voor de dag van kandidaatstelling").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Dag van kandidaatstelling")
    axe_check(page, context_label="checklist kandidaatstelling")
