"""What the election planner adds to /mijn/: the next deadline of each of the person's parties
in the nearest published election (registered in apps.py)."""

from typing import Any

from django.db.models import Prefetch
from django.utils import timezone

from .models import StepOverride
from .selectors import plan_for, plan_steps, published_elections, user_plan_parties

START_PANEL_PARTIES = 2


def start_panel(user: Any) -> dict[str, Any] | None:
    """None for someone without a party: the party panel says how to get one."""
    parties = list(user_plan_parties(user)[:START_PANEL_PARTIES])
    if not parties:
        return None
    today = timezone.localdate()
    elections = published_elections().prefetch_related(
        Prefetch("overrides", queryset=StepOverride.objects.all())
    )
    election = min(
        (e for e in elections if e.election_day >= today),
        key=lambda e: e.election_day,
        default=None,
    )
    items = []
    if election is not None:
        for party in parties:
            plan = plan_for(party, election)
            upcoming = [
                step
                for step in plan_steps(plan, today=today)
                if step.step.is_deadline and step.done is None and step.days_left >= 0
            ]
            items.append(
                {
                    "party": party,
                    "next": upcoming[0] if upcoming else None,
                    "url": plan.get_absolute_url(),
                }
            )
    return {"election": election, "items": items}
