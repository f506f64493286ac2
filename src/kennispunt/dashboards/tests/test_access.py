import pytest

from kennispunt_testing.access import LOGIN, assert_access, expect
from kennispunt_testing.world import World

pytestmark = pytest.mark.django_db


def test_mijn_kennispunt_is_for_everyone_signed_in(world: World) -> None:
    assert_access(world, "/mijn/", expect(default=200, anonymous=LOGIN))


def test_beheer_is_for_staff_only(world: World) -> None:
    assert_access(
        world,
        "/beheer/",
        expect(
            default=403,
            anonymous=LOGIN,
            redacteur=200,
            helpdeskmedewerker=200,
            trainer=200,
            moderator=200,
            beheerder=200,
        ),
    )


def test_the_entry_pages_take_no_post(world: World) -> None:
    assert_access(world, "/mijn/", expect(default=405, anonymous=LOGIN), method="post")
    assert_access(
        world,
        "/beheer/",
        expect(default=405, anonymous=LOGIN),
        method="post",
    )
