"""Small, readable steps shared by the browser tests."""

import re
import time

from playwright.sync_api import Locator, Page, expect

PROFILE_URL = "/account/profiel/"
LOGIN_URL = "/account/login/"
# The header says "Inloggen"; allauth's own forms say "Aanmelden" (its Dutch for "Sign In").
SIGN_IN_BUTTON = re.compile(r"^\s*(inloggen|aanmelden)\s*$", re.I)


def fill_login_form(page: Page, email: str, password: str) -> None:
    page.get_by_label(re.compile(r"^e-?mail", re.I)).fill(email)
    page.get_by_label(re.compile(r"^wachtwoord", re.I)).fill(password)
    page.locator("main form").get_by_role("button", name=SIGN_IN_BUTTON).click()


def login(page: Page, email: str, password: str, *, totp_secret: str | None = None) -> None:
    """Log in through the login form; with totp_secret, also pass the two-step check."""
    page.goto(LOGIN_URL)
    fill_login_form(page, email, password)
    if totp_secret is not None:
        two_step(page, totp_secret)
    expect(page.get_by_role("button", name="Uitloggen")).to_be_visible()


def totp_code(secret: str) -> str:
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


# The 30-second period whose code each secret last used: allauth refuses a code twice, as an
# authenticator app's user would find when logging in again within the same half minute.
_last_period: dict[str, int] = {}


def two_step(page: Page, secret: str) -> None:
    """allauth's second step: a page with a single "code" field for the authenticator app."""
    code_field = page.locator("input[name='code']")
    expect(code_field).to_be_visible()
    for attempt in range(2):
        period = int(time.time()) // 30
        if _last_period.get(secret) == period:
            time.sleep(30 - time.time() % 30 + 0.5)  # wait for a fresh code, as a person would
            period = int(time.time()) // 30
        _last_period[secret] = period
        code_field.fill(totp_code(secret))
        page.locator("main").get_by_role("button").filter(
            has_not_text=re.compile("annuleren", re.I)
        ).first.click()
        # A code typed just as its period ended may reach the server in the next one.
        refused = page.get_by_text("Ongeldige code")
        signed_in = page.get_by_role("button", name="Uitloggen")
        expect(refused.or_(signed_in).first).to_be_visible()
        if attempt == 0 and refused.count():
            continue
        return


def logout(page: Page) -> None:
    """The "Uitloggen" button in the header; confirm on allauth's page if it asks."""
    page.get_by_role("navigation", name="Account").get_by_role("button", name="Uitloggen").click()
    if page.url.rstrip("/").endswith("/account/logout"):
        page.locator("main form").get_by_role(
            "button", name=re.compile(r"uitloggen|afmelden", re.I)
        ).click()
    expect(page.get_by_role("link", name="Inloggen")).to_be_visible()


def main_menu_link(page: Page, name: str) -> Locator:
    """A link of the main menu; on a phone the menu is folded into <details>: open it first."""
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    toggle = menu.locator("summary")
    if toggle.is_visible() and menu.locator("details[open]").count() == 0:
        toggle.click()
    return menu.get_by_role("link", name=name)
