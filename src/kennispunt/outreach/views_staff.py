"""The staff overview of outreach: reach per municipality, and sending the explanation."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from kennispunt.accounts.access import staff_required
from kennispunt.core.breadcrumbs import staff_crumbs
from kennispunt.core.http import renamed_query_parameters
from kennispunt.mailings.selectors import mailings_for

from . import selectors, services
from .forms import MunicipalitySearchForm, OutreachSendForm
from .views import PAGE_SIZE


@renamed_query_parameters(province="provincie")
@staff_required("outreach.send_outreach")
@require_http_methods(["GET", "POST"])
def overview(request: HttpRequest) -> HttpResponse:
    send_form = OutreachSendForm(
        request.POST or None, auto_id="verzenden_%s"
    )  # two forms, one page
    if request.method == "POST" and send_form.is_valid():
        province = send_form.cleaned_data["provincie"]
        services.outreach_send(province=province, user=request.user)
        messages.success(
            request,
            _("De mailing is ingepland en wordt binnen enkele minuten verzonden aan %(who)s.")
            % {"who": province or _("alle griffies")},
        )
        return redirect("outreach:overview")
    filter_form = MunicipalitySearchForm(request.GET or None)
    query = province = ""
    if filter_form.is_valid():
        query = filter_form.cleaned_data["q"].strip()
        province = filter_form.cleaned_data["provincie"]
    page = Paginator(
        selectors.outreach_overview(province=province, query=query), PAGE_SIZE
    ).get_page(request.GET.get("pagina"))
    rows = [(m, selectors.reach_of(m)) for m in page.object_list]
    mailings = list(mailings_for(audiences=selectors.audience_keys())[:10])
    return render(
        request,
        "outreach/overview.html",
        {
            "send_form": send_form,
            "form": filter_form,
            "page": page,
            "rows": rows,
            "mailings": mailings,
            "reach": selectors.Reach,
            "breadcrumbs": staff_crumbs((_("Gemeenten benaderen"), "")),
        },
    )
