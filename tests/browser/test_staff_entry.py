"""Every staff role finds its tools from the home page in at most two clicks via "Beheer";
a member sees no "Beheer". On a 390 px phone, with axe on the entry pages."""

import re
from typing import Any

import pytest
from axe import axe_check
from flows import login
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The tools each role opens (labels on /beheer/) and where they lead.
TOOLS = {
    "Helpdeskvragen": "/helpdesk/beheer/",
    "Lidmaatschapsaanvragen": "/partijen/lidmaatschap/aanvragen/openstaand/",
    "Aanmeldingen van partijen": "/partijen/aanmeldingen/",
    "Trainingen": "/trainingen/beheer/",
    "Moderatie van het forum": "/forum/moderatie/",
    "Website en nieuws (CMS)": "/beheer/cms/",
    "Nieuwsbrief verzenden": "/beheer/cms/verzendingen/",
    "Gemeenten benaderen": "/voor-gemeenten/beheer/",
}
ROLE_TOOLS = {
    "redacteur": ["Website en nieuws (CMS)", "Nieuwsbrief verzenden"],
    "helpdeskmedewerker": ["Helpdeskvragen"],
    "trainer": ["Trainingen"],
    "moderator": ["Moderatie van het forum"],
    "beheerder": list(TOOLS),
}


@pytest.fixture
def world(site_pages: Any) -> Any:
    from kennispunt_testing.world import build_world

    return build_world()


def _header(page: Page) -> Any:
    return page.get_by_role("navigation", name="Account")


@pytest.mark.parametrize("role", list(ROLE_TOOLS))
def test_staff_reach_their_tools_in_two_clicks(page: Page, world: Any, role: str) -> None:
    from kennispunt_testing.world import TEST_PASSWORD, TEST_TOTP_SECRET

    login(page, f"{role}@example.org", TEST_PASSWORD, totp_secret=TEST_TOTP_SECRET)
    page.goto("/")
    for label in ROLE_TOOLS[role]:
        _header(page).get_by_role("link", name="Beheer", exact=True).click()  # click 1
        expect(page).to_have_url(re.compile(r"/beheer/$"))
        expect(page.get_by_role("heading", level=1, name="Beheer")).to_be_visible()
        tools = page.locator("main .kennispunt-staff-tools")
        expect(tools.get_by_role("heading", level=2)).to_have_count(len(ROLE_TOOLS[role]))
        tools.get_by_role("link", name=label, exact=True).click()  # click 2
        expect(page).to_have_url(re.compile(re.escape(TOOLS[label]) + "$"))
        page.goto("/")
    page.goto("/beheer/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    axe_check(page, context_label=f"beheer ({role})")


def test_a_member_sees_no_beheer(page: Page, world: Any) -> None:
    from kennispunt_testing.world import TEST_PASSWORD

    login(page, "lid-a@example.org", TEST_PASSWORD)
    expect(page).to_have_url(re.compile(r"/mijn/$"))  # login lands on Mijn Kennispunt
    expect(page.get_by_role("heading", level=1, name="Mijn Kennispunt")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    axe_check(page, context_label="mijn kennispunt (lid)")
    page.goto("/")
    expect(_header(page).get_by_role("link", name="Mijn Kennispunt")).to_be_visible()
    expect(_header(page).get_by_role("link", name="Beheer", exact=True)).to_have_count(0)
    response = page.goto("/beheer/")
    assert response is not None and response.status == 403


def test_error_page_is_accessible_on_a_phone(page: Page, site_pages: Any) -> None:
    response = page.goto("/bestaat-echt-niet/")
    assert response is not None and response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Deze pagina bestaat niet (meer)")
    expect(page.get_by_role("search")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    axe_check(page, context_label="404")
