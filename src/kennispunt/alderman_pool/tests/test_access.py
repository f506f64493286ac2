"""Every pool view, every role: profiles only for the verified boards of local parties."""

import pytest

from kennispunt.alderman_pool import services
from kennispunt.alderman_pool.models import ContactRequest
from kennispunt_testing.access import LOGIN, assert_access, expect
from kennispunt_testing.alderman_pool import make_profile
from kennispunt_testing.world import Role, World, make_party, make_user

pytestmark = pytest.mark.django_db

BOARD_ONLY = expect(default=403, anonymous=LOGIN, board_a=200)


def _request_to_member_a(world: World) -> ContactRequest:
    """A fresh profile of member A with an open request from the board of party B."""
    from kennispunt.alderman_pool.models import PoolProfile

    PoolProfile.objects.filter(user=world.user(Role.MEMBER_A)).delete()
    profile = make_profile(world.user(Role.MEMBER_A))
    board_b = make_user("bestuur-b@example.org", party=world.party_b, party_role="bestuurslid")
    return services.request_send(
        profile=profile, party=world.party_b, user=board_b, message="Wij zoeken u."
    )


def test_the_explanation_is_public(world: World) -> None:
    assert_access(world, "/wethouderspool/", expect(default=200))


def test_own_profile_pages_for_everyone_signed_in(world: World) -> None:
    assert_access(world, "/wethouderspool/mijn-profiel/", expect(default=200, anonymous=LOGIN))
    assert_access(
        world, "/wethouderspool/mijn-profiel/bewerken/", expect(default=200, anonymous=LOGIN)
    )


def test_renew_and_delete_need_an_own_profile(world: World) -> None:
    make_profile(world.user(Role.MEMBER_B))
    table = expect(default=404, anonymous=LOGIN, member_b=200)
    assert_access(world, "/wethouderspool/mijn-profiel/vernieuwen/", table)
    assert_access(world, "/wethouderspool/mijn-profiel/verwijderen/", table)


def test_a_received_request_only_for_its_person(world: World) -> None:
    assert_access(
        world,
        lambda w: f"/wethouderspool/mijn-profiel/verzoek/{_request_to_member_a(w).pk}/",
        expect(default=404, anonymous=LOGIN, member_a=200),
    )


def test_search_only_for_boards_of_local_parties(world: World) -> None:
    assert_access(world, "/wethouderspool/zoeken/", BOARD_ONLY)
    assert_access(world, "/wethouderspool/zoeken/?portefeuille=wonen&pagina=2", BOARD_ONLY)
    assert_access(world, "/wethouderspool/verzoeken/", BOARD_ONLY)


def test_a_profile_only_for_boards_of_local_parties(world: World) -> None:
    profile = make_profile()
    assert_access(world, f"/wethouderspool/kandidaat/{profile.code}/", BOARD_ONLY)
    assert_access(
        world,
        "/wethouderspool/kandidaat/ZZZZZZ/",
        expect(default=403, anonymous=LOGIN, board_a=404),
    )


def test_the_board_of_a_national_branch_sees_nothing(world: World) -> None:
    from django.test import Client

    branch = make_party("Afdeling Landelijk", "afdeling-landelijk", is_national_branch=True)
    board = make_user("bestuur-afdeling@example.org", party=branch, party_role="bestuurslid")
    profile = make_profile()
    client = Client()
    client.force_login(board)
    assert client.get("/wethouderspool/zoeken/").status_code == 403
    assert client.get(f"/wethouderspool/kandidaat/{profile.code}/").status_code == 403


def test_sending_a_request(world: World) -> None:
    made = iter(range(100))

    def url(w: World) -> str:
        person = make_user(f"kandidaat-{next(made)}@example.org")
        return f"/wethouderspool/kandidaat/{make_profile(person).code}/"

    assert_access(
        world,
        url,
        expect(default=403, anonymous=LOGIN, board_a=302),
        method="post",
        data={"party": world.party_a.pk, "message": "Wij zoeken een wethouder wonen."},
    )


def test_a_request_page_only_for_the_asking_board(world: World) -> None:
    contact = services.request_send(
        profile=make_profile(),
        party=world.party_a,
        user=world.user(Role.BOARD_A),
        message="Hallo",
    )
    assert_access(world, f"/wethouderspool/verzoeken/{contact.pk}/", BOARD_ONLY)
    other = _request_to_member_a(world)
    assert_access(
        world,
        f"/wethouderspool/verzoeken/{other.pk}/",
        expect(default=403, anonymous=LOGIN, board_a=404),
    )
