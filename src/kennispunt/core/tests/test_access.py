import pytest

from kennispunt.pages.site_structure import site_structure_ensure
from kennispunt_testing.access import Redirect, assert_access, expect
from kennispunt_testing.world import World

pytestmark = pytest.mark.django_db


def test_health_is_public(world: World) -> None:
    assert_access(world, "/health", expect(default=200))


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/privacy/",
        "/toegankelijkheid/",
        "/contact/",
        "/kennis/",
        "/wegwijzer/",
        "/verkiezingen/",
        "/nieuwsbrieven/",
        "/trainingen/",
        "/helpdesk/",
        "/nieuwsbrief/",
    ],
)
def test_editorial_pages_are_public(world: World, path: str) -> None:
    site_structure_ensure()
    assert_access(world, path, expect(default=200))


def test_security_txt_is_public(world: World) -> None:
    assert_access(world, "/.well-known/security.txt", expect(default=200))


def test_metrics_are_for_the_scraper_only_never_for_a_login(world: World, settings) -> None:
    # Without a token the endpoint does not exist; with one, no role's session opens it.
    settings.METRICS_TOKEN = ""
    assert_access(world, "/metrics", expect(default=404))
    settings.METRICS_TOKEN = "scraper-token"
    assert_access(world, "/metrics", expect(default=401))


def test_language_switch_works_for_every_role(world: World) -> None:
    assert_access(
        world,
        "/i18n/setlang/",
        expect(default=Redirect("/partijen/")),
        method="post",
        data={"language": "en", "next": "/partijen/"},
    )


def test_favicon_is_public_and_leads_to_the_static_icon(world: World) -> None:
    assert_access(
        world, "/favicon.ico", expect(default=Redirect("/static/kennispunt/img/favicon.ico"))
    )
