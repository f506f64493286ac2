from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from kennispunt.core import staff_tools, start_panels
from kennispunt.core.breadcrumbs import crumbs


@login_required
@require_GET
def mine(request: HttpRequest) -> HttpResponse:
    """Mijn Kennispunt: what is next for the signed-in person, one panel per service."""
    return render(
        request,
        "dashboards/mine.html",
        {
            "panels": start_panels.panels_for(request.user),
            "breadcrumbs": crumbs((_("Mijn Kennispunt"), "")),
        },
    )


@login_required
@require_GET
def staff(request: HttpRequest) -> HttpResponse:
    """The staff entry page: the tools this person's roles open, with live counts."""
    if not request.user.is_staff_member:  # type: ignore[union-attr]
        raise PermissionDenied
    return render(
        request,
        "dashboards/staff.html",
        {
            "tools": staff_tools.tools_for(request.user),
            "breadcrumbs": crumbs((_("Beheer"), "")),
        },
    )
