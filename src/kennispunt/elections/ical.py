"""A party's planner as an iCalendar feed: all-day events, so no time zone can shift a date."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from kennispunt.core.links import absolute_url

from . import selectors
from .models import PartyPlan


def plan_calendar(plan: PartyPlan) -> bytes:
    today = timezone.localdate()
    calendar = Calendar()
    calendar.add("prodid", "-//Kennispunt//Verkiezingsplanner//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{plan.election.title}: {plan.party.name}")
    calendar.add("x-wr-timezone", "Europe/Amsterdam")
    stamp = timezone.now()
    url = absolute_url(plan)
    with translation.override(settings.LANGUAGE_CODE):
        for step in selectors.plan_steps(plan, today=today):
            event = Event()
            event.add("uid", f"stap-{step.dated.key}-{plan.pk}@kennispunt")
            event.add("dtstamp", stamp)
            event.add("summary", str(step.step.title))
            event.add("dtstart", step.dated.starts_on or step.dated.due_on)
            event.add("dtend", step.dated.due_on + timedelta(days=1))
            event.add("description", f"{step.step.article}\n\n{step.step.explanation}\n\n{url}")
            event.add("url", url)
            calendar.add_component(event)
        for milestone in selectors.plan_milestones(plan):
            event = Event()
            event.add("uid", f"mijlpaal-{milestone.pk}@kennispunt")
            event.add("dtstamp", stamp)
            event.add("summary", milestone.title)
            event.add("dtstart", milestone.due_on)
            event.add("dtend", milestone.due_on + timedelta(days=1))
            event.add("description", _("Eigen mijlpaal van uw partij.") + f"\n\n{url}")
            event.add("url", url)
            calendar.add_component(event)
    return calendar.to_ical()
