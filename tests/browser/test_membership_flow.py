"""End to end: a person signs up, verifies their e-mail, asks to join their party; a beheerder
(with two-step verification) approves; the person now has access to the members-only services.
"""

import re
from typing import Any

import pytest
from axe import axe_check
from flows import PROFILE_URL, fill_login_form, login, logout, two_step
from mailsink import SmtpSink, message_text
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

MEMBER_EMAIL = "nieuw.lid@example.org"
MEMBER_PASSWORD = "Lokaal-Betrokken-2026!"
STAFF_EMAIL = "beheerder@example.org"
STAFF_PASSWORD = "Beheer-Sterk-Wachtwoord-9"
TOTP_SECRET = "JBSWY3DPEHPK3PXP"
PARTY_NAME = "Samen Lokaal Amersfoort"
ELIGIBLE_TEXT = "U hebt toegang tot het forum, de helpdesk en de trainingen."


def create_party() -> Any:
    from kennispunt.parties.models import Municipality, Party

    municipality, _ = Municipality.objects.get_or_create(
        cbs_code="GM0307",
        defaults={"name": "Amersfoort", "slug": "amersfoort", "province": "Utrecht"},
    )
    party = Party.objects.create(name=PARTY_NAME, slug="samen-lokaal-amersfoort")
    party.municipalities.add(municipality)
    return party


def create_beheerder() -> Any:
    from allauth.account.models import EmailAddress
    from allauth.mfa.totp.internal.auth import TOTP
    from django.contrib.auth.models import Group

    from kennispunt.accounts.models import User

    user = User.objects.create_user(email=STAFF_EMAIL, password=STAFF_PASSWORD)
    user.groups.add(Group.objects.get(name="beheerder"))
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    TOTP.activate(user, TOTP_SECRET)
    return user


def sign_up(page: Page, email: str, password: str) -> None:
    page.locator("input[name='email']").fill(email)
    page.locator("input[name='password1']").fill(password)
    page.locator("input[name='password2']").fill(password)
    page.locator("main form").get_by_role("button").last.click()


def confirm_email(page: Page, smtp_sink: SmtpSink, email: str) -> None:
    message = smtp_sink.wait_for(lambda: smtp_sink.last_to(email))
    url = smtp_sink.first_url(message, r"/account/confirm-email/[^/]+/")
    page.goto(url)
    axe_check(page, context_label="e-mailadres bevestigen")
    page.locator("main form").get_by_role("button").click()


def request_membership(page: Page, party_name: str, role: str) -> None:
    page.get_by_role("link", name="Koppel uw account aan uw partij").click()
    axe_check(page, context_label="lidmaatschap aanvragen")
    page.get_by_label("Partij", exact=True).select_option(label=party_name)
    page.get_by_role("radio", name=role, exact=True).check()
    page.get_by_role("checkbox", name=re.compile("Ik geef het Kennispunt toestemming")).check()
    page.get_by_role("button", name="Aanvraag versturen").click()


@pytest.mark.django_db(transaction=True)
def test_signup_verify_request_membership_staff_verifies_member_is_eligible(
    page: Page, smtp_sink: SmtpSink, live_server: Any, site_pages: Any
) -> None:
    from kennispunt.parties.models import Membership, MembershipStatus

    create_party()
    create_beheerder()

    # A visitor signs up.
    page.goto("/")
    axe_check(page, context_label="home")
    page.get_by_role("navigation", name="Account").get_by_role(
        "link", name="Account aanmaken"
    ).click()
    expect(page).to_have_url(re.compile(r"/account/signup/$"))
    axe_check(page, context_label="account aanmaken")
    sign_up(page, MEMBER_EMAIL, MEMBER_PASSWORD)

    # The verification e-mail arrives over SMTP; confirming it logs the new member in.
    confirm_email(page, smtp_sink, MEMBER_EMAIL)
    if page.get_by_role("button", name="Uitloggen").count() == 0:
        login(page, MEMBER_EMAIL, MEMBER_PASSWORD)

    # On the profile page they ask to be linked to their party.
    page.goto(PROFILE_URL)
    expect(page.get_by_role("heading", level=1, name="Mijn profiel")).to_be_visible()
    axe_check(page, context_label="profiel (nieuw account)")
    request_membership(page, PARTY_NAME, "Lid")
    # The status page says what happens now and by when.
    expect(page).to_have_url(re.compile(r"/partijen/mijn-aanvragen/$"))
    expect(page.locator("main")).to_contain_text("wacht op beoordeling sinds")
    axe_check(page, context_label="mijn aanvragen")
    page.goto(PROFILE_URL)
    memberships = page.get_by_role("table", name="Mijn lidmaatschappen")
    expect(memberships.get_by_role("row", name=re.compile(PARTY_NAME))).to_contain_text(
        "Aangevraagd"
    )
    expect(page.get_by_text("U hebt nog geen toegang tot het forum")).to_be_visible()
    logout(page)

    # The beheerder logs in with password and authenticator code, and approves the request.
    page.goto("/account/login/")
    axe_check(page, context_label="inloggen")
    fill_login_form(page, STAFF_EMAIL, STAFF_PASSWORD)
    axe_check(page, context_label="tweestapsverificatie")
    two_step(page, TOTP_SECRET)
    expect(page.get_by_role("button", name="Uitloggen")).to_be_visible()

    page.goto("/partijen/lidmaatschap/aanvragen/openstaand/")
    axe_check(page, context_label="openstaande aanvragen")
    requester = page.get_by_role("row", name=re.compile(PARTY_NAME))
    requester.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1, name="Aanvraag beoordelen")).to_be_visible()
    expect(page.locator("main")).to_contain_text(MEMBER_EMAIL)
    axe_check(page, context_label="aanvraag beoordelen")
    page.get_by_role("radio", name="Goedkeuren").check()
    page.get_by_role("button", name="Besluit opslaan").click()
    expect(page.get_by_text("Het lidmaatschap is bevestigd.")).to_be_visible()
    logout(page)

    # The member now has access to forum, helpdesk and trainings, and was told by e-mail.
    login(page, MEMBER_EMAIL, MEMBER_PASSWORD)
    page.goto(PROFILE_URL)
    expect(page.get_by_text(ELIGIBLE_TEXT)).to_be_visible()
    axe_check(page, context_label="profiel (bevestigd lid)")

    decided = smtp_sink.wait_for_mail(MEMBER_EMAIL, subject_contains="Uw lidmaatschap is bevestigd")
    assert PARTY_NAME in message_text(decided)
    assert Membership.objects.get(user__email=MEMBER_EMAIL).status == MembershipStatus.VERIFIED
