"""Public pages for griffiers and municipalities, and the opt-out link."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from kennispunt.core.breadcrumbs import crumbs
from kennispunt.core.http import renamed_query_parameters
from kennispunt.core.pdf import pdf_response
from kennispunt.parties.models import Municipality
from kennispunt.trainings.selectors import upcoming_sessions

from . import selectors, services
from .forms import MunicipalitySearchForm
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
    return pdf_response(pdf, filename="kennispunt-voor-gemeenten.pdf")


@renamed_query_parameters(province="provincie")
def municipality_list(request: HttpRequest) -> HttpResponse:
    form = MunicipalitySearchForm(request.GET or None)
    query = province = ""
    if form.is_valid():
        query = form.cleaned_data["q"].strip()
        province = form.cleaned_data["provincie"]
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
