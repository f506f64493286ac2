"""Reads: a party's pipeline, who may see it, and the problems on its list."""

from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from kennispunt.elections.models import Election
from kennispunt.elections.selectors import plan_for, published_elections
from kennispunt.parties.models import Party, PartyFunction
from kennispunt.parties.selectors import (
    board_parties,
    function_memberships,
    holds_function,
    is_board_member,
)

from . import rules
from .models import LISTED_STAGES, Candidate, Pipeline, Stage

SUPPORT_PERMISSION = "candidates.support_pipeline"
PAGE_SIZE = 25


def is_committee(user: Any, party: Party) -> bool:
    """The party's verified board and the members it gave the kandidatencommissie function."""
    return is_board_member(user, party) or holds_function(
        user, party, PartyFunction.KANDIDATENCOMMISSIE
    )


def support_access(user: Any, pipeline: Pipeline | None) -> bool:
    """A beheerder, only while the party's board has granted the Kennispunt a look."""
    return bool(
        pipeline is not None
        and pipeline.support_until is not None
        and pipeline.support_until > timezone.now()
        and getattr(user, "is_authenticated", False)
        and user.has_perm(SUPPORT_PERMISSION)
    )


def pipeline_for(party: Party, election: Election) -> Pipeline | None:
    return (
        Pipeline.objects.filter(party=party, election=election)
        .select_related("party", "election")
        .first()
    )


def committee_pipelines(user: Any) -> list[tuple[Party, Election]]:
    """For the start panel: (party, nearest upcoming election) where the person is on the
    committee or the board."""
    if not getattr(user, "is_authenticated", False):
        return []
    committee = function_memberships(function=PartyFunction.KANDIDATENCOMMISSIE, user=user)
    parties = list(
        Party.objects.filter(
            Q(pk__in=committee.values("party_id")) | Q(pk__in=board_parties(user).values("pk"))
        ).order_by("name")[:3]
    )
    if not parties:
        return []
    today = timezone.localdate()
    upcoming = [e for e in published_elections() if e.election_day >= today]
    if not upcoming:
        return []
    election = min(upcoming, key=lambda e: e.election_day)
    return [(party, election) for party in parties]


def candidates(pipeline: Pipeline, *, stage: str = "") -> QuerySet[Candidate]:
    qs = pipeline.candidates.select_related("user")
    if stage:
        qs = qs.filter(stage=stage)
    return qs.order_by("position", "surname", "pk")


def list_candidates(pipeline: Pipeline) -> list[Candidate]:
    """The people in the proposed order: voorgedragen, vastgesteld and op de lijst."""
    return list(
        pipeline.candidates.filter(stage__in=LISTED_STAGES).order_by("position", "surname", "pk")
    )


def stage_counts(pipeline: Pipeline) -> dict[str, int]:
    counts = {s.value: 0 for s in Stage}
    for row in pipeline.candidates.values("stage").order_by():
        counts[row["stage"]] += 1
    return counts


def seats_last_time(pipeline: Pipeline) -> int | None:
    return plan_for(pipeline.party, pipeline.election).seats_last_time


def other_lists(pipeline: Pipeline, people: list[Candidate]) -> dict[int, str]:
    """candidate pk -> another party in the same municipality with the same name on its list."""
    if not people:
        return {}
    municipality_ids = list(pipeline.party.municipalities.values_list("pk", flat=True))
    others = (
        Candidate.objects.filter(
            pipeline__election=pipeline.election,
            pipeline__party__municipalities__in=municipality_ids,
            stage__in=LISTED_STAGES,
        )
        .exclude(pipeline=pipeline)
        .values_list("surname", "initials", "residence", "pipeline__party__name")
        .distinct()
    )
    index = {
        (s.strip().lower(), i.replace(" ", "").lower(), r.strip().lower()): name
        for s, i, r, name in others
    }
    result = {}
    for c in people:
        key = (
            c.surname.strip().lower(),
            c.initials.replace(" ", "").lower(),
            c.residence.strip().lower(),
        )
        if key in index:
            result[c.pk] = index[key]
    return result


@dataclass(frozen=True)
class ListCheck:
    people: list[Candidate]
    problems: list[rules.Problem]
    limit: int

    @property
    def by_candidate(self) -> dict[int, list[rules.Problem]]:
        result: dict[int, list[rules.Problem]] = {}
        for p in self.problems:
            if p.candidate_pk is not None:
                result.setdefault(p.candidate_pk, []).append(p)
        return result


def list_check(pipeline: Pipeline) -> ListCheck:
    people = list_candidates(pipeline)
    others = other_lists(pipeline, people)
    seats = seats_last_time(pipeline)
    problems = rules.check_list(
        [c.as_entry(others.get(c.pk, "")) for c in people],
        seats_last_time=seats,
        submitter=pipeline.submitter,
        agent=pipeline.agent,
    )
    return ListCheck(people=people, problems=problems, limit=rules.max_candidates(seats))


def invitation(token: str) -> Candidate | None:
    if not token:
        return None
    return (
        Candidate.objects.filter(invite_token=token, anonymised_at__isnull=True)
        .select_related("pipeline__party", "pipeline__election")
        .first()
    )


def own_candidacies(user: Any) -> QuerySet[Candidate]:
    return Candidate.objects.filter(user=user, anonymised_at__isnull=True).select_related(
        "pipeline__party", "pipeline__election"
    )
