from collections.abc import Callable
from datetime import date
from functools import wraps
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kennispunt.core import ical
from kennispunt.core.breadcrumbs import crumbs
from kennispunt.parties.eligibility import eligible_required
from kennispunt.parties.models import Party

from . import rules, selectors, services
from .forms import MilestoneForm, PlanCaseForm
from .ical import plan_calendar
from .models import Election, Milestone, PartyPlan


def election_list(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    elections = list(selectors.published_elections())
    return render(
        request,
        "elections/election_list.html",
        {
            "upcoming": [e for e in elections if e.election_day >= today],
            "past": [e for e in elections if e.election_day < today],
            "breadcrumbs": crumbs((_("Verkiezingen"), "")),
        },
    )


def _rows(request: HttpRequest, steps: list[Any], today: date) -> list[dict[str, Any]]:
    """Timeline rows for the templates: the dated step, its countdown and knowledge links.

    ``steps`` holds DatedSteps or PlanSteps (which carry the tick as ``done``).
    """
    slugs = {slug for s in steps for slug in s.step.knowledge_slugs}
    links = selectors.knowledge_links(slugs, request)
    rows = []
    for s in steps:
        dated = getattr(s, "dated", s)
        rows.append(
            {
                "dated": dated,
                "step": s.step,
                "days_left": (dated.due_on - today).days,
                "done": getattr(s, "done", None),
                "applies": getattr(s, "applies", True),
                "links": [links[slug] for slug in s.step.knowledge_slugs if slug in links],
            }
        )
    return rows


def election_detail(request: HttpRequest, slug: str) -> HttpResponse:
    election = get_object_or_404(
        selectors.published_elections().prefetch_related("overrides"), slug=slug
    )
    today = timezone.localdate()
    return render(
        request,
        "elections/election_detail.html",
        {
            "election": election,
            "election_days_left": (election.election_day - today).days,
            "timeline": _rows(request, selectors.election_timeline(election), today),
            "requirements": election.rules.requirements(rules.Case()),
            "my_parties": list(selectors.user_plan_parties(request.user)),
            "breadcrumbs": crumbs(
                (_("Verkiezingen"), reverse("elections:list")), (election.title, "")
            ),
        },
    )


PlanView = Callable[..., HttpResponse]


def plan_access(*, edit: bool) -> Callable[[PlanView], PlanView]:
    """Only the party's verified members see its planner; only its verified board changes it."""

    def decorator(view: PlanView) -> PlanView:
        @eligible_required
        @wraps(view)
        def wrapper(request: HttpRequest, slug: str, party: str, **kwargs: Any) -> HttpResponse:
            election = get_object_or_404(selectors.published_elections(), slug=slug)
            party_obj = get_object_or_404(Party, slug=party)
            allowed = (
                selectors.can_edit_plan(request.user, party_obj)
                if edit
                else selectors.can_view_plan(request.user, party_obj)
            )
            if not allowed:
                raise PermissionDenied
            return view(request, election, party_obj, **kwargs)

        return wrapper

    return decorator


def _plan_context(request: HttpRequest, election: Election, party: Party) -> dict[str, Any]:
    plan = selectors.plan_for(party, election)
    today = timezone.localdate()
    case = selectors.case_for(plan)
    milestones = selectors.plan_milestones(plan)
    for milestone in milestones:
        milestone.days_left = (milestone.due_on - today).days  # type: ignore[attr-defined]
    return {
        "election": election,
        "party": party,
        "plan": plan,
        "case": case,
        "seats": case.council_seats,
        "steps": _rows(request, selectors.plan_steps(plan, today=today), today),
        "requirements": election.rules.requirements(case),
        "milestones": milestones,
        "can_edit": selectors.can_edit_plan(request.user, party),
        "today": today,
    }


def _plan_page(
    request: HttpRequest,
    election: Election,
    party: Party,
    *,
    case_form: PlanCaseForm | None = None,
    milestone_form: MilestoneForm | None = None,
    status: int = 200,
) -> HttpResponse:
    """The planner; a form that did not validate is shown again with what was typed."""
    context = _plan_context(request, election, party)
    plan: PartyPlan = context["plan"]
    if context["can_edit"]:
        context["case_form"] = case_form or PlanCaseForm(
            initial=PlanCaseForm.initial_for(plan), party=party
        )
        context["milestone_form"] = milestone_form or MilestoneForm(party=party)
        if plan.pk:
            context["ical_url"] = request.build_absolute_uri(
                reverse("elections:ical", kwargs={"token": plan.ical_token})
            )
    context["breadcrumbs"] = crumbs(
        (_("Verkiezingen"), reverse("elections:list")),
        (election.title, election.get_absolute_url()),
        (party.name, ""),
    )
    return render(request, "elections/plan_detail.html", context, status=status)


@plan_access(edit=False)
def plan_detail(request: HttpRequest, election: Election, party: Party) -> HttpResponse:
    return _plan_page(request, election, party)


@plan_access(edit=False)
def plan_print(request: HttpRequest, election: Election, party: Party) -> HttpResponse:
    return render(request, "elections/plan_print.html", _plan_context(request, election, party))


def _back(election: Election, party: Party, anchor: str = "") -> HttpResponse:
    url = reverse("elections:plan", kwargs={"slug": election.slug, "party": party.slug})
    return redirect(url + (f"#{anchor}" if anchor else ""))


@require_POST
@plan_access(edit=True)
def plan_case(request: HttpRequest, election: Election, party: Party) -> HttpResponse:
    form = PlanCaseForm(request.POST, party=party)
    if form.is_valid():
        services.plan_case_update(
            party=party,
            election=election,
            situation=form.cleaned_data["situation"],
            appellation_registered=form.registered(),
            municipality=form.cleaned_data["municipality"]
            or party.municipalities.order_by("name").first(),
            seats_last_time=form.cleaned_data["seats_last_time"],
            user=request.user,
        )
        messages.success(request, _("De planning past zich nu aan uw situatie aan."))
        return _back(election, party)
    return _plan_page(request, election, party, case_form=form, status=400)


@require_POST
@plan_access(edit=True)
def step_toggle(request: HttpRequest, election: Election, party: Party, key: str) -> HttpResponse:
    try:
        services.step_tick(
            party=party,
            election=election,
            step_key=key,
            done=request.POST.get("done") == "1",
            user=request.user,
        )
    except ValidationError as exc:
        raise Http404 from exc
    return _back(election, party, f"stap-{key}")


@require_POST
@plan_access(edit=True)
def milestone_add(request: HttpRequest, election: Election, party: Party) -> HttpResponse:
    form = MilestoneForm(request.POST, party=party)
    if form.is_valid():
        services.milestone_add(
            party=party,
            election=election,
            title=form.cleaned_data["title"],
            due_on=form.cleaned_data["due_on"],
            assignee=form.cleaned_data["assignee"],
            user=request.user,
        )
        messages.success(request, _("De mijlpaal is toegevoegd."))
        return _back(election, party, "mijlpalen")
    return _plan_page(request, election, party, milestone_form=form, status=400)


def _milestone(election: Election, party: Party, pk: int) -> Milestone:
    return get_object_or_404(Milestone, pk=pk, plan__party=party, plan__election=election)


@require_POST
@plan_access(edit=True)
def milestone_toggle(
    request: HttpRequest, election: Election, party: Party, pk: int
) -> HttpResponse:
    services.milestone_toggle(milestone=_milestone(election, party, pk), user=request.user)
    return _back(election, party, "mijlpalen")


@require_POST
@plan_access(edit=True)
def milestone_delete(
    request: HttpRequest, election: Election, party: Party, pk: int
) -> HttpResponse:
    services.milestone_delete(milestone=_milestone(election, party, pk), user=request.user)
    messages.success(request, _("De mijlpaal is verwijderd."))
    return _back(election, party, "mijlpalen")


@require_POST
@plan_access(edit=True)
def ical_regenerate(request: HttpRequest, election: Election, party: Party) -> HttpResponse:
    services.ical_token_regenerate(party=party, election=election, user=request.user)
    messages.success(
        request, _("Er is een nieuwe agendalink gemaakt. De oude link werkt niet meer.")
    )
    return _back(election, party, "agenda")


def ical_feed(request: HttpRequest, token: str) -> HttpResponse:
    """No login: calendar apps fetch it with the secret link. A regenerated link ends the old."""
    plan = get_object_or_404(
        PartyPlan.objects.select_related("party", "election", "municipality__council_size"),
        ical_token=token,
        election__is_published=True,
    )
    response = ical.response(plan_calendar(plan), filename=f"{plan.election.slug}.ics")
    response["Cache-Control"] = "private, max-age=900"
    response["X-Robots-Tag"] = "noindex"
    return response
