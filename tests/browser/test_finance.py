"""Transparante financiën on a phone: a penningmeester records three gifts (over the threshold, in
kind, anonymous), a second board member approves them, the board adopts a generated
giftenreglement and publishes; the public page shows exactly what it may, and its JSON validates
against the published schema."""

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from axe import axe_check
from flows import login, logout
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SLUG = "lokaal-belang-proefstad"
TREASURER = "penningmeester@example.org"
BOARD = "voorzitter@example.org"
SCHEMA = json.loads(
    (Path(__file__).parents[2] / "src" / "kennispunt" / "finance" / "schema.json").read_text(
        encoding="utf-8"
    )
)


def today() -> Any:
    from django.utils import timezone

    return timezone.localdate()


@pytest.fixture
def finance_world(site_pages: Any) -> dict[str, Any]:
    from kennispunt.parties.models import MembershipRole, PartyFunction
    from kennispunt.parties.seeding import function_ensure
    from kennispunt_testing.world import make_membership, make_party, make_user

    party = make_party("Lokaal Belang Proefstad", SLUG, "GM0307")
    treasurer = make_user(TREASURER, first_name="Pien")
    function_ensure(make_membership(treasurer, party), PartyFunction.PENNINGMEESTER)
    board = make_user(BOARD, first_name="Vera")
    make_membership(board, party, role=MembershipRole.BESTUURSLID)
    return {"party": party}


def assert_fits_a_phone(page: Page) -> None:
    """No horizontal scroll at 390 or 320 px (as the phone-layout crawl checks)."""
    for width in (390, 320):
        page.set_viewport_size({"width": width, "height": 844})
        wide = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert wide <= 0, f"{page.url} at {width} px is {wide} px too wide"
    page.set_viewport_size({"width": 390, "height": 844})


def record(
    page: Page, kind: str, donor: str, amount: str, *, consent: bool = False, **fields: str
) -> None:
    page.get_by_role("link", name="Gift of schuld registreren").click()
    expect(page).to_have_url(re.compile(r"/financien/register/nieuw/$"))
    page.get_by_label(kind, exact=True).check()
    page.get_by_label(donor, exact=True).check()
    for label, value in fields.items():
        # Optional fields say "(niet verplicht)" after their label.
        page.get_by_label(re.compile(rf"^{re.escape(label)}")).fill(value)
    page.get_by_label("Datum van ontvangst").fill(today().replace(day=1).isoformat())
    page.get_by_label("Bedrag of waarde (euro)").fill(amount)
    if consent:
        page.get_by_label("De gever stemt in met publicatie").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page).to_have_url(re.compile(r"/financien/register/$"))


def test_treasurer_records_board_approves_adopts_and_publishes(
    page: Page, live_server: Any, finance_world: dict[str, Any]
) -> None:
    from kennispunt_testing.world import TEST_PASSWORD

    login(page, TREASURER, TEST_PASSWORD)
    page.goto("/mijn/")
    page.get_by_role("link", name="Giftenregister van Lokaal Belang Proefstad").click()
    expect(page).to_have_url(re.compile(rf"/partijen/{SLUG}/financien/register/$"))
    axe_check(page, context_label="giftenregister leeg")

    page.get_by_role("link", name="Gift of schuld registreren").click()
    axe_check(page, context_label="registerregel invoeren")
    page.go_back()
    record(
        page,
        "Gift in geld",
        "Natuurlijk persoon",
        "2500",
        consent=True,
        **{"Naam van de gever": "Marieke de Vries", "Woonplaats": "Amersfoort"},
    )
    expect(page.get_by_text("Boven de openbaarmakingsdrempel").first).to_be_visible()
    record(
        page,
        "Gift in natura",
        "Rechtspersoon",
        "800",
        **{
            "Naam van de gever": "Drukkerij De Eem",
            "KvK-nummer": "12345678",
            "Hoe is de waarde bepaald": "Offerteprijs van 2.000 folders",
        },
    )
    record(page, "Gift in geld", "Anoniem", "1500")
    expect(page.get_by_text("Anoniem boven het maximum").first).to_be_visible()
    axe_check(page, context_label="giftenregister met regels")
    assert_fits_a_phone(page)
    # Four eyes: the one who entered cannot approve.
    expect(page.get_by_role("button", name=re.compile("^Goedkeuren"))).to_have_count(0)
    logout(page)

    login(page, BOARD, TEST_PASSWORD)
    page.goto(f"/partijen/{SLUG}/")
    page.get_by_role("link", name="Naar het giftenregister").click()
    expect(page).to_have_url(re.compile(r"/financien/register/$"))
    for _ in range(3):
        page.get_by_role("button", name=re.compile("^Goedkeuren")).first.click()
        expect(page).to_have_url(re.compile(r"/financien/register/$"))
    expect(page.get_by_role("button", name=re.compile("^Goedkeuren"))).to_have_count(0)

    page.get_by_role("link", name="Giftenreglement opstellen").click()
    axe_check(page, context_label="giftenreglement opstellen")
    page.get_by_role("button", name="Ontwerp maken").click()
    expect(page).to_have_url(re.compile(r"/giftenreglement/1/$"))
    expect(page.get_by_text("Anonieme giften boven € 1.000,00.")).to_be_visible()
    page.get_by_label("Datum van de ALV die het reglement vaststelde").fill(today().isoformat())
    page.get_by_role("button", name="Vaststelling vastleggen").click()
    expect(page).to_have_url(re.compile(r"/financien/register/$"))

    page.get_by_role("button", name="Nu publiceren").click()
    expect(page).to_have_url(re.compile(rf"/partijen/{SLUG}/financien/$"))
    main = page.locator("main")
    expect(main).to_contain_text("Giftenreglement, versie 1")
    # Under the advice pack: named donors over the threshold who consented; the gift in kind is
    # below the threshold, the anonymous one never named.
    expect(main).to_contain_text("Marieke de Vries")
    expect(main).not_to_contain_text("Drukkerij De Eem")
    axe_check(page, context_label="openbare financiën")
    assert_fits_a_phone(page)
    logout(page)

    # The public page, its JSON and the reglement for anyone.
    page.goto(f"/partijen/{SLUG}/financien/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Financiën van Lokaal Belang Proefstad"
    )
    data = page.request.get(f"/partijen/{SLUG}/financien.json").json()
    jsonschema.validate(data, SCHEMA, format_checker=jsonschema.FormatChecker())
    assert [e["donor_name"] for e in data["entries"]] == ["Marieke de Vries"]
    assert data["year_totals"][0]["totals"] == {"geld": "4000.00", "natura": "800.00"}
    page.get_by_role("link", name=re.compile("Giftenreglement, versie 1")).click()
    expect(page).to_have_url(re.compile(r"/financien/giftenreglement/$"))
    axe_check(page, context_label="giftenreglement openbaar")
    assert_fits_a_phone(page)
