"""No serious or critical axe-core violations (WCAG 2.2 AA + best practices) on the key pages,
rendered on a phone-sized viewport in Dutch."""

from typing import Any

import pytest
from axe import axe_check, axe_violations
from flows import PROFILE_URL, login
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PUBLIC_URLS = [
    "/",
    "/account/login/",
    "/account/signup/",
    "/partijen/",
    "/privacy/",
]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_page_has_no_serious_axe_violations(
    page: Page, live_server: Any, site_pages: Any, url: str
) -> None:
    response = page.goto(url)
    assert response is not None and response.status == 200, f"{url} answered {response.status}"
    expect(page.locator("h1")).to_have_count(1)
    axe_check(page, context_label=url)


def test_profile_page_has_no_serious_axe_violations(
    page: Page, live_server: Any, site_pages: Any
) -> None:
    from allauth.account.models import EmailAddress

    from kennispunt.accounts.models import User

    password = "Toegankelijk-Profiel-42"
    user = User.objects.create_user(email="profiel@example.org", password=password)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)

    login(page, user.email, password)
    page.goto(PROFILE_URL)
    expect(page.get_by_role("heading", level=1, name="Mijn profiel")).to_be_visible()
    axe_check(page, context_label="profiel")


def test_axe_helper_reports_violations(page: Page, live_server: Any) -> None:
    """The helper itself works: a page with an unlabelled field and an image without alt fails."""
    page.set_content(
        '<!DOCTYPE html><html lang="nl"><head><title>t</title></head><body><main>'
        '<h1>Test</h1><img src="data:,"><form><input type="text"></form></main></body></html>'
    )
    ids = {v["id"] for v in axe_violations(page)}
    assert {"image-alt", "label"} <= ids, ids
    with pytest.raises(AssertionError, match=r"image-alt \[critical\]"):
        axe_check(page, context_label="kapotte testpagina")
