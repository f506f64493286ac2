"""The one eligibility rule: a verified member of a local party."""

import pytest

from kennispunt.parties.eligibility import eligible_parties, is_eligible
from kennispunt.parties.models import MembershipStatus
from kennispunt_testing.world import Role, World, make_membership, make_party, make_user

pytestmark = pytest.mark.django_db


def test_verified_member_of_a_local_party_is_eligible(world: World) -> None:
    assert is_eligible(world.user(Role.MEMBER_A))
    assert list(eligible_parties(world.user(Role.MEMBER_A))) == [world.party_a]


@pytest.mark.parametrize(
    "status", [MembershipStatus.PENDING, MembershipStatus.REJECTED, MembershipStatus.ENDED]
)
def test_membership_that_is_not_verified_gives_no_access(status: str) -> None:
    user = make_user("x@example.org")
    membership = make_membership(user, make_party("P", "p"), status=MembershipStatus.VERIFIED)
    membership.status = status
    membership.rejection_reason = "onbekend" if status == MembershipStatus.REJECTED else ""
    membership.save()
    assert not is_eligible(user)


@pytest.mark.parametrize("party_flags", [{"has_tk_seats": True}, {"is_national_branch": True}])
def test_member_of_a_national_party_is_not_eligible(party_flags: dict[str, bool]) -> None:
    user = make_user("x@example.org")
    make_membership(user, make_party("Landelijk", "landelijk", "GM0307", **party_flags))
    assert not is_eligible(user)


def test_anonymous_and_staff_without_membership_are_not_eligible(world: World) -> None:
    from django.contrib.auth.models import AnonymousUser

    assert not is_eligible(AnonymousUser())
    assert not is_eligible(world.user(Role.UNVERIFIED))
    assert not is_eligible(world.user(Role.BEHEERDER))


def test_eligible_required_decorator(world: World, rf) -> None:
    from django.contrib.auth.models import AnonymousUser
    from django.http import HttpResponse

    from kennispunt.parties.eligibility import eligible_required

    view = eligible_required(lambda request: HttpResponse("ok"))
    request = rf.get("/forum/")
    request.user = AnonymousUser()
    assert view(request).status_code == 302
    request.user = world.user(Role.UNVERIFIED)
    response = view(request)
    assert response.status_code == 403
    assert "Koppel uw account aan uw partij" in response.content.decode()
    request.user = world.user(Role.MEMBER_B)
    assert view(request).content == b"ok"
