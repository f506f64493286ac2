import pytest

from kennispunt.core.testing.access import assert_access, expect
from kennispunt.core.testing.world import World
from kennispunt.pages.site_structure import site_structure_ensure

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
