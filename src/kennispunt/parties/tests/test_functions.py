"""Functions a board gives its members (penningmeester, kandidatencommissie), beside their role."""

import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from kennispunt.core.models import AuditLogEntry
from kennispunt.parties import selectors, services
from kennispunt.parties.exports import export_memberships
from kennispunt.parties.models import MembershipStatus, PartyFunction
from kennispunt_testing.access import LOGIN, assert_access, client_for, expect
from kennispunt_testing.world import Role, World, make_membership, make_user

pytestmark = pytest.mark.django_db

TREASURER = PartyFunction.PENNINGMEESTER
COMMITTEE = PartyFunction.KANDIDATENCOMMISSIE


def test_the_board_gives_and_withdraws_functions_and_each_change_is_logged(world: World) -> None:
    board = world.user(Role.BOARD_A)
    member = world.membership(Role.MEMBER_A)

    services.membership_functions_set(membership=member, functions=[TREASURER, COMMITTEE], by=board)
    assert selectors.holds_function(member.user, world.party_a, TREASURER)
    assert selectors.holds_function(member.user, world.party_a, COMMITTEE)
    assert not selectors.holds_function(member.user, world.party_b, TREASURER)

    services.membership_functions_set(membership=member, functions=[COMMITTEE], by=board)
    assert not selectors.holds_function(member.user, world.party_a, TREASURER)
    actions = list(
        AuditLogEntry.objects.filter(object_id=str(member.pk))
        .order_by("pk")
        .values_list("action", "data", "actor")
    )
    assert actions == [
        ("membership.function_assigned", {"function": "kandidatencommissie"}, board.pk),
        ("membership.function_assigned", {"function": "penningmeester"}, board.pk),
        ("membership.function_withdrawn", {"function": "penningmeester"}, board.pk),
    ]


def test_a_board_member_may_be_the_treasurer_themself(world: World) -> None:
    board = world.user(Role.BOARD_A)
    services.membership_functions_set(
        membership=world.membership(Role.BOARD_A), functions=[TREASURER], by=board
    )
    assert list(selectors.function_memberships(world.party_a, function=TREASURER)) == [
        world.membership(Role.BOARD_A)
    ]


@pytest.mark.parametrize("role", [Role.MEMBER_A, Role.MEMBER_B, Role.REDACTEUR, Role.UNVERIFIED])
def test_only_the_board_and_membership_staff_give_functions(world: World, role: Role) -> None:
    with pytest.raises(PermissionDenied):
        services.membership_functions_set(
            membership=world.membership(Role.MEMBER_A), functions=[TREASURER], by=world.user(role)
        )
    assert not selectors.holds_function(world.user(Role.MEMBER_A), world.party_a, TREASURER)


def test_staff_who_verify_memberships_may_give_functions(world: World) -> None:
    services.membership_functions_set(
        membership=world.membership(Role.MEMBER_A),
        functions=[TREASURER],
        by=world.user(Role.BEHEERDER),
    )
    assert selectors.holds_function(world.user(Role.MEMBER_A), world.party_a, TREASURER)


def test_only_a_verified_member_gets_a_function_and_it_lapses_with_the_membership(
    world: World,
) -> None:
    board = world.user(Role.BOARD_A)
    pending = make_membership(
        make_user("aanvrager@example.org"), world.party_a, status=MembershipStatus.PENDING
    )
    with pytest.raises(ValidationError):
        services.membership_functions_set(membership=pending, functions=[TREASURER], by=board)
    with pytest.raises(ValidationError):
        services.membership_functions_set(
            membership=world.membership(Role.MEMBER_A), functions=["voorzitter"], by=board
        )

    member = world.membership(Role.MEMBER_A)
    services.membership_functions_set(membership=member, functions=[TREASURER], by=board)
    services.membership_end(membership=member, by=board)
    assert not selectors.holds_function(member.user, world.party_a, TREASURER)


def test_functions_are_in_the_members_data_export(world: World) -> None:
    member = world.membership(Role.MEMBER_A)
    services.membership_functions_set(
        membership=member, functions=[COMMITTEE], by=world.user(Role.BOARD_A)
    )
    (exported,) = export_memberships(member.user)
    assert exported["functions"] == ["kandidatencommissie"]


def _functions_url(world: World) -> str:
    return f"/partijen/lokaal-belang-a/leden/{world.membership(Role.MEMBER_A).pk}/taken/"


def test_function_form_access(world: World) -> None:
    data = {f"m{world.membership(Role.MEMBER_A).pk}-functions": [TREASURER]}
    assert_access(
        world,
        _functions_url,
        expect(default=403, anonymous=LOGIN, board_a=302, beheerder=302),
        method="post",
        data=data,
    )
    assert_access(world, _functions_url, expect(default=405, anonymous=LOGIN), method="get")
    # Party B's URL with party A's member: not found, whoever asks.
    wrong_party = f"/partijen/dorpspartij-b/leden/{world.membership(Role.MEMBER_A).pk}/taken/"
    response = client_for(world, Role.BEHEERDER).post(wrong_party, data)
    assert response.status_code == 404


def test_the_board_sets_functions_from_the_member_list(world: World) -> None:
    client = client_for(world, Role.BOARD_A)
    member = world.membership(Role.MEMBER_A)
    page = client.get("/partijen/lokaal-belang-a/leden/").content.decode()
    assert f'name="m{member.pk}-functions" value="penningmeester"' in page
    assert "Taken van Anna opslaan" in page

    response = client.post(_functions_url(world), {f"m{member.pk}-functions": [TREASURER]})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "De taken van Anna zijn opgeslagen: penningmeester." in page
    checked = re.findall(rf'name="m{member.pk}-functions" value="(\w+)"[^>]*checked', page)
    assert checked == ["penningmeester"]
