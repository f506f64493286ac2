"""Staff views of parties: new party registrations to review (``parties.review_party_registration``)
and the memberships waiting for a decision (``parties.verify_membership``)."""

from urllib.parse import quote_plus

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from kennispunt.accounts.access import staff_required
from kennispunt.core.audit import entries_for, log_action, log_actions
from kennispunt.core.breadcrumbs import staff_crumbs

from . import selectors, services
from .forms import MembershipDecisionForm, RegistrationDecisionForm, ReviewerPreferenceForm
from .models import PartyRegistration

PAGE_SIZE = 25
PERMISSION = "parties.review_party_registration"
KVK_SEARCH_URL = "https://www.kvk.nl/zoeken/?source=all&q={query}"
# The Kiesraad's databank of election results: every council's composition, per municipality.
ELECTION_RESULTS_URL = "https://www.verkiezingsuitslagen.nl/"


def kvk_search_url(name: str) -> str:
    return KVK_SEARCH_URL.format(query=quote_plus(name))


def _queue_crumbs(*extra: tuple[str, str]) -> list:
    return staff_crumbs(
        (_("Aanmeldingen van partijen"), reverse("parties:registration_queue")), *extra
    )


@staff_required(PERMISSION)
def registration_queue(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.registration_queue(), PAGE_SIZE).get_page(request.GET.get("pagina"))
    registrations = list(page.object_list)
    others = selectors.other_pending_registrations(registrations)
    log_actions(registrations, "party_registration.viewed", user=request.user)
    rows = [
        {"registration": r, "others": others.get(r.pk, []), "kvk_url": kvk_search_url(r.name)}
        for r in registrations
    ]
    return render(
        request,
        "parties/registration_queue.html",
        {
            "page": page,
            "rows": rows,
            "election_results_url": ELECTION_RESULTS_URL,
            "breadcrumbs": staff_crumbs((_("Aanmeldingen van partijen"), "")),
        },
    )


@staff_required(PERMISSION)
@require_http_methods(["GET", "POST"])
def registration_review(request: HttpRequest, pk: int) -> HttpResponse:
    registration = get_object_or_404(
        PartyRegistration.objects.select_related(
            "registrant", "party", "decided_by"
        ).prefetch_related("municipalities"),
        pk=pk,
    )
    if registration.registrant_id == request.user.pk:
        raise PermissionDenied
    form = RegistrationDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["decision"] == MembershipDecisionForm.VERIFY:
                party = services.party_registration_approve(
                    registration=registration, by=request.user
                )
                messages.success(
                    request,
                    _("%(party)s staat nu in het register. De aanmelder is bestuurslid.")
                    % {"party": party.name},
                )
            else:
                services.party_registration_reject(
                    registration=registration, by=request.user, reason=form.cleaned_data["reason"]
                )
                messages.success(
                    request, _("De aanmelding is afgewezen. De aanmelder krijgt bericht.")
                )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            return redirect("parties:registration_queue")
    else:
        log_action(registration, "party_registration.viewed", user=request.user)
    municipalities = list(registration.municipalities.all())
    return render(
        request,
        "parties/registration_review.html",
        {
            "registration": registration,
            "municipalities": municipalities,
            "others": selectors.other_pending_registrations([registration]).get(
                registration.pk, []
            ),
            "similar": selectors.similar_to(
                registration.name, municipalities, exclude_registration=registration.pk
            ),
            "kvk_url": kvk_search_url(registration.name),
            "election_results_url": ELECTION_RESULTS_URL,
            "history": entries_for(registration).exclude(action="party_registration.viewed"),
            "form": form,
            "breadcrumbs": _queue_crumbs((registration.name, "")),
        },
    )


@staff_required(PERMISSION)
@require_http_methods(["GET", "POST"])
def reviewer_preferences(request: HttpRequest) -> HttpResponse:
    # An unticked box posts nothing: the form is bound on every POST.
    form = ReviewerPreferenceForm(
        request.POST if request.method == "POST" else None,
        initial={"notify_party_registrations": selectors.wants_registration_mail(request.user)},
    )
    if request.method == "POST" and form.is_valid():
        services.reviewer_preference_set(
            user=request.user,
            notify_party_registrations=form.cleaned_data["notify_party_registrations"],
        )
        messages.success(request, _("Uw voorkeur is opgeslagen."))
        return redirect("accounts:profile")
    return render(
        request,
        "parties/reviewer_preferences.html",
        {
            "form": form,
            "breadcrumbs": staff_crumbs(
                (_("Mijn profiel"), reverse("accounts:profile")),
                (_("E-mail over aanmeldingen"), ""),
            ),
        },
    )


@staff_required("parties.verify_membership")
def pending_memberships(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.pending_memberships(), PAGE_SIZE).get_page(request.GET.get("pagina"))
    log_actions(page.object_list, "membership.viewed", user=request.user)
    return render(
        request,
        "parties/pending_memberships.html",
        {"page": page, "breadcrumbs": staff_crumbs((_("Aanvragen lidmaatschap"), ""))},
    )
