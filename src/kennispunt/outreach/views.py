"""Public pages for griffiers and municipalities, the opt-out link, the staff overview."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from kennispunt.core.breadcrumbs import crumbs, staff_crumbs
from kennispunt.mailings.selectors import mailings_for
from kennispunt.parties.models import Municipality
from kennispunt.trainings.selectors import upcoming_sessions

from . import selectors, services
from .forms import MunicipalitySearchForm, OutreachSendForm
from .models import GriffieContact
from .pdf import outreach_pdf
from .structure import outreach_text_ensure

PAGE_SIZE = 30
TRAININGS_SHOWN = 5


def _section() -> tuple[str, str]:
    return (_("Voor gemeenten"), reverse("outreach:explanation"))


def explanation(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "outreach/explanation.html",
        {"text": outreach_text_ensure(), "breadcrumbs": crumbs((_("Voor gemeenten"), ""))},
    )


def explanation_pdf(request: HttpRequest) -> HttpResponse:
    pdf = outreach_pdf(outreach_text_ensure(), base_url=request.build_absolute_uri("/"))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="kennispunt-voor-gemeenten.pdf"'
    return response


def municipality_list(request: HttpRequest) -> HttpResponse:
    form = MunicipalitySearchForm(request.GET or None)
    query = province = ""
    if form.is_valid():
        query = form.cleaned_data["q"].strip()
        province = form.cleaned_data["province"]
    page = Paginator(
        selectors.search_municipalities(query=query, province=province), PAGE_SIZE
    ).get_page(request.GET.get("pagina"))
    return render(
        request,
        "outreach/municipality_list.html",
        {"form": form, "page": page, "breadcrumbs": crumbs(_section(), (_("Gemeenten"), ""))},
    )


def municipality_detail(request: HttpRequest, slug: str) -> HttpResponse:
    municipality = get_object_or_404(Municipality, slug=slug, is_active=True)
    return render(
        request,
        "outreach/municipality_detail.html",
        {
            "municipality": municipality,
            "parties": list(selectors.municipality_parties(municipality)),
            "sessions": upcoming_sessions(
                limit=TRAININGS_SHOWN, province_code=municipality.province
            ),
            "breadcrumbs": crumbs(
                _section(),
                (_("Gemeenten"), reverse("outreach:municipalities")),
                (municipality.name, ""),
            ),
        },
    )


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """RFC 8058 one-click: a POST opts the griffie out without login or CSRF token."""
    contact = get_object_or_404(
        GriffieContact.objects.select_related("municipality"), unsubscribe_token=token
    )
    context = {"contact": contact, "breadcrumbs": crumbs(_section(), (_("Afmelden"), ""))}
    if request.method == "POST":
        services.contact_opt_out(contact=contact, source=request.build_absolute_uri())
        contact.refresh_from_db()
    return render(request, "outreach/unsubscribe.html", context)


@login_required
@permission_required("outreach.send_outreach", raise_exception=True)
@require_http_methods(["GET", "POST"])
def overview(request: HttpRequest) -> HttpResponse:
    send_form = OutreachSendForm(request.POST or None)
    if request.method == "POST" and send_form.is_valid():
        province = send_form.cleaned_data["province"]
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
        province = filter_form.cleaned_data["province"]
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
