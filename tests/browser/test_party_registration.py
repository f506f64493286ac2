"""End to end on a phone: a party secretary from Deventer comes from /voor-gemeenten/, signs up,
verifies the e-mail, registers "Lokaal Deventer"; a beheerder (with two-step verification)
finds it through "Beheer" and approves it; the secretary, now its board member, lands on
"Mijn Kennispunt", opens the forum and asks the helpdesk a question. No URL is typed on the way
except the one the griffie forwarded.
"""

import re
from typing import Any

import pytest
from axe import axe_check
from flows import login, logout, main_menu_link
from mailsink import SmtpSink, message_text
from playwright.sync_api import Page, expect
from test_membership_flow import (
    STAFF_EMAIL,
    STAFF_PASSWORD,
    TOTP_SECRET,
    confirm_email,
    create_beheerder,
    sign_up,
)

pytestmark = pytest.mark.browser

SECRETARY_EMAIL = "secretaris@lokaaldeventer.example"
SECRETARY_PASSWORD = "Vergader-Rustig-Koffie-7!"
PARTY_NAME = "Lokaal Deventer"
QUESTION = "Kandidatenlijst voor de raadsverkiezingen"


def create_deventer() -> None:
    from kennispunt.parties.models import Municipality

    # A transactional test flushes what the data migration loaded.
    Municipality.objects.get_or_create(
        cbs_code="GM0150",
        defaults={"name": "Deventer", "slug": "deventer", "province": "Overijssel"},
    )


@pytest.mark.django_db(transaction=True)
def test_register_a_party_on_a_phone_and_a_beheerder_approves_it(
    page: Page, smtp_sink: SmtpSink, live_server: Any, site_pages: Any
) -> None:
    from kennispunt.parties.models import Membership, MembershipStatus, Party

    create_deventer()
    create_beheerder()

    # The griffie's explanation leads to the registration; a visitor signs up first.
    page.goto("/voor-gemeenten/")
    page.get_by_role("link", name="Meld een lokale partij aan").click()
    expect(page).to_have_url(re.compile(r"/account/signup/\?next=%2Fpartijen%2Faanmelden%2F$"))
    sign_up(page, SECRETARY_EMAIL, SECRETARY_PASSWORD)
    confirm_email(page, smtp_sink, SECRETARY_EMAIL)

    # Back on the registration form, signed in.
    expect(page).to_have_url(re.compile(r"/partijen/aanmelden/$"))
    expect(page.get_by_role("heading", level=1, name="Meld uw lokale partij aan")).to_be_visible()
    axe_check(page, context_label="partij aanmelden")
    page.get_by_label("Naam van de partij").fill(PARTY_NAME)
    page.get_by_label("Gemeente", exact=True).fill("deventer")
    page.get_by_label("KvK-nummer").fill("1234 5678")
    page.get_by_role("radio", name="Nee, het is een zelfstandige lokale partij").check()
    page.get_by_role("radio", name="Bestuurslid", exact=True).check()
    page.get_by_role("checkbox", name=re.compile("Ik geef het Kennispunt toestemming")).check()
    page.get_by_role("button", name="Aanmelding versturen").click()

    # The status page says what happens now and by when; so does the e-mail.
    expect(page.get_by_role("heading", level=1)).to_contain_text(PARTY_NAME)
    expect(page.locator("main")).to_contain_text("wacht op beoordeling sinds")
    axe_check(page, context_label="status aanmelding")
    received = smtp_sink.wait_for_mail(SECRETARY_EMAIL, subject_contains="aanmelding van")
    assert "werkdagen" in message_text(received)
    logout(page)

    # The beheerder finds the request through "Beheer" and approves it.
    login(page, STAFF_EMAIL, STAFF_PASSWORD, totp_secret=TOTP_SECRET)
    expect(page).to_have_url(re.compile(r"/mijn/$"))
    page.get_by_role("navigation", name="Account").get_by_role("link", name="Beheer").click()
    expect(page).to_have_url(re.compile(r"/beheer/$"))
    axe_check(page, context_label="beheer")
    page.get_by_role("link", name="Aanmeldingen van partijen").click()
    axe_check(page, context_label="aanmeldingen van partijen")
    page.get_by_role("link", name=f"{PARTY_NAME} beoordelen").click()
    expect(page.locator("main")).to_contain_text(SECRETARY_EMAIL)
    axe_check(page, context_label="aanmelding beoordelen")
    page.get_by_role("radio", name="Goedkeuren").check()
    page.get_by_role("button", name="Besluit opslaan").click()
    expect(page.get_by_text(f"{PARTY_NAME} staat nu in het register.")).to_be_visible()
    logout(page)

    # The secretary is now the party's verified board member, with access at once.
    party = Party.objects.get(name=PARTY_NAME)
    membership = Membership.objects.get(user__email=SECRETARY_EMAIL, party=party)
    assert membership.status == MembershipStatus.VERIFIED
    decided = smtp_sink.wait_for_mail(SECRETARY_EMAIL, subject_contains="staat in het register")
    assert "bestuurslid" in message_text(decided)

    # Logging in lands on "Mijn Kennispunt", which says so.
    login(page, SECRETARY_EMAIL, SECRETARY_PASSWORD)
    expect(page).to_have_url(re.compile(r"/mijn/$"))
    expect(page.locator("main")).to_contain_text(f"van {PARTY_NAME}")
    axe_check(page, context_label="mijn kennispunt")

    # The forum opens for them.
    main_menu_link(page, "Forum").click()
    expect(page).to_have_url(re.compile(r"/forum/$"))
    expect(
        page.get_by_role("heading", level=1, name="Alleen voor leden van lokale partijen")
    ).to_have_count(0)
    axe_check(page, context_label="forum")

    # And they ask the helpdesk a question for their party.
    main_menu_link(page, "Helpdesk").click()
    page.get_by_role("link", name="Stel uw vraag").click()
    axe_check(page, context_label="vraag stellen")
    page.get_by_label("Onderwerp").fill(QUESTION)
    page.get_by_label("Uw vraag").fill("Hoe komen wij op de kandidatenlijst voor 2030?")
    party_choice = page.get_by_label("Voor welke partij stelt u de vraag?")
    if party_choice.count() and party_choice.evaluate("el => el.tagName") == "SELECT":
        party_choice.select_option(label=PARTY_NAME)
    page.get_by_role("button", name="Vraag versturen").click()
    expect(page.get_by_role("heading", level=1, name=QUESTION)).to_be_visible()
    axe_check(page, context_label="vraag verstuurd")
    from kennispunt.helpdesk.models import Ticket

    assert Ticket.objects.get(subject=QUESTION).party == party
