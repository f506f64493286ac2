"""Staff views of parties: the memberships waiting for a decision."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from kennispunt.accounts.access import staff_required
from kennispunt.core.audit import log_actions
from kennispunt.core.breadcrumbs import crumbs

from . import selectors
from .views import PAGE_SIZE


@staff_required("parties.verify_membership")
def pending_memberships(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.pending_memberships(), PAGE_SIZE).get_page(request.GET.get("pagina"))
    log_actions(page.object_list, "membership.viewed", user=request.user)
    return render(
        request,
        "parties/pending_memberships.html",
        {"page": page, "breadcrumbs": crumbs((_("Aanvragen lidmaatschap"), ""))},
    )
