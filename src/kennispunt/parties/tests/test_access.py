"""Who may see and do what in the parties app. Membership is special-category data."""

import itertools

import pytest

from kennispunt.parties import services
from kennispunt.parties.models import MembershipStatus, PartyRegistration
from kennispunt_testing.access import LOGIN, Redirect, assert_access, expect
from kennispunt_testing.world import Role, World, make_membership, make_user

pytestmark = pytest.mark.django_db


def test_party_register_is_public(world: World) -> None:
    assert_access(world, "/partijen/", expect(default=200))
    assert_access(world, "/partijen/lokaal-belang-a/", expect(default=200))


def test_member_list_only_for_own_board_and_membership_staff(world: World) -> None:
    assert_access(
        world,
        "/partijen/lokaal-belang-a/leden/",
        expect(default=403, anonymous=LOGIN, board_a=200, beheerder=200),
    )
    # Party A's board sees nothing of party B.
    assert_access(
        world,
        "/partijen/dorpspartij-b/leden/",
        expect(default=403, anonymous=LOGIN, beheerder=200),
    )


def test_request_form_for_every_signed_in_user(world: World) -> None:
    assert_access(world, "/partijen/lidmaatschap/aanvragen/", expect(default=200, anonymous=LOGIN))
    assert_access(world, "/partijen/lidmaatschap/toegang/", expect(default=200, anonymous=LOGIN))


def test_pending_queue_only_for_staff_who_verify(world: World) -> None:
    assert_access(
        world,
        "/partijen/lidmaatschap/aanvragen/openstaand/",
        expect(default=403, anonymous=LOGIN, beheerder=200),
    )


_applicants = itertools.count()


def _pending_request_for_party_a(world: World) -> str:
    applicant = make_user(f"aanvrager-{next(_applicants)}@example.org")
    membership = make_membership(applicant, world.party_a, status=MembershipStatus.PENDING)
    return f"/partijen/lidmaatschap/{membership.pk}/beoordelen/"


def test_deciding_a_request_is_for_that_partys_board_and_staff(world: World) -> None:
    table = expect(default=403, anonymous=LOGIN, board_a=200, beheerder=200)
    assert_access(world, _pending_request_for_party_a, table)
    # A valid decision redirects; everyone else is refused before anything changes.
    assert_access(
        world,
        _pending_request_for_party_a,
        expect(default=403, anonymous=LOGIN, board_a=302, beheerder=302),
        method="post",
        data={"decision": "verify"},
    )


def test_ending_a_membership_is_for_the_member_their_board_and_staff(world: World) -> None:
    def member_a_membership(world: World) -> str:
        membership = world.membership(Role.MEMBER_A)
        if membership.status != MembershipStatus.VERIFIED:
            membership.status = MembershipStatus.VERIFIED
            membership.save(update_fields=["status"])
        return f"/partijen/lidmaatschap/{membership.pk}/beeindigen/"

    assert_access(
        world,
        member_a_membership,
        expect(default=403, anonymous=LOGIN, member_a=302, board_a=302, beheerder=302),
        method="post",
    )
    # GET never changes anything.
    assert_access(world, member_a_membership, expect(default=405, anonymous=LOGIN), method="get")


def test_register_in_the_cms_is_for_beheerders(world: World) -> None:
    other_staff = dict.fromkeys(("redacteur", "helpdeskmedewerker", "trainer", "moderator"), 302)
    for url in (
        "/beheer/cms/register/partijen/",
        "/beheer/cms/register/gemeenten/",
        "/beheer/cms/register/partijen/new/",
    ):
        assert_access(world, url, expect(default=302, beheerder=200, **other_staff))
    edit = f"/beheer/cms/register/partijen/edit/{world.party_a.pk}/"
    assert_access(world, edit, expect(default=302, beheerder=200))


# --- Party registration ----------------------------------------------------------------------


def _pending_registration(world: World) -> PartyRegistration:
    registrant = make_user(f"aanmelder-{next(_applicants)}@example.org")
    return services.party_registration_submit(
        user=registrant,
        name=f"Nieuwe Partij {next(_applicants)}",
        municipalities=[world.party_a.municipalities.get()],
        is_national=False,
        role="bestuurslid",
        consent=True,
        consent_text="test consent",
    )


def test_registering_a_party_is_for_every_signed_in_user(world: World) -> None:
    assert_access(
        world, "/partijen/aanmelden/", expect(default=200, anonymous=Redirect("/account/signup/"))
    )
    assert_access(world, "/partijen/mijn-aanvragen/", expect(default=200, anonymous=LOGIN))


def test_registration_status_is_for_the_registrant_and_reviewers(world: World) -> None:
    registration = _pending_registration(world)
    registration.registrant = world.user(Role.UNVERIFIED)
    registration.save(update_fields=["registrant"])
    assert_access(
        world,
        f"/partijen/aanmelden/{registration.pk}/",
        expect(default=403, anonymous=LOGIN, unverified=200, beheerder=200),
    )


def test_registration_queue_and_review_are_for_reviewers(world: World) -> None:
    reviewers_only = expect(default=403, anonymous=LOGIN, beheerder=200)
    assert_access(world, "/partijen/aanmeldingen/", reviewers_only)
    assert_access(world, "/partijen/aanmeldingen/meldingen/", reviewers_only)
    assert_access(
        world,
        lambda w: f"/partijen/aanmeldingen/{_pending_registration(w).pk}/",
        reviewers_only,
    )
    # Deciding: a reviewer's decision redirects; everyone else is refused before any change.
    assert_access(
        world,
        lambda w: f"/partijen/aanmeldingen/{_pending_registration(w).pk}/",
        expect(default=403, anonymous=LOGIN, beheerder=302),
        method="post",
        data={"decision": "reject", "reason": "Geen lokale partij."},
    )
