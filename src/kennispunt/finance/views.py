import csv
import json
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from kennispunt.core.audit import log_actions
from kennispunt.core.breadcrumbs import crumbs
from kennispunt.parties.models import Party

from . import imports, pdf, rules, selectors, services
from .forms import AdoptForm, EntryForm, ImportForm, RegulationForm, RulePackForm
from .models import Entry, GiftRegulation, Publication

PAGE_SIZE = 25
SCHEMA_PATH = Path(__file__).parent / "schema.json"
CSV_COLUMNS = [
    "party_slug",
    "kind",
    "donor_type",
    "donor_name",
    "donor_place",
    "donor_kvk",
    "donor_country",
    "date",
    "amount",
    "conditions",
]
KNOWLEDGE_SLUG = "transparante-financien"


def _knowledge(request: HttpRequest) -> tuple[str, str] | None:
    """The knowledge article that explains the rules, linked from every register screen."""
    page = Page.objects.live().public().filter(slug=KNOWLEDGE_SLUG).first()
    url = page.get_url(request=request) if page else None
    return (page.title, url) if page and url else None


def _published_party(slug: str) -> tuple[Party, Publication | None]:
    party = get_object_or_404(Party.objects.listed(), slug=slug)
    return party, selectors.latest_publication(party)


# --- Public pages ------------------------------------------------------------------------------


def publishing_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.publishing_parties(), PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(
        request,
        "finance/publishing_list.html",
        {
            "page": page,
            "breadcrumbs": crumbs((_("Partijen"), reverse("parties:list")), (_("Financiën"), "")),
        },
    )


def public_page(request: HttpRequest, slug: str) -> HttpResponse:
    party, publication = _published_party(slug)
    return render(
        request,
        "finance/public_page.html",
        {
            "party": party,
            "publication": publication,
            "data": publication.data if publication else None,
            "can_view_register": selectors.can_view_register(request.user, party),
            "breadcrumbs": crumbs(
                (_("Partijen"), reverse("parties:list")),
                (party.name, party.get_absolute_url()),
                (_("Financiën"), ""),
            ),
        },
    )


def public_json(request: HttpRequest, slug: str) -> JsonResponse:
    _party, publication = _published_party(slug)
    if publication is None:
        raise Http404
    data = dict(publication.data, published_at=publication.published_at.isoformat())
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})


def public_csv(request: HttpRequest, slug: str) -> HttpResponse:
    party, publication = _published_party(slug)
    if publication is None:
        raise Http404
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="financien-{party.slug}.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for entry in publication.data["entries"]:
        writer.writerow([party.slug, *(entry[c] for c in CSV_COLUMNS[1:])])
    return response


def schema(request: HttpRequest) -> HttpResponse:
    return HttpResponse(SCHEMA_PATH.read_text(encoding="utf-8"), content_type="application/json")


def regulation_public(request: HttpRequest, slug: str) -> HttpResponse:
    party = get_object_or_404(Party.objects.listed(), slug=slug)
    regulation = selectors.adopted_regulation(party)
    if regulation is None:
        raise Http404
    return render(
        request,
        "finance/regulation_page.html",
        {
            "party": party,
            "regulation": regulation,
            "breadcrumbs": crumbs(
                (_("Partijen"), reverse("parties:list")),
                (party.name, party.get_absolute_url()),
                (_("Financiën"), reverse("finance:public", kwargs={"slug": party.slug})),
                (_("Giftenreglement"), ""),
            ),
        },
    )


def regulation_public_pdf(request: HttpRequest, slug: str) -> HttpResponse:
    party = get_object_or_404(Party.objects.listed(), slug=slug)
    regulation = selectors.adopted_regulation(party)
    if regulation is None:
        raise Http404
    response = HttpResponse(
        pdf.regulation_pdf(regulation, base_url=request.build_absolute_uri("/")),
        content_type="application/pdf",
    )
    response["Content-Disposition"] = (
        f'inline; filename="giftenreglement-{party.slug}-v{regulation.version}.pdf"'
    )
    return response


# --- The register (board and penningmeester) ---------------------------------------------------


def register_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, slug: str, *args: Any, **kwargs: Any) -> HttpResponse:
        party = get_object_or_404(Party, slug=slug)
        if not selectors.can_view_register(request.user, party):
            raise PermissionDenied
        return view(request, party, *args, **kwargs)

    return wrapper


def _register_crumbs(party: Party, *last: tuple[str, str]) -> list[Any]:
    return crumbs(
        (_("Partijen"), reverse("parties:list")),
        (party.name, party.get_absolute_url()),
        (_("Giftenregister"), reverse("finance:register", kwargs={"slug": party.slug})),
        *last,
    )


@register_view
def register(request: HttpRequest, party: Party) -> HttpResponse:
    pack = selectors.active_pack(party)
    page = Paginator(selectors.register_entries(party), PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    log_actions(page.object_list, "finance.entry_viewed", user=request.user)
    for entry in page.object_list:
        entry.may_approve = entry.approved_at is None and entry.entered_by_id != request.user.pk
    return render(
        request,
        "finance/register.html",
        {
            "party": party,
            "pack": pack,
            "figures": [(rules.KEY_LABELS[key], figure) for key, figure in pack.figures.items()],
            "page": page,
            "can_publish": selectors.can_publish(request.user, party),
            "pack_form": RulePackForm(initial={"pack": pack.key.value}),
            "publication": selectors.latest_publication(party),
            "regulations": GiftRegulation.objects.filter(party=party).order_by("-version")[:5],
            "knowledge": _knowledge(request),
            "years": [timezone.localdate().year - n for n in range(2)],
            "breadcrumbs": crumbs(
                (_("Partijen"), reverse("parties:list")),
                (party.name, party.get_absolute_url()),
                (_("Giftenregister"), ""),
            ),
        },
    )


@register_view
def entry_add(request: HttpRequest, party: Party) -> HttpResponse:
    corrects = None
    corrects_pk = request.GET.get("corrigeert") or request.POST.get("corrects")
    if corrects_pk:
        if not str(corrects_pk).isdigit():
            raise Http404
        corrects = get_object_or_404(Entry, pk=corrects_pk, party=party)
    if request.method == "POST":
        form = EntryForm(request.POST)
        if form.is_valid():
            try:
                entry = services.entry_create(
                    party=party, by=request.user, corrects=corrects, **form.cleaned_data
                )
            except ValidationError as error:
                for field, errors in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                if entry.flags:
                    messages.warning(
                        request,
                        _("Opgeslagen, met aandachtspunten: %(flags)s.")
                        % {"flags": ", ".join(entry.flag_labels())},
                    )
                else:
                    messages.success(request, _("Opgeslagen. Een tweede persoon keurt het goed."))
                return redirect("finance:register", slug=party.slug)
    else:
        initial: dict[str, Any] = {"donor_country": "NL"}
        if corrects is not None:
            initial.update(
                {
                    f: getattr(corrects, f)
                    for f in EntryForm.Meta.fields
                    if f not in ("received_on",)
                },
                received_on=corrects.received_on.isoformat(),
            )
        form = EntryForm(initial=initial)
    return render(
        request,
        "finance/entry_form.html",
        {
            "party": party,
            "form": form,
            "corrects": corrects,
            "pack": selectors.active_pack(party),
            "knowledge": _knowledge(request),
            "breadcrumbs": _register_crumbs(party, (_("Nieuwe registerregel"), "")),
        },
    )


@require_POST
@register_view
def entry_approve(request: HttpRequest, party: Party, pk: int) -> HttpResponse:
    entry = get_object_or_404(Entry, pk=pk, party=party)
    services.entry_approve(entry=entry, by=request.user)
    messages.success(request, _("De registerregel is goedgekeurd."))
    return redirect("finance:register", slug=party.slug)


@require_POST
@register_view
def rule_pack(request: HttpRequest, party: Party) -> HttpResponse:
    form = RulePackForm(request.POST)
    if form.is_valid():
        services.rule_pack_set(party=party, pack=form.cleaned_data["pack"], by=request.user)
        messages.success(request, _("Het regelpakket is opgeslagen."))
    else:
        messages.error(request, _("Kies een regelpakket."))
    return redirect("finance:register", slug=party.slug)


@require_POST
@register_view
def publish(request: HttpRequest, party: Party) -> HttpResponse:
    publication = services.publication_create(party=party, by=request.user)
    messages.success(
        request,
        _("Gepubliceerd: %(count)s registerregels staan op de openbare pagina.")
        % {"count": len(publication.data["entries"])},
    )
    return redirect("finance:public", slug=party.slug)


@register_view
def regulation_new(request: HttpRequest, party: Party) -> HttpResponse:
    if not selectors.can_publish(request.user, party):
        raise PermissionDenied
    pack = selectors.active_pack(party)
    if request.method == "POST":
        form = RegulationForm(request.POST)
        if form.is_valid():
            regulation = services.regulation_create(
                party=party, by=request.user, **form.cleaned_data
            )
            return redirect("finance:regulation", slug=party.slug, version=regulation.version)
    else:
        latest = GiftRegulation.objects.filter(party=party).order_by("-version").first()
        if latest is not None:
            form = RegulationForm(instance=latest)
        else:
            form = RegulationForm(
                initial={
                    "refuse_anonymous_above": pack.value(rules.Key.ANONYMOUS_CAP),
                    "publish_above": pack.value(rules.Key.DISCLOSURE),
                }
            )
    return render(
        request,
        "finance/regulation_form.html",
        {
            "party": party,
            "form": form,
            "knowledge": _knowledge(request),
            "breadcrumbs": _register_crumbs(party, (_("Giftenreglement opstellen"), "")),
        },
    )


@register_view
def regulation_detail(request: HttpRequest, party: Party, version: int) -> HttpResponse:
    regulation = get_object_or_404(GiftRegulation, party=party, version=version)
    form = AdoptForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            try:
                services.regulation_adopt(
                    regulation=regulation,
                    adopted_on=form.cleaned_data["adopted_on"],
                    by=request.user,
                )
            except ValidationError as error:
                form.add_error("adopted_on", error.message_dict["adopted_on"])
            else:
                messages.success(request, _("De vaststelling door de ALV is vastgelegd."))
                return redirect("finance:register", slug=party.slug)
    return render(
        request,
        "finance/regulation_detail.html",
        {
            "party": party,
            "regulation": regulation,
            "form": form,
            "can_publish": selectors.can_publish(request.user, party),
            "knowledge": _knowledge(request),
            "breadcrumbs": _register_crumbs(
                party, (_("Giftenreglement, versie %(v)s") % {"v": version}, "")
            ),
        },
    )


def schema_document() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return result


@register_view
def year_overview_csv(request: HttpRequest, party: Party, year: int) -> HttpResponse:
    overview = selectors.year_overview(party, year)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="jaaroverzicht-{party.slug}-{year}.csv"'
    )
    writer = csv.writer(response)
    writer.writerow(["section", "label", "place_or_kvk", "date", "amount"])
    for label, total in overview["income"]:
        writer.writerow(["income", label, "", "", total])
    for donor in overview["donors_over"]:
        writer.writerow(["donor_over_threshold", donor["name"], donor["where"], "", donor["total"]])
    for debt in overview["debts"]:
        writer.writerow(["debt", debt.donor_name, "", debt.received_on.isoformat(), debt.amount])
    return response


@register_view
def year_overview_pdf(request: HttpRequest, party: Party, year: int) -> HttpResponse:
    overview = selectors.year_overview(party, year)
    response = HttpResponse(
        pdf.year_overview_pdf(party, overview, base_url=request.build_absolute_uri("/")),
        content_type="application/pdf",
    )
    response["Content-Disposition"] = f'inline; filename="jaaroverzicht-{party.slug}-{year}.pdf"'
    return response


@register_view
def donor_erase(request: HttpRequest, party: Party, pk: int) -> HttpResponse:
    """A donor's request to be erased: what goes, what the law makes the party keep."""
    if not selectors.can_publish(request.user, party):
        raise PermissionDenied
    entry = get_object_or_404(Entry, pk=pk, party=party)
    if request.method == "POST":
        erased, kept = services.donor_erase(entry=entry, by=request.user)
        messages.success(
            request,
            _(
                "Gewist uit %(erased)s regels; %(kept)s regels blijven bewaard vanwege de "
                "wettelijke bewaarplicht."
            )
            % {"erased": erased, "kept": kept},
        )
        return redirect("finance:register", slug=party.slug)
    start = selectors.retention_start(timezone.localdate())
    entries = selectors.donor_entries(entry).filter(erased_at__isnull=True)
    return render(
        request,
        "finance/donor_erase.html",
        {
            "party": party,
            "entry": entry,
            "erasable": entries.filter(received_on__lt=start).count(),
            "kept": entries.filter(received_on__gte=start).count(),
            "retention_start": start,
            "knowledge": _knowledge(request),
            "breadcrumbs": _register_crumbs(party, (_("Gegevens van een gever wissen"), "")),
        },
    )


@register_view
def import_entries(request: HttpRequest, party: Party) -> HttpResponse:
    """Upload, preview with per-row errors, then confirm: all rows or none."""
    rows: list[imports.Row] = []
    file_errors: list[str] = []
    csv_text = ""
    form = ImportForm()
    if request.method == "POST":
        if request.POST.get("confirm"):
            csv_text = request.POST.get("csv_text", "")
            rows, file_errors = imports.parse(csv_text)
            if rows and not file_errors and not any(r.errors for r in rows):
                with transaction.atomic():
                    for row in rows:
                        services.entry_create(party=party, by=request.user, **row.data)
                messages.success(
                    request,
                    _("%(count)s regels ingelezen. Een tweede persoon keurt ze goed.")
                    % {"count": len(rows)},
                )
                return redirect("finance:register", slug=party.slug)
        else:
            form = ImportForm(request.POST, request.FILES)
            if form.is_valid():
                raw = form.cleaned_data["file"].read(1_000_000)
                try:
                    csv_text = raw.decode("utf-8-sig")
                except UnicodeDecodeError:
                    csv_text = raw.decode("cp1252", errors="replace")
                rows, file_errors = imports.parse(csv_text)
    return render(
        request,
        "finance/import.html",
        {
            "party": party,
            "form": form,
            "rows": rows,
            "file_errors": file_errors,
            "csv_text": csv_text,
            "can_import": bool(rows) and not file_errors and not any(r.errors for r in rows),
            "knowledge": _knowledge(request),
            "breadcrumbs": _register_crumbs(party, (_("Giften inlezen"), "")),
        },
    )
