"""Who may open what: election pages are public; a party's planner is for its verified members,
and only its verified board changes it."""

from datetime import date

import pytest

from kennispunt.elections import services
from kennispunt.elections.models import Election, Milestone, PartyPlan, StepOverride
from kennispunt_testing.access import LOGIN, Redirect, assert_access, expect
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db


def plan_url(election: Election, world: World, suffix: str = "") -> str:
    return f"/verkiezingen/{election.slug}/partij/{world.party_a.slug}/{suffix}"


def test_election_pages_are_public(world: World, election: Election) -> None:
    assert_access(world, "/verkiezingen/", expect(default=200))
    assert_access(world, f"/verkiezingen/{election.slug}/", expect(default=200))
    assert_access(world, "/verkiezingen/bestaat-niet/", expect(default=404))


def test_unpublished_election_is_not_shown(world: World, election: Election) -> None:
    election.is_published = False
    election.save()
    assert_access(world, f"/verkiezingen/{election.slug}/", expect(default=404))
    assert_access(
        world,
        plan_url(election, world),
        expect(default=403, anonymous=LOGIN, member_a=404, board_a=404, member_b=404),
    )


def test_planner_is_for_the_partys_verified_members(world: World, election: Election) -> None:
    for suffix in ("", "afdrukken/"):
        assert_access(
            world,
            plan_url(election, world, suffix),
            expect(default=403, anonymous=LOGIN, member_a=200, board_a=200),
        )


def test_changes_are_for_the_partys_board(world: World, election: Election) -> None:
    back = Redirect(plan_url(election, world))
    board_only = expect(default=403, anonymous=LOGIN, board_a=back)
    assert_access(
        world,
        plan_url(election, world, "stap/waarborgsom/"),
        board_only,
        method="post",
        data={"done": "1"},
    )
    assert_access(
        world,
        plan_url(election, world, "situatie/"),
        board_only,
        method="post",
        data={"situation": "nieuw", "appellation_registered": ""},
    )
    assert_access(
        world,
        plan_url(election, world, "mijlpalen/"),
        board_only,
        method="post",
        data={"title": "ALV", "due_on": "2029-12-01"},
    )
    assert_access(world, plan_url(election, world, "agenda/nieuw/"), board_only, method="post")

    def new_milestone(w: World) -> str:
        milestone = services.milestone_add(
            party=w.party_a,
            election=election,
            title="Programma klaar",
            due_on=date(2029, 11, 1),
            assignee=None,
            user=w.user(Role.BOARD_A),
        )
        return plan_url(election, w, f"mijlpalen/{milestone.pk}/")

    assert_access(world, lambda w: new_milestone(w) + "afvinken/", board_only, method="post")
    assert_access(world, lambda w: new_milestone(w) + "verwijderen/", board_only, method="post")


def test_planner_get_never_changes_state(world: World, election: Election) -> None:
    assert_access(world, plan_url(election, world, "stap/waarborgsom/"), expect(default=405))
    assert_access(
        world,
        plan_url(election, world),
        expect(default=403, anonymous=LOGIN, member_a=200, board_a=200),
    )
    assert not PartyPlan.objects.exists()


def test_board_cannot_touch_another_partys_milestone(world: World, election: Election) -> None:
    milestone = services.milestone_add(
        party=world.party_b,
        election=election,
        title="Geheim",
        due_on=date(2029, 11, 1),
        assignee=None,
        user=None,
    )
    # Through party A's URL (where the board has rights) the milestone of party B is not found.
    assert_access(
        world,
        plan_url(election, world, f"mijlpalen/{milestone.pk}/verwijderen/"),
        expect(default=403, anonymous=LOGIN, board_a=404),
        method="post",
    )
    assert Milestone.objects.filter(pk=milestone.pk).exists()


def test_ical_feed_needs_only_the_secret_token(world: World, election: Election) -> None:
    plan = services.plan_ensure(party=world.party_a, election=election)
    assert_access(world, f"/verkiezingen/agenda/{plan.ical_token}.ics", expect(default=200))
    assert_access(world, "/verkiezingen/agenda/fout-token.ics", expect(default=404))


def test_staff_election_admin(world: World, election: Election) -> None:
    others = dict.fromkeys(("helpdeskmedewerker", "trainer", "moderator"), 302)
    for url in (
        "/beheer/cms/snippets/elections/election/",
        f"/beheer/cms/snippets/elections/election/edit/{election.pk}/",
        "/beheer/cms/snippets/elections/councilsize/",
    ):
        assert_access(world, url, expect(default=302, redacteur=200, beheerder=200, **others))


def test_step_overrides_are_kept_by_editors_in_the_cms(world: World, election: Election) -> None:
    override = StepOverride.objects.create(
        election=election, step_key="waarborgsom", source="Wijzigingswet"
    )
    others = dict.fromkeys(("helpdeskmedewerker", "trainer", "moderator"), 302)
    table = expect(default=302, anonymous=LOGIN, redacteur=200, beheerder=200, **others)
    for url in (
        "/beheer/cms/snippets/elections/stepoverride/",
        f"/beheer/cms/snippets/elections/stepoverride/edit/{override.pk}/",
    ):
        assert_access(world, url, table)
