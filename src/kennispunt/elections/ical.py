"""A party's planner as an iCalendar feed: all-day events, so no time zone can shift a date."""

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from kennispunt.core import ical
from kennispunt.core.links import absolute_url

from . import selectors
from .models import PartyPlan


def plan_calendar(plan: PartyPlan) -> bytes:
    url = absolute_url(plan)
    with translation.override(settings.LANGUAGE_CODE):
        events = [
            ical.event(
                uid=f"stap-{step.dated.key}-{plan.pk}",
                summary=str(step.step.title),
                start=step.dated.starts_on or step.dated.due_on,
                end=step.dated.due_on,
                url=url,
                description=f"{step.step.article}\n\n{step.step.explanation}",
            )
            for step in selectors.plan_steps(plan, today=timezone.localdate())
        ]
        events += [
            ical.event(
                uid=f"mijlpaal-{milestone.pk}",
                summary=milestone.title,
                start=milestone.due_on,
                url=url,
                description=_("Eigen mijlpaal van uw partij."),
            )
            for milestone in selectors.plan_milestones(plan)
        ]
    return ical.calendar(
        events, name=f"{plan.election.title}: {plan.party.name}", product="Verkiezingsplanner"
    )
