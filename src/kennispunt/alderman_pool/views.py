"""The pool's pages: a person's own profile and answers, a party board's search and requests."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from kennispunt.core.breadcrumbs import crumbs

from . import selectors, services
from .forms import (
    CONSENT_TEXT,
    YES,
    BoardNoteForm,
    ContactRequestForm,
    ProfileForm,
    SearchForm,
    default_available_from,
)
from .models import PoolProfile

PAGE_SIZE = 20

View = Callable[..., HttpResponse]


def _pool_crumb() -> tuple[str, str]:
    return (_("Wethouderspool"), reverse("alderman_pool:index"))


def board_required(view: View) -> View:
    """Pool profiles are for the verified boards of local parties only."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not selectors.can_search(request.user):
            return render(request, "alderman_pool/board_only.html", status=403)
        return view(request, *args, **kwargs)

    return wrapper


def verified_email_required(view: View) -> View:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not selectors.has_verified_email(request.user):
            return render(request, "alderman_pool/email_unverified.html", status=403)
        return view(request, *args, **kwargs)

    return wrapper


def index(request: HttpRequest) -> HttpResponse:
    """What the pool is; the way in for a person and for a party's board."""
    return render(
        request,
        "alderman_pool/index.html",
        {
            "can_search": selectors.can_search(request.user),
            "breadcrumbs": crumbs((_("Wethouderspool"), "")),
        },
    )


# --- The person ------------------------------------------------------------------------------


def _own_or_404(request: HttpRequest) -> PoolProfile:
    profile = selectors.own_profile(request.user)
    if profile is None:
        raise Http404
    return profile


@login_required
@verified_email_required
def my_profile(request: HttpRequest) -> HttpResponse:
    profile = selectors.own_profile(request.user)
    received = list(selectors.requests_received(profile)) if profile else []
    return render(
        request,
        "alderman_pool/my_profile.html",
        {
            "profile": profile,
            "received": received,
            "breadcrumbs": crumbs(_pool_crumb(), (_("Mijn profiel"), "")),
        },
    )


@login_required
@verified_email_required
@require_http_methods(["GET", "POST"])
def profile_edit(request: HttpRequest) -> HttpResponse:
    profile = selectors.own_profile(request.user)
    initial = (
        ProfileForm.initial_from(profile)
        if profile
        else {"available_from": default_available_from(), "mid_term": True}
    )
    form = ProfileForm(request.POST or None, initial=initial, with_consent=profile is None)
    if request.method == "POST" and form.is_valid():
        try:
            if profile is None:
                services.profile_create(
                    user=request.user,
                    data=form.profile_data(),
                    consent=form.cleaned_data["consent"],
                    consent_text=str(CONSENT_TEXT),
                )
                messages.success(request, _("U staat nu in de wethouderspool."))
            else:
                services.profile_update(
                    profile=profile, data=form.profile_data(), user=request.user
                )
                messages.success(request, _("Uw profiel is bijgewerkt."))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("alderman_pool:my_profile")
    title = _("Profiel aanpassen") if profile else _("Meld u aan als beschikbare wethouder")
    return render(
        request,
        "alderman_pool/profile_form.html",
        {
            "form": form,
            "profile": profile,
            "title": title,
            "breadcrumbs": crumbs(
                _pool_crumb(),
                (_("Mijn profiel"), reverse("alderman_pool:my_profile")),
                (title, ""),
            ),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def profile_renew(request: HttpRequest) -> HttpResponse:
    profile = _own_or_404(request)
    if request.method == "POST":
        services.profile_renew(profile=profile, user=request.user)
        messages.success(
            request, _("Uw profiel is vernieuwd en staat weer twaalf maanden in de pool.")
        )
        return redirect("alderman_pool:my_profile")
    return render(
        request,
        "alderman_pool/profile_renew.html",
        {
            "profile": profile,
            "breadcrumbs": crumbs(
                _pool_crumb(),
                (_("Mijn profiel"), reverse("alderman_pool:my_profile")),
                (_("Vernieuwen"), ""),
            ),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def profile_delete(request: HttpRequest) -> HttpResponse:
    profile = _own_or_404(request)
    if request.method == "POST":
        services.profile_delete(profile=profile, user=request.user)
        messages.success(request, _("Uw profiel en de verzoeken daarop zijn verwijderd."))
        return redirect("alderman_pool:index")
    return render(
        request,
        "alderman_pool/profile_delete.html",
        {
            "profile": profile,
            "breadcrumbs": crumbs(
                _pool_crumb(),
                (_("Mijn profiel"), reverse("alderman_pool:my_profile")),
                (_("Verwijderen"), ""),
            ),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def received_request(request: HttpRequest, pk: int) -> HttpResponse:
    contact = selectors.request_for_person(request.user, pk)
    if contact is None:
        raise Http404
    if request.method == "POST":
        decision = request.POST.get("besluit", "")
        if decision not in ("accepteren", "afwijzen"):
            messages.error(request, _("Kies accepteren of afwijzen."))
        else:
            try:
                services.request_decide(
                    request=contact, user=request.user, accept=decision == "accepteren"
                )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                if decision == "accepteren":
                    messages.success(
                        request,
                        _(
                            "U heeft het verzoek geaccepteerd. U en de partij krijgen elkaars "
                            "contactgegevens per e-mail."
                        ),
                    )
                else:
                    messages.success(
                        request,
                        _("U heeft het verzoek afgewezen. De partij weet niet wie u bent."),
                    )
        return redirect("alderman_pool:received_request", pk=contact.pk)
    return render(
        request,
        "alderman_pool/received_request.html",
        {
            "contact": contact,
            "breadcrumbs": crumbs(
                _pool_crumb(),
                (_("Mijn profiel"), reverse("alderman_pool:my_profile")),
                (_("Contactverzoek"), ""),
            ),
        },
    )


# --- The party's board -----------------------------------------------------------------------


@board_required
def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    filters = selectors.SearchFilters()
    if form.is_valid():
        data = form.cleaned_data
        filters = selectors.SearchFilters(
            portfolio=data["portefeuille"],
            competence=data["competentie"],
            province=data["provincie"],
            available_by=data["beschikbaar_per"],
            mid_term=data["tussentijds"] == YES,
        )
    profiles = selectors.search_profiles(filters, exclude_user=request.user)
    page = Paginator(profiles, PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(
        request,
        "alderman_pool/search.html",
        {
            "form": form,
            "page": page,
            "breadcrumbs": crumbs(_pool_crumb(), (_("Zoek een wethouder"), "")),
        },
    )


@board_required
@require_http_methods(["GET", "POST"])
def profile_detail(request: HttpRequest, code: str) -> HttpResponse:
    profile = selectors.visible_profile(code)
    if profile is None or profile.user_id == request.user.pk:
        raise Http404
    parties = selectors.searching_parties(request.user)
    form = ContactRequestForm(request.POST or None, parties=parties)
    if request.method == "POST" and form.is_valid():
        try:
            contact = services.request_send(
                profile=profile,
                party=form.cleaned_data["party"],
                user=request.user,
                message=form.cleaned_data["message"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _(
                    "Uw verzoek is verstuurd. Accepteert de kandidaat, dan krijgt u de "
                    "contactgegevens per e-mail."
                ),
            )
            return redirect("alderman_pool:board_request", pk=contact.pk)
    return render(
        request,
        "alderman_pool/profile_detail.html",
        {
            "profile": profile,
            "form": form,
            "earlier": list(selectors.requests_between(profile, parties)),
            "breadcrumbs": crumbs(
                _pool_crumb(),
                (_("Zoek een wethouder"), reverse("alderman_pool:search")),
                (profile.display_name, ""),
            ),
        },
    )


@board_required
def board_requests(request: HttpRequest) -> HttpResponse:
    requests = selectors.requests_of_parties(selectors.searching_parties(request.user))
    page = Paginator(requests, PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(
        request,
        "alderman_pool/board_requests.html",
        {
            "page": page,
            "breadcrumbs": crumbs(_pool_crumb(), (_("Verzoeken van uw partij"), "")),
        },
    )


@board_required
@require_http_methods(["GET", "POST"])
def board_request(request: HttpRequest, pk: int) -> HttpResponse:
    contact = selectors.request_for_board(request.user, pk)
    if contact is None:
        raise Http404
    form = BoardNoteForm(request.POST or None, initial={"board_note": contact.board_note})
    if request.method == "POST" and form.is_valid():
        services.request_note(
            request=contact, user=request.user, note=form.cleaned_data["board_note"]
        )
        messages.success(request, _("De notitie is bewaard."))
        return redirect("alderman_pool:board_request", pk=contact.pk)
    person = contact.profile.user if contact.is_accepted else None
    return render(
        request,
        "alderman_pool/board_request.html",
        {
            "contact": contact,
            "person": person,
            "form": form,
            "breadcrumbs": crumbs(
                _pool_crumb(),
                (_("Verzoeken van uw partij"), reverse("alderman_pool:board_requests")),
                (contact.profile.display_name, ""),
            ),
        },
    )
