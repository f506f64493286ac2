"""A new local party asks to be in the register, and everyone sees how their requests stand."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods

from kennispunt.core.breadcrumbs import crumbs

from . import selectors, services
from .forms import CONSENT_TEXT, YES, PartyRegistrationForm
from .models import PartyRegistration
from .waiting import REVIEW_WORKING_DAYS, decision_expected_by


def _register_crumbs(*extra: tuple[str, str]) -> list:
    return crumbs((_("Partijen"), reverse("parties:list")), *extra)


def _form_page(
    request: HttpRequest, form: PartyRegistrationForm, similar: object = None
) -> HttpResponse:
    return render(
        request,
        "parties/registration_form.html",
        {
            "form": form,
            "similar": similar,
            "municipality_names": selectors.active_municipalities().values_list("name", flat=True),
            "working_days": REVIEW_WORKING_DAYS,
            "breadcrumbs": _register_crumbs((_("Partij aanmelden"), "")),
        },
    )


@sensitive_post_parameters()
@require_http_methods(["GET", "POST"])
def register(request: HttpRequest) -> HttpResponse:
    """Two steps only when needed: parties with a similar name in the same municipality are
    shown first, and the person confirms theirs is another one. Works without JavaScript."""
    if not request.user.is_authenticated:
        # A new visitor makes an account first and comes back here after verifying it.
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse('account_signup')}?{query}")
    if request.method != "POST":
        return _form_page(request, PartyRegistrationForm())
    confirmed = bool(request.POST.get("confirm_new"))
    form = PartyRegistrationForm(request.POST, ask_confirm="confirm_new" in request.POST)
    if not form.is_valid():
        return _form_page(request, form)
    data = form.cleaned_data
    if data["is_national"] == YES:
        return render(
            request,
            "parties/registration_not_eligible.html",
            {"breadcrumbs": _register_crumbs((_("Partij aanmelden"), ""))},
        )
    similar = selectors.similar_to(data["name"], data["municipalities"])
    if similar and not confirmed:
        return _form_page(request, PartyRegistrationForm(request.POST, ask_confirm=True), similar)
    try:
        registration = services.party_registration_submit(
            user=request.user,
            name=data["name"],
            municipalities=data["municipalities"],
            is_national=False,
            role=data["role"],
            consent=data["consent"],
            consent_text=str(CONSENT_TEXT),
            website=data["website"],
            kvk_number=data["kvk_number"],
        )
    except ValidationError as exc:
        form.add_error(None, exc)
        return _form_page(request, form)
    messages.success(request, _("Uw aanmelding is verstuurd. U krijgt een bevestiging per e-mail."))
    return redirect(registration)


@login_required
@require_GET
def registration_status(request: HttpRequest, pk: int) -> HttpResponse:
    registration = get_object_or_404(
        PartyRegistration.objects.select_related("party").prefetch_related("municipalities"),
        pk=pk,
    )
    if not selectors.can_view_registration(request.user, registration):
        raise PermissionDenied
    return render(
        request,
        "parties/registration_status.html",
        {
            "registration": registration,
            "expected_by": decision_expected_by(registration.requested_at),
            "working_days": REVIEW_WORKING_DAYS,
            "breadcrumbs": crumbs(
                (_("Mijn aanvragen"), reverse("parties:my_requests")), (registration.name, "")
            ),
        },
    )


@login_required
@require_GET
def my_requests(request: HttpRequest) -> HttpResponse:
    """Memberships and party registrations of this person, with what happens next."""
    memberships = [
        (m, decision_expected_by(m.requested_at)) for m in selectors.user_memberships(request.user)
    ]
    registrations = [
        (r, decision_expected_by(r.requested_at)) for r in selectors.registrations_of(request.user)
    ]
    return render(
        request,
        "parties/my_requests.html",
        {
            "memberships": memberships,
            "registrations": registrations,
            "working_days": REVIEW_WORKING_DAYS,
            "breadcrumbs": crumbs(
                (_("Mijn profiel"), reverse("accounts:profile")), (_("Mijn aanvragen"), "")
            ),
        },
    )
