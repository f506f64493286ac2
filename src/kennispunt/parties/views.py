from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST

from kennispunt.core.audit import log_action, log_actions
from kennispunt.core.breadcrumbs import crumbs
from kennispunt.core.http import renamed_query_parameters

from . import selectors, services
from .eligibility import is_eligible
from .forms import (
    CONSENT_TEXT,
    MembershipDecisionForm,
    MembershipFunctionsForm,
    MembershipRequestForm,
    PartySearchForm,
)
from .models import Membership, MembershipStatus, Party, PartyFunction

PAGE_SIZE = 25


@renamed_query_parameters(province="provincie")
def party_list(request: HttpRequest) -> HttpResponse:
    form = PartySearchForm(request.GET or None)
    query = province = ""
    if form.is_valid():
        query = form.cleaned_data["q"].strip()
        province = form.cleaned_data["provincie"]
    page = Paginator(selectors.search_parties(query=query, province=province), PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    return render(
        request,
        "parties/party_list.html",
        {"form": form, "page": page, "breadcrumbs": crumbs((_("Partijen"), ""))},
    )


def party_detail(request: HttpRequest, slug: str) -> HttpResponse:
    party = get_object_or_404(Party.objects.listed().prefetch_related("municipalities"), slug=slug)
    return render(
        request,
        "parties/party_detail.html",
        {
            "party": party,
            "can_view_members": selectors.can_view_members(request.user, party),
            "breadcrumbs": crumbs((_("Partijen"), reverse("parties:list")), (party.name, "")),
        },
    )


@login_required
def party_members(request: HttpRequest, slug: str) -> HttpResponse:
    party = get_object_or_404(Party, slug=slug)
    if not selectors.can_view_members(request.user, party):
        raise PermissionDenied
    page = Paginator(selectors.party_members(party), PAGE_SIZE).get_page(request.GET.get("pagina"))
    log_actions(page.object_list, "membership.viewed", user=request.user)
    can_assign = selectors.can_assign_functions(request.user, party)
    for membership in page.object_list:
        membership.functions_form = (
            MembershipFunctionsForm(
                prefix=f"m{membership.pk}",
                initial={"functions": [f.function for f in membership.functions.all()]},
            )
            if can_assign and membership.status == MembershipStatus.VERIFIED
            else None
        )
    return render(
        request,
        "parties/party_members.html",
        {
            "party": party,
            "page": page,
            "breadcrumbs": crumbs(
                (_("Partijen"), reverse("parties:list")),
                (party.name, party.get_absolute_url()),
                (_("Leden"), ""),
            ),
        },
    )


@login_required
@require_POST
def membership_functions(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """The board gives a member tasks such as penningmeester (a form per row of the list)."""
    membership = get_object_or_404(
        Membership.objects.select_related("party", "user"), pk=pk, party__slug=slug
    )
    if not selectors.can_assign_functions(request.user, membership.party):
        raise PermissionDenied
    form = MembershipFunctionsForm(request.POST, prefix=f"m{membership.pk}")
    if not form.is_valid():
        messages.error(request, _("Kies alleen taken uit de lijst."))
        return redirect("parties:members", slug=slug)
    try:
        chosen = services.membership_functions_set(
            membership=membership, functions=form.cleaned_data["functions"], by=request.user
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        labels = [str(PartyFunction(value).label) for value in chosen]
        name = membership.user.display_name
        if labels:
            messages.success(
                request,
                _("De taken van %(name)s zijn opgeslagen: %(tasks)s.")
                % {"name": name, "tasks": ", ".join(labels).lower()},
            )
        else:
            messages.success(request, _("%(name)s heeft nu geen taken.") % {"name": name})
    return redirect("parties:members", slug=slug)


@sensitive_post_parameters()
@login_required
@require_http_methods(["GET", "POST"])
def membership_request(request: HttpRequest) -> HttpResponse:
    form = MembershipRequestForm(request.POST or None, initial={"party": request.GET.get("partij")})
    if request.method == "POST" and form.is_valid():
        try:
            services.membership_request(
                user=request.user,
                party=form.cleaned_data["party"],
                role=form.cleaned_data["role"],
                consent=form.cleaned_data["consent"],
                consent_text=str(CONSENT_TEXT),
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request,
                _(
                    "Uw aanvraag is verstuurd. Een bestuurslid van uw partij of een medewerker "
                    "van het Kennispunt bevestigt uw lidmaatschap. U krijgt daarover een e-mail."
                ),
            )
            return redirect("parties:my_requests")
    return render(
        request,
        "parties/membership_request.html",
        {
            "form": form,
            "breadcrumbs": crumbs(
                (_("Mijn profiel"), reverse("accounts:profile")), (_("Lidmaatschap aanvragen"), "")
            ),
        },
    )


@sensitive_post_parameters()
@login_required
@require_http_methods(["GET", "POST"])
def membership_decide(request: HttpRequest, pk: int) -> HttpResponse:
    membership = get_object_or_404(Membership.objects.select_related("party", "user"), pk=pk)
    if not selectors.can_decide(request.user, membership):
        raise PermissionDenied
    form = MembershipDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["decision"] == MembershipDecisionForm.VERIFY:
                services.membership_verify(membership=membership, by=request.user)
                messages.success(request, _("Het lidmaatschap is bevestigd."))
            else:
                services.membership_reject(
                    membership=membership, by=request.user, reason=form.cleaned_data["reason"]
                )
                messages.success(
                    request, _("De aanvraag is afgewezen. De aanvrager krijgt bericht.")
                )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            if request.user.has_perm("parties.verify_membership"):
                return redirect("parties:pending")
            return redirect("parties:members", slug=membership.party.slug)
    else:
        log_action(membership, "membership.viewed", user=request.user)
    return render(
        request,
        "parties/membership_decide.html",
        {
            "membership": membership,
            "form": form,
            "breadcrumbs": crumbs(
                (_("Partijen"), reverse("parties:list")),
                (membership.party.name, membership.party.get_absolute_url()),
                (_("Aanvraag beoordelen"), ""),
            ),
        },
    )


@login_required
@require_POST
def membership_end(request: HttpRequest, pk: int) -> HttpResponse:
    membership = get_object_or_404(Membership.objects.select_related("party"), pk=pk)
    if membership.user_id != request.user.pk and not selectors.can_decide(request.user, membership):
        raise PermissionDenied
    try:
        services.membership_end(membership=membership, by=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Het lidmaatschap is beëindigd."))
    if membership.user_id == request.user.pk:
        return redirect("accounts:profile")
    return redirect("parties:members", slug=membership.party.slug)


@login_required
def eligibility_status(request: HttpRequest) -> HttpResponse:
    """A plain page that tells a person whether they may use forum, helpdesk and trainings."""
    return render(
        request,
        "parties/eligibility_status.html",
        {
            "eligible": is_eligible(request.user),
            "breadcrumbs": crumbs(
                (_("Mijn profiel"), reverse("accounts:profile")), (_("Toegang"), "")
            ),
        },
    )
