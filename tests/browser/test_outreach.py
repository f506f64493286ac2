"""Voor gemeenten on a phone: a griffier reads the explanation, downloads the PDF, finds a
municipality and sees its local parties and the trainings in its province; all pass axe."""

from typing import Any

import pytest
from axe import axe_check
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def zeist(site_pages: Any) -> Any:
    from kennispunt_testing.outreach import make_local_party, make_municipality
    from kennispunt_testing.trainings import make_session, make_training

    municipality = make_municipality("GM0355", "Zeist", "Utrecht")
    make_municipality("GM0193", "Zwolle", "Overijssel")
    make_local_party("Zeist Lokaal", "zeist-lokaal", municipality)
    make_session(make_training("begroting", title="Begroting lezen"), municipality=municipality)
    return municipality


def test_griffier_reads_downloads_and_finds_a_municipality(page: Page, zeist: Any) -> None:
    page.goto("/voor-gemeenten/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("informatie voor gemeenten")
    expect(page.get_by_role("heading", name="Gratis, onafhankelijk en neutraal")).to_be_visible()
    axe_check(page, context_label="voor gemeenten")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download deze uitleg als PDF").click()
    download = download_info.value
    assert download.suggested_filename == "kennispunt-voor-gemeenten.pdf"
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"

    page.get_by_role("link", name="Bekijk per gemeente").click()
    expect(
        page.get_by_role("heading", level=1, name="Lokale partijen per gemeente")
    ).to_be_visible()
    axe_check(page, context_label="gemeenten")
    page.get_by_label("Provincie").select_option("Utrecht")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.get_by_role("link", name="Zwolle")).to_have_count(0)
    page.get_by_role("link", name="Zeist").click()

    expect(page.get_by_role("heading", level=1, name="Lokale partijen in Zeist")).to_be_visible()
    expect(page.get_by_role("link", name="Zeist Lokaal")).to_be_visible()
    expect(page.get_by_role("link", name="Begroting lezen")).to_be_visible()
    axe_check(page, context_label="gemeente Zeist")
