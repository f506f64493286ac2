"""The board's search: filters by GET parameters with Dutch names, pagination, query count."""

from datetime import timedelta

import pytest
from django.utils import timezone

from kennispunt.alderman_pool.views import PAGE_SIZE
from kennispunt_testing.access import client_for
from kennispunt_testing.alderman_pool import age_profile, make_person, make_profile
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db


def _codes(html: str) -> set[str]:
    import re

    return set(re.findall(r"/wethouderspool/kandidaat/(\w+)/", html))


def test_filters_narrow_the_list(world: World) -> None:
    today = timezone.localdate()
    wonen = make_profile(
        make_person("a@example.org"), portfolios=("wonen",), provinces=("Utrecht",)
    )
    financien_gelderland = make_profile(
        make_person("b@example.org"),
        portfolios=("financien",),
        competences=("onderhandelen",),
        provinces=(),
        municipalities=("Arnhem",),
        mid_term=False,
    )
    later = make_profile(
        make_person("c@example.org"),
        portfolios=("wonen", "financien"),
        available_from=today + timedelta(days=200),
    )
    expired = age_profile(make_profile(make_person("d@example.org"), portfolios=("wonen",)), 400)
    client = client_for(world, Role.BOARD_A)

    def shown(query: str) -> set[str]:
        response = client.get(f"/wethouderspool/zoeken/{query}")
        assert response.status_code == 200
        return _codes(response.content.decode())

    assert shown("") == {wonen.code, financien_gelderland.code, later.code}
    assert expired.code not in shown("?portefeuille=wonen")
    assert shown("?portefeuille=wonen") == {wonen.code, later.code}
    assert shown("?competentie=onderhandelen") == {financien_gelderland.code}
    # A municipality counts for its province.
    assert shown("?provincie=Gelderland") == {financien_gelderland.code}
    assert shown(f"?beschikbaar_per={today.isoformat()}") == {
        wonen.code,
        financien_gelderland.code,
    }
    assert shown("?tussentijds=ja") == {wonen.code, later.code}
    assert shown("?portefeuille=financien&tussentijds=ja") == {later.code}


def test_results_show_no_names(world: World) -> None:
    make_profile(make_person("geheim@example.org", first_name="Geheimnaam"))
    page = client_for(world, Role.BOARD_A).get("/wethouderspool/zoeken/").content.decode()
    assert "Geheimnaam" not in page
    assert "geheim@example.org" not in page
    assert "Kandidaat #" in page


def test_own_profile_is_not_in_own_search(world: World) -> None:
    own = make_profile(world.user(Role.BOARD_A))
    page = client_for(world, Role.BOARD_A).get("/wethouderspool/zoeken/").content.decode()
    assert own.code not in _codes(page)


# Session, user, staff check, board of a local party, count, profiles, their tags, their
# municipalities, the header's notification count.
SEARCH_QUERIES = 9
# Session, user, staff check, board of a local party, profile, tags, municipalities, the
# board's parties (for the form), earlier requests, the header's notification count.
DETAIL_QUERIES = 10


def test_search_query_count_does_not_grow_and_pages(
    world: World, django_assert_num_queries
) -> None:
    for n in range(3):
        make_profile(make_person(f"p{n}@example.org"), municipalities=("Zeist",))
    client = client_for(world, Role.BOARD_A)
    url = "/wethouderspool/zoeken/?provincie=Utrecht"
    client.get(url)
    with django_assert_num_queries(SEARCH_QUERIES):
        client.get(url)
    for n in range(3, PAGE_SIZE + 2):
        make_profile(make_person(f"p{n}@example.org"), municipalities=("Zeist",))
    with django_assert_num_queries(SEARCH_QUERIES):
        response = client.get(url)
    assert len(_codes(response.content.decode())) == PAGE_SIZE
    second = client.get(url + "&pagina=2").content.decode()
    assert len(_codes(second)) == 2


def test_profile_detail_query_count(world: World, django_assert_num_queries) -> None:
    profile = make_profile(municipalities=("Zeist", "Utrecht"))
    client = client_for(world, Role.BOARD_A)
    url = f"/wethouderspool/kandidaat/{profile.code}/"
    with django_assert_num_queries(DETAIL_QUERIES):
        response = client.get(url)
    assert response.status_code == 200
    assert "Zeist" in response.content.decode()


def test_mijn_links_the_pool_for_a_person_and_for_a_board(world: World) -> None:
    member = client_for(world, Role.MEMBER_B).get("/mijn/").content.decode()
    assert "Meld u aan als beschikbare wethouder" in member
    assert "Zoek een wethouder" not in member
    board = client_for(world, Role.BOARD_A).get("/mijn/").content.decode()
    assert 'href="/wethouderspool/zoeken/"' in board
    assert "Zoek een wethouder" in board


def test_the_requests_list_costs_the_same_for_more_requests(
    world: World, django_assert_max_num_queries
) -> None:
    from kennispunt.alderman_pool import services

    board = world.user(Role.BOARD_A)
    client = client_for(world, Role.BOARD_A)

    def send(n: int) -> None:
        profile = make_profile(make_person(f"r{n}@example.org"))
        services.request_send(profile=profile, party=world.party_a, user=board, message="Hallo")

    send(0)
    client.get("/wethouderspool/verzoeken/")
    with django_assert_max_num_queries(8) as one:
        client.get("/wethouderspool/verzoeken/")
    for n in range(1, 5):
        send(n)
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = client.get("/wethouderspool/verzoeken/")
    assert response.content.decode().count("Kandidaat #") == 5
