"""Voor gemeenten on a phone: a griffier reads the explanation, downloads the PDF, finds a
municipality and sees its local parties and the trainings in its province; a beheerder sends
the explanation to the griffies after checking it, once, and filters the overview; all pass
axe."""

import io
import re
from typing import Any

import pytest
from axe import axe_check
from flows import login
from mailsink import SmtpSink, message_text
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


@pytest.fixture
def griffies(site_pages: Any) -> Any:
    from kennispunt_testing.outreach import make_contact, make_municipality
    from kennispunt_testing.world import build_world

    build_world()
    return {
        name: make_contact(make_municipality(code, name, province))
        for code, name, province in (
            ("GM0355", "Zeist", "Utrecht"),
            ("GM0321", "Houten", "Utrecht"),
            ("GM0193", "Zwolle", "Overijssel"),
        )
    }


def test_beheerder_checks_tests_sends_once_and_filters_the_overview(
    page: Page, smtp_sink: SmtpSink, griffies: Any
) -> None:
    from django.core.management import call_command

    from kennispunt.mailings.models import Mailing
    from kennispunt_testing.world import TEST_PASSWORD, TEST_TOTP_SECRET

    login(page, "beheerder@example.org", TEST_PASSWORD, totp_secret=TEST_TOTP_SECRET)
    page.goto("/voor-gemeenten/beheer/")
    expect(page.get_by_role("heading", level=1, name="Mailing aan griffies")).to_be_visible()
    axe_check(page, context_label="mailing aan griffies")

    # Step 1: which griffies. Step 2: count, preview, test mail.
    page.get_by_label("Aan welke griffies?").select_option("Utrecht")
    page.get_by_role("button", name="Verder naar controleren en verzenden").click()
    expect(page).to_have_url(re.compile(r"/voor-gemeenten/beheer/verzenden/\?provincie=Utrecht$"))
    expect(page.locator("#ontvangers")).to_contain_text("gaat naar 2 griffies (Utrecht).")
    expect(page.get_by_role("heading", name="Voorbeeld van de e-mail")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    axe_check(page, context_label="mailing controleren")
    page.get_by_role("button", name="Stuur een testmail naar mijzelf").click()
    expect(page.get_by_text("De testmail is onderweg naar beheerder@example.org.")).to_be_visible()
    test_mail = smtp_sink.wait_for_mail("beheerder@example.org", subject_contains="[TEST]")
    assert "Hoe meldt een partij zich aan?" in message_text(test_mail)
    assert not Mailing.objects.exists()

    # The send; the same form submitted again (a double click, the back button) sends nothing.
    form = page.locator("main form[method='post']")
    fields = {
        name: form.locator(f"input[name='{name}']").input_value()
        for name in ("csrfmiddlewaretoken", "provincie", "sleutel")
    }
    page.get_by_role("button", name="Verzenden aan 2 griffies").click()
    expect(page).to_have_url(re.compile(r"/voor-gemeenten/beheer/$"))
    expect(page.get_by_text("De mailing is ingepland")).to_be_visible()
    again = page.request.post(
        "/voor-gemeenten/beheer/verzenden/", form={**fields, "actie": "verzenden"}
    )
    assert again.ok
    assert "er is niets opnieuw verzonden" in again.text()
    assert Mailing.objects.count() == 1
    call_command("mailings_send", stdout=io.StringIO())
    for name in ("Zeist", "Houten"):
        smtp_sink.wait_for_mail(griffies[name].email)
        assert len(smtp_sink.sent_to(griffies[name].email)) == 1
    assert smtp_sink.sent_to(griffies["Zwolle"].email) == []

    # The overview: totals per reach that filter the list.
    page.goto("/voor-gemeenten/beheer/?provincie=Utrecht")
    page.get_by_role("navigation", name="Totalen per bereik").get_by_role(
        "link", name="Bereikt: 2"
    ).click()
    expect(page).to_have_url(re.compile(r"bereik=bereikt"))
    expect(page.get_by_role("rowheader", name="Zeist")).to_be_visible()
    expect(page.get_by_role("rowheader", name="Houten")).to_be_visible()
    expect(page.get_by_role("rowheader", name="Zwolle")).to_have_count(0)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    axe_check(page, context_label="overzicht gefilterd op bereikt")
