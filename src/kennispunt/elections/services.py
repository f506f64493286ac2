"""Writes of the election planner. Everything that changes a party's planner is audit-logged."""

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _

from kennispunt.core.audit import log_action
from kennispunt.core.mail import send_templated
from kennispunt.parties.models import Municipality, Party

from . import rules, selectors
from .models import Election, Milestone, PartyPlan, ReminderSent, StepCompletion, new_token

StrOrPromise = str | Promise
REMINDER_DAYS = (14, 3)  # a reminder two weeks before and three days before each deadline


def plan_ensure(*, party: Party, election: Election) -> PartyPlan:
    plan = selectors.plan_for(party, election)
    if plan.pk is None:
        plan.ical_token = new_token()
        try:
            with transaction.atomic():
                plan.save()
        except IntegrityError:  # created by someone else in the meantime
            plan = PartyPlan.objects.get(party=party, election=election)
    return plan


@transaction.atomic
def plan_case_update(
    *,
    party: Party,
    election: Election,
    situation: str,
    appellation_registered: bool | None,
    municipality: Municipality | None,
    seats_last_time: int | None,
    user: Any,
) -> PartyPlan:
    plan = plan_ensure(party=party, election=election)
    if municipality is not None and not party.municipalities.filter(pk=municipality.pk).exists():
        raise ValidationError(_("Kies een gemeente waarin uw partij actief is."))
    plan.situation = rules.Situation(situation).value
    plan.appellation_registered = appellation_registered
    plan.municipality = municipality
    plan.seats_last_time = seats_last_time
    plan.save(
        update_fields=["situation", "appellation_registered", "municipality", "seats_last_time"]
    )
    log_action(plan, "election_plan.case_updated", user, {"situation": plan.situation})
    return plan


def _known_step(election: Election, step_key: str) -> None:
    if step_key not in {s.key for s in election.rules.steps}:
        raise ValidationError(_("Deze stap bestaat niet."))


@transaction.atomic
def step_tick(*, party: Party, election: Election, step_key: str, done: bool, user: Any) -> None:
    _known_step(election, step_key)
    plan = plan_ensure(party=party, election=election)
    if done:
        _, created = StepCompletion.objects.get_or_create(
            plan=plan, step_key=step_key, defaults={"completed_by": user}
        )
        if created:
            log_action(plan, "election_plan.step_done", user, {"step": step_key})
    elif StepCompletion.objects.filter(plan=plan, step_key=step_key).delete()[0]:
        log_action(plan, "election_plan.step_undone", user, {"step": step_key})


@transaction.atomic
def milestone_add(
    *,
    party: Party,
    election: Election,
    title: str,
    due_on: date,
    assignee: Any | None,
    user: Any,
) -> Milestone:
    if assignee is not None and not selectors.board_members(party).filter(pk=assignee.pk).exists():
        raise ValidationError(_("Kies iemand uit het bestuur van uw partij."))
    plan = plan_ensure(party=party, election=election)
    milestone = Milestone.objects.create(
        plan=plan, title=title, due_on=due_on, assignee=assignee, created_by=user
    )
    log_action(milestone, "election_milestone.added", user, {"plan": plan.pk})
    return milestone


@transaction.atomic
def milestone_toggle(*, milestone: Milestone, user: Any) -> Milestone:
    if milestone.done_at is None:
        milestone.done_at, milestone.done_by = timezone.now(), user
        action = "election_milestone.done"
    else:
        milestone.done_at, milestone.done_by = None, None
        action = "election_milestone.undone"
    milestone.save(update_fields=["done_at", "done_by"])
    log_action(milestone, action, user)
    return milestone


@transaction.atomic
def milestone_delete(*, milestone: Milestone, user: Any) -> None:
    log_action(milestone, "election_milestone.deleted", user, {"plan": milestone.plan_id})
    milestone.delete()


@transaction.atomic
def ical_token_regenerate(*, party: Party, election: Election, user: Any) -> PartyPlan:
    """A new secret calendar link; the old link stops working at once."""
    plan = plan_ensure(party=party, election=election)
    plan.ical_token = new_token()
    plan.save(update_fields=["ical_token"])
    log_action(plan, "election_plan.ical_token_regenerated", user)
    return plan


def _due_items(plan: PartyPlan, today: date) -> list[tuple[str, StrOrPromise, date, int]]:
    """(item_key, title, due_on, days_before) of open deadlines inside a reminder window.

    A step's title stays a lazy translation: the mail renders it in the site language.
    """
    items: list[tuple[str, StrOrPromise, date, int]] = []
    candidates: list[tuple[str, StrOrPromise, date]] = [
        (s.dated.key, s.step.title, s.dated.due_on)
        for s in selectors.plan_steps(plan, today=today)
        if s.step.is_deadline and s.done is None
    ]
    candidates += [
        (f"mijlpaal-{m.pk}", m.title, m.due_on)
        for m in selectors.plan_milestones(plan)
        if m.done_at is None
    ]
    for key, title, due_on in candidates:
        days_left = (due_on - today).days
        if days_left < 0:
            continue
        # The nearest reminder window that has opened (so a late start sends one mail, not two).
        opened = [d for d in REMINDER_DAYS if days_left <= d]
        if opened:
            items.append((key, title, due_on, min(opened)))
    return items


def reminders_send(*, today: date | None = None) -> int:
    """E-mail each party's board about deadlines that come close; each reminder goes once.

    Returns the number of e-mails queued (one per board member per party).
    """
    today = today or timezone.localdate()
    plans = (
        PartyPlan.objects.filter(election__is_published=True)
        .select_related("party", "election", "municipality__council_size")
        .order_by("pk")
    )
    sent = 0
    for plan in plans:
        if plan.election.election_day < today:
            continue
        sent += _plan_reminders_send(plan, today)
    return sent


@transaction.atomic
def _plan_reminders_send(plan: PartyPlan, today: date) -> int:
    already = set(plan.reminders.values_list("item_key", "due_on", "days_before"))
    items = [i for i in _due_items(plan, today) if (i[0], i[2], i[3]) not in already]
    recipients = [u.email for u in selectors.board_members(plan.party) if u.email]
    if not items or not recipients:
        return 0
    for key, _title, due_on, days_before in items:
        ReminderSent.objects.create(plan=plan, item_key=key, due_on=due_on, days_before=days_before)
    context = {
        "plan": plan,
        "items": [
            {"title": title, "due_on": due_on, "days_left": (due_on - today).days}
            for _key, title, due_on, _d in items
        ],
    }
    for email in recipients:  # one message each: board members do not see each other's address
        send_templated("elections/email/reminder", [email], context)
    log_action(plan, "election_plan.reminder_sent", None, {"items": [i[0] for i in items]})
    return len(recipients)
