import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME, logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods

from kennispunt.core.audit import log_action
from kennispunt.core.breadcrumbs import crumbs

from . import services
from .forms import AccountDeleteForm, ProfileForm
from .profile_links import profile_links


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Uw gegevens zijn opgeslagen."))
        return redirect("accounts:profile")
    return render(
        request,
        "accounts/profile.html",
        {
            "form": form,
            "profile_links": profile_links(),
            "breadcrumbs": crumbs((_("Mijn profiel"), "")),
        },
    )


@login_required
@require_GET
def data_export(request: HttpRequest) -> HttpResponse:
    """Everything Kennispunt keeps about the signed-in person, as one JSON download."""
    data = services.account_export(user=request.user)  # type: ignore[arg-type]
    log_action(request.user, "account.exported", user=request.user)  # type: ignore[arg-type]
    filename = f"kennispunt-mijn-gegevens-{timezone.localdate():%Y-%m-%d}.json"
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@sensitive_post_parameters("password")
@login_required
@require_http_methods(["GET", "POST"])
def account_delete(request: HttpRequest) -> HttpResponse:
    form = AccountDeleteForm(request.POST or None, user=request.user)  # type: ignore[arg-type]
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.account_delete(user=user)  # type: ignore[arg-type]
        messages.success(request, _("Uw account en uw persoonsgegevens zijn verwijderd."))
        return redirect("/")
    return render(
        request,
        "accounts/delete.html",
        {
            "form": form,
            "breadcrumbs": crumbs(
                (_("Mijn profiel"), reverse("accounts:profile")), (_("Account verwijderen"), "")
            ),
        },
    )


def login_elsewhere(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
    """Wagtail's and Django's own login URLs: every login goes through allauth instead.

    Their login views sign a staff member in without the second step and without allauth's rate
    limits. A visitor is sent on to allauth's login with ``next`` kept. Someone signed in comes
    here with a ``next`` because their account may not open that page; allauth would send them
    straight back, round and round, so they get the "no access" page instead. Without a
    ``next`` they go where allauth sends a signed-in person who opens the login page.
    """
    next_url = request.GET.get(REDIRECT_FIELD_NAME, "")
    if request.user.is_authenticated:
        if next_url:
            raise PermissionDenied
        return redirect(settings.LOGIN_REDIRECT_URL)
    if not next_url:
        return redirect("account_login")
    return redirect_to_login(next_url, reverse("account_login"))
