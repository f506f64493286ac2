import pytest

from kennispunt_testing.access import LOGIN, Redirect, assert_access, expect
from kennispunt_testing.world import World

pytestmark = pytest.mark.django_db


def test_profile_pages_are_for_signed_in_users(world: World) -> None:
    for url in ("/account/profiel/", "/account/profiel/gegevens/", "/account/profiel/verwijderen/"):
        assert_access(world, url, expect(default=200, anonymous=LOGIN))


def test_allauth_pages(world: World) -> None:
    assert_access(world, "/account/login/", expect(default=302, anonymous=200))
    assert_access(world, "/account/signup/", expect(default=302, anonymous=200))
    assert_access(world, "/account/password/reset/", expect(default=200))
    assert_access(world, "/account/email/", expect(default=200, anonymous=LOGIN))
    assert_access(world, "/account/2fa/", expect(default=200, anonymous=LOGIN))


def test_cms_admin_only_for_staff(world: World) -> None:
    staff = dict.fromkeys(
        ("redacteur", "helpdeskmedewerker", "trainer", "moderator", "beheerder"), 200
    )
    assert_access(world, "/beheer/cms/", expect(default=302, **staff))


def test_django_admin_only_for_superusers(world: World) -> None:
    # No role in the table is a superuser: everyone is sent to the admin login.
    assert_access(world, "/beheer/django/", expect(default=302))


@pytest.mark.parametrize("path", ["/beheer/cms/login/", "/beheer/django/login/", "/_util/login/"])
def test_other_login_urls_lead_to_allauth_or_say_no_access(world: World, path: str) -> None:
    # Signed in, with a page to return to: that page refused them, so no round trip.
    assert_access(
        world,
        f"{path}?next=/helpdesk/beheer/",
        expect(default=403, anonymous=Redirect("/account/login/?next=/helpdesk/beheer/")),
    )
    assert_access(
        world,
        path,
        expect(default=Redirect("/mijn/"), anonymous=Redirect("/account/login/")),
    )
