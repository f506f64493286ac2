"""End to end, on a phone: a person joins the wethouderspool under a nickname; the board of
another local party searches, finds the profile without a name and sends a contact request;
the person accepts and the board gets the contact details by e-mail."""

import re
from typing import Any

import pytest
from axe import axe_check
from flows import login, logout
from mailsink import SmtpSink, message_text
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

PERSON_EMAIL = "karin.verstopt@example.org"
BOARD_EMAIL = "bestuur-a@example.org"
NICKNAME = "Bruggenbouwer"


@pytest.mark.django_db(transaction=True)
def test_join_search_request_accept_and_the_board_gets_the_details(
    page: Page, smtp_sink: SmtpSink, live_server: Any, site_pages: Any
) -> None:
    from kennispunt.alderman_pool.models import ContactRequest, RequestStatus
    from kennispunt_testing.world import TEST_PASSWORD, make_party, make_user

    party_a = make_party("Lokaal Belang A", "lokaal-belang-a")
    party_b = make_party("Dorpspartij B", "dorpspartij-b", "GM0321")
    person = make_user(PERSON_EMAIL, first_name="Karin", party=party_b)
    person.last_name = "Verstopt"
    person.save(update_fields=["last_name"])
    make_user(BOARD_EMAIL, first_name="Bram", party=party_a, party_role="bestuurslid")

    # The person joins the pool from Mijn Kennispunt.
    login(page, PERSON_EMAIL, TEST_PASSWORD)
    page.goto("/mijn/")
    page.get_by_role("link", name="Meld u aan als beschikbare wethouder").click()
    expect(page).to_have_url(re.compile(r"/wethouderspool/mijn-profiel/$"))
    axe_check(page, context_label="wethouderspool: mijn profiel (leeg)")
    page.get_by_role("link", name="Meld u aan als beschikbare wethouder").click()
    expect(page).to_have_url(re.compile(r"/wethouderspool/mijn-profiel/bewerken/$"))
    axe_check(page, context_label="wethouderspool: aanmelden")
    page.get_by_label("Schuilnaam").fill(NICKNAME)
    page.get_by_role("checkbox", name="Verbinden met inwoners", exact=True).check()
    page.get_by_role("checkbox", name="Wonen", exact=True).check()
    page.get_by_role("checkbox", name="Utrecht", exact=True).check()
    page.get_by_label("Beschikbaar vanaf").fill("2027-01-01")
    page.get_by_label("Uren per week").fill("32")
    page.get_by_role("checkbox", name=re.compile("Ik geef het Kennispunt toestemming")).check()
    page.get_by_role("button", name="Aanmelden voor de pool").click()
    expect(page).to_have_url(re.compile(r"/wethouderspool/mijn-profiel/$"))
    expect(page.get_by_text("U staat nu in de wethouderspool.")).to_be_visible()
    axe_check(page, context_label="wethouderspool: mijn profiel")
    logout(page)

    # The board of another local party searches and finds the profile, without a name.
    login(page, BOARD_EMAIL, TEST_PASSWORD)
    page.goto("/mijn/")
    page.get_by_role("link", name="Zoek een wethouder").click()
    expect(page).to_have_url(re.compile(r"/wethouderspool/zoeken/$"))
    axe_check(page, context_label="wethouderspool: zoeken")
    page.get_by_label("Portefeuille").select_option(label="Wonen")
    page.get_by_role("button", name="Zoeken", exact=True).click()
    expect(page).to_have_url(re.compile(r"portefeuille=wonen"))
    page.get_by_role("link", name=re.compile(NICKNAME)).click()
    expect(page).to_have_url(re.compile(r"/wethouderspool/kandidaat/\w+/$"))
    axe_check(page, context_label="wethouderspool: profiel")
    main = page.locator("main").inner_text()
    for identifying in ("Karin", "Verstopt", PERSON_EMAIL, "Dorpspartij B"):
        assert identifying not in main
    page.get_by_label("Uw bericht").fill("Wij zoeken een wethouder wonen. Zullen we kennismaken?")
    page.get_by_role("button", name="Verzoek versturen").click()
    expect(page).to_have_url(re.compile(r"/wethouderspool/verzoeken/\d+/$"))
    axe_check(page, context_label="wethouderspool: verzoek van het bestuur")
    assert "Karin" not in page.locator("main").inner_text()
    logout(page)

    # The person gets the request by e-mail and accepts.
    request_mail = smtp_sink.wait_for_mail(PERSON_EMAIL, subject_contains="Lokaal Belang A")
    assert "Karin" not in str(request_mail["Subject"])
    login(page, PERSON_EMAIL, TEST_PASSWORD)
    page.goto(smtp_sink.first_url(request_mail, r"/wethouderspool/mijn-profiel/verzoek/"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Lokaal Belang A")
    axe_check(page, context_label="wethouderspool: verzoek ontvangen")
    page.get_by_role("button", name="Accepteren").click()
    expect(page.get_by_text("U heeft het verzoek geaccepteerd.")).to_be_visible()
    assert ContactRequest.objects.get().status == RequestStatus.ACCEPTED

    # The board gets the person's details by e-mail; the person gets the board's.
    to_board = smtp_sink.wait_for_mail(BOARD_EMAIL, subject_contains="geaccepteerd")
    board_text = message_text(to_board)
    assert "Karin Verstopt" in board_text
    assert PERSON_EMAIL in board_text
    to_person = smtp_sink.wait_for_mail(PERSON_EMAIL, subject_contains="contactgegevens")
    assert BOARD_EMAIL in message_text(to_person)
