"""Reads: elections, their timeline, and a party's planner (only for that party's members)."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from wagtail.models import Page

from kennispunt.accounts.models import User
from kennispunt.parties.eligibility import eligible_parties
from kennispunt.parties.models import Party
from kennispunt.parties.selectors import board_memberships, is_board_member

from . import rules
from .models import CouncilSize, Election, Milestone, PartyPlan


def published_elections() -> QuerySet[Election]:
    return Election.objects.filter(is_published=True).order_by("-year", "type")


def election_timeline(election: Election) -> list[rules.DatedStep]:
    """The statutory steps with dates: the law, its known exceptions, then staff overrides."""
    exceptions = {e.step_key: e for e in election.rules.exceptions.get(election.year, ())}
    for override in election.overrides.all():
        exceptions[override.step_key] = rules.Exception_(
            step_key=override.step_key,
            starts_on=override.starts_on,
            due_on=override.due_on,
            source=override.source,
        )
    return rules.step_dates(
        election.rules,
        nomination_day=election.nomination_day,
        election_day=election.election_day,
        exceptions=tuple(exceptions.values()),
    )


def can_view_plan(user: Any, party: Party) -> bool:
    return eligible_parties(user).filter(pk=party.pk).exists()


def can_edit_plan(user: Any, party: Party) -> bool:
    """The party's verified board edits; its verified members only look."""
    return is_board_member(user, party) and can_view_plan(user, party)


def plan_for(party: Party, election: Election) -> PartyPlan:
    """The saved plan, or an unsaved one with the defaults (nothing is written on reading)."""
    plan = (
        PartyPlan.objects.filter(party=party, election=election)
        .select_related("municipality__council_size")
        .first()
    )
    if plan is None:
        plan = PartyPlan(party=party, election=election, ical_token="")
        plan.municipality = (
            party.municipalities.select_related("council_size").order_by("name").first()
        )
    return plan


def council_seats(plan: PartyPlan) -> int | None:
    if plan.municipality is None:
        return None
    try:
        return plan.municipality.council_size.seats
    except CouncilSize.DoesNotExist:
        return None


def case_for(plan: PartyPlan) -> rules.Case:
    return rules.Case(
        situation=rules.Situation(plan.situation),
        appellation_registered=plan.appellation_registered,
        council_seats=council_seats(plan),
        seats_last_time=plan.seats_last_time,
    )


@dataclass(frozen=True)
class PlanStep:
    dated: rules.DatedStep
    applies: bool | None  # None: depends on what the party has not told us yet
    done: Any  # the StepCompletion, or None
    days_left: int

    @property
    def step(self) -> rules.Step:
        return self.dated.step


def plan_steps(plan: PartyPlan, *, today: date) -> list[PlanStep]:
    """The steps that (may) apply to this party, each with its tick."""
    case = case_for(plan)
    done = {}
    if plan.pk:
        done = {c.step_key: c for c in plan.completions.select_related("completed_by")}
    result = []
    for dated in election_timeline(plan.election):
        applies = dated.step.applies(case)
        if applies is False:
            continue
        result.append(
            PlanStep(
                dated=dated,
                applies=applies,
                done=done.get(dated.key),
                days_left=(dated.due_on - today).days,
            )
        )
    return result


def plan_milestones(plan: PartyPlan) -> list[Milestone]:
    if not plan.pk:
        return []
    return list(plan.milestones.select_related("assignee", "done_by"))


def board_members(party: Party) -> QuerySet[User]:
    return User.objects.filter(
        pk__in=board_memberships(party).values("user_id"), is_active=True
    ).order_by("first_name", "email")


def knowledge_links(slugs: set[str], request: HttpRequest | None) -> dict[str, tuple[str, str]]:
    """slug -> (title, url) for the live, public pages that exist; missing slugs are skipped."""
    if not slugs:
        return {}
    links = {}
    for page in Page.objects.live().public().filter(slug__in=slugs).order_by("path"):
        url = page.get_url(request=request)
        if url and page.slug not in links:
            links[page.slug] = (page.title, url)
    return links


def user_plan_parties(user: Any) -> QuerySet[Party]:
    return eligible_parties(user).order_by("name")
