"""Personal data in the planner: milestones a person was given or made, and steps they ticked."""

from typing import Any

from django.db.models import Q

from .models import Milestone, StepCompletion


def export_planner(user: Any) -> dict[str, Any]:
    milestones = (
        Milestone.objects.filter(Q(assignee=user) | Q(created_by=user) | Q(done_by=user))
        .select_related("plan__party", "plan__election")
        .order_by("due_on")
    )
    ticks = StepCompletion.objects.filter(completed_by=user).select_related(
        "plan__party", "plan__election"
    )
    return {
        "milestones": [
            {
                "party": m.plan.party.name,
                "election": m.plan.election.title,
                "title": m.title,
                "due_on": m.due_on.isoformat(),
                "assigned_to_you": m.assignee_id == user.pk,
                "created_by_you": m.created_by_id == user.pk,
                "done_at": m.done_at.isoformat() if m.done_at else None,
            }
            for m in milestones
        ],
        "steps_ticked": [
            {
                "party": t.plan.party.name,
                "election": t.plan.election.title,
                "step": t.step_key,
                "ticked_at": t.completed_at.isoformat(),
            }
            for t in ticks
        ],
    }


def erase_planner(user: Any) -> None:
    """The party keeps its planning; the person's name is taken off it."""
    Milestone.objects.filter(assignee=user).update(assignee=None)
    Milestone.objects.filter(created_by=user).update(created_by=None)
    Milestone.objects.filter(done_by=user).update(done_by=None)
    StepCompletion.objects.filter(completed_by=user).update(completed_by=None)
