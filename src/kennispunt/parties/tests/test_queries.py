"""List pages stay at a fixed number of queries however many rows they show (no N+1)."""

# Every signed-in page counts unread forum notifications for the header (core.header_links):
# one query, included in the numbers below.

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kennispunt.parties.models import MembershipStatus
from kennispunt_testing.access import client_for
from kennispunt_testing.world import Role, World, make_membership, make_party, make_user

pytestmark = pytest.mark.django_db
_n = itertools.count()


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def _add_parties(count: int) -> None:
    for _ in range(count):
        i = next(_n)
        make_party(f"Partij {i}", f"partij-{i}", f"GM{1000 + i:04d}")


def _add_members(world: World, count: int, status: str = MembershipStatus.VERIFIED) -> None:
    for _ in range(count):
        make_membership(make_user(f"lid{next(_n)}@example.org"), world.party_a, status=status)


def test_party_list_queries_do_not_grow(world: World, client) -> None:
    _add_parties(2)
    few = _queries(client, "/partijen/")
    _add_parties(15)
    assert _queries(client, "/partijen/") == few == 3


def test_member_list_queries_do_not_grow(world: World) -> None:
    client = client_for(world, Role.BOARD_A)
    _add_members(world, 2)
    few = _queries(client, "/partijen/lokaal-belang-a/leden/")
    _add_members(world, 15, MembershipStatus.PENDING)
    # 13: the page, its members, their functions (one prefetch) and may-this-user-assign.
    assert _queries(client, "/partijen/lokaal-belang-a/leden/") == few == 13


def test_pending_queue_queries_do_not_grow(world: World) -> None:
    client = client_for(world, Role.BEHEERDER)
    _add_members(world, 2, MembershipStatus.PENDING)
    few = _queries(client, "/partijen/lidmaatschap/aanvragen/openstaand/")
    _add_members(world, 15, MembershipStatus.PENDING)
    assert _queries(client, "/partijen/lidmaatschap/aanvragen/openstaand/") == few == 10


def test_profile_queries_do_not_grow_with_memberships(world: World) -> None:
    client = client_for(world, Role.MEMBER_A)
    few = _queries(client, "/account/profiel/")
    for i in range(5):
        party = make_party(f"Extra {i}", f"extra-{i}", "GM0307")
        make_membership(world.user(Role.MEMBER_A), party)
    assert _queries(client, "/account/profiel/") == few == 9


def _add_registrations(count: int) -> list:
    from kennispunt.parties import services
    from kennispunt.parties.models import Municipality

    municipalities = list(Municipality.objects.order_by("pk")[:3])
    made = []
    for _ in range(count):
        i = next(_n)
        made.append(
            services.party_registration_submit(
                user=make_user(f"aanmelder{i}@example.org"),
                name=f"Nieuwe Partij {i}",
                municipalities=municipalities[: 1 + i % 3],
                is_national=False,
                role="bestuurslid",
                consent=True,
                consent_text="test consent",
            )
        )
    return made


def test_registration_queue_queries_do_not_grow(world: World) -> None:
    client = client_for(world, Role.BEHEERDER)
    _add_registrations(2)
    few = _queries(client, "/partijen/aanmeldingen/")
    _add_registrations(15)
    many = _queries(client, "/partijen/aanmeldingen/")
    assert many == few == 12


def test_registration_review_queries_do_not_grow(world: World) -> None:
    client = client_for(world, Role.BEHEERDER)
    first = _add_registrations(1)[0]
    few = _queries(client, f"/partijen/aanmeldingen/{first.pk}/")
    _add_registrations(10)
    assert _queries(client, f"/partijen/aanmeldingen/{first.pk}/") == few


def test_my_requests_queries_do_not_grow(world: World) -> None:
    client = client_for(world, Role.MEMBER_A)
    few = _queries(client, "/partijen/mijn-aanvragen/")
    for i in range(5):
        party = make_party(f"Verder {i}", f"verder-{i}", "GM0307")
        make_membership(world.user(Role.MEMBER_A), party, status=MembershipStatus.PENDING)
    assert _queries(client, "/partijen/mijn-aanvragen/") == few
