"""The staff overview of outreach: reach per municipality with totals and filters, and
sending the explanation after a confirmation step (count, preview, test mail)."""

import uuid

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from kennispunt.accounts.access import staff_required
from kennispunt.core.breadcrumbs import staff_crumbs
from kennispunt.core.http import renamed_query_parameters

from . import selectors, services
from .forms import (
    REACH_FILTERS,
    REACH_LABELS,
    OutreachConfirmForm,
    OutreachSendForm,
    OverviewFilterForm,
)
from .structure import outreach_text_ensure
from .views import PAGE_SIZE

SEND_PERMISSION = "outreach.send_outreach"


def _province_label(province: str) -> str:
    return province or _("alle griffies")


@renamed_query_parameters(province="provincie")
@staff_required(SEND_PERMISSION)
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    send_form = OutreachSendForm(auto_id="verzenden_%s")  # two forms, one page
    filter_form = OverviewFilterForm(request.GET or None)
    query = province = reach = ""
    if filter_form.is_valid():
        query = filter_form.cleaned_data["q"].strip()
        province = filter_form.cleaned_data["provincie"]
        reach = filter_form.reach()
    page = Paginator(
        selectors.outreach_overview(province=province, query=query, reach=reach), PAGE_SIZE
    ).get_page(request.GET.get("pagina"))
    rows = [(m, selectors.reach_of(m)) for m in page.object_list]
    totals = selectors.outreach_totals(province=province, query=query)
    by_reach = {value: key for key, value in REACH_FILTERS.items()}
    base = {k: v for k, v in (("q", query), ("provincie", province)) if v}
    total_links = [
        {
            "label": REACH_LABELS[key],
            "count": totals[key],
            "url": "?" + urlencode({**base, "bereik": by_reach[key]}),
            "current": key == reach,
        }
        for key in selectors.Reach.ORDER
    ]
    return render(
        request,
        "outreach/overview.html",
        {
            "send_form": send_form,
            "form": filter_form,
            "page": page,
            "rows": rows,
            "totals": total_links,
            "total": sum(totals.values()),
            "mailings": selectors.outreach_sends(),
            "reach": selectors.Reach,
            "breadcrumbs": staff_crumbs((_("Gemeenten benaderen"), "")),
        },
    )


def _back_to_confirm(province: str) -> HttpResponse:
    url = reverse("outreach:send")
    return redirect(f"{url}?{urlencode({'provincie': province})}" if province else url)


@staff_required(SEND_PERMISSION)
@require_http_methods(["GET", "POST"])
def send_confirm(request: HttpRequest) -> HttpResponse:
    """Before sending: how many griffies, the e-mail itself, a test to oneself. The send
    button carries a key of this page: submitting it again sends nothing more."""
    if request.method == "POST":
        form = OutreachConfirmForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Dit formulier is niet meer geldig. Probeer het opnieuw."))
            return redirect("outreach:overview")
        province = form.cleaned_data["provincie"]
        if form.cleaned_data["actie"] == OutreachConfirmForm.TEST:
            email = request.user.email  # type: ignore[union-attr]
            services.outreach_test_send(to=email)
            messages.success(
                request, _("De testmail is onderweg naar %(email)s.") % {"email": email}
            )
            return _back_to_confirm(province)
        try:
            mailing, created = services.outreach_send_once(
                key=form.cleaned_data["sleutel"], province=province, user=request.user
            )
        except services.OutreachBusy:
            messages.error(
                request,
                _(
                    "Er wordt al een mailing aan griffies verzonden. Wacht tot die klaar is "
                    "voordat u een nieuwe verzendt."
                ),
            )
            return redirect("outreach:overview")
        if created:
            messages.success(
                request,
                _(
                    "De mailing is ingepland en wordt binnen enkele minuten verzonden aan "
                    "%(who)s (%(count)s griffies)."
                )
                % {
                    "who": _province_label(province),
                    "count": mailing.outreach_send.recipient_count,
                },
            )
        else:
            messages.info(
                request, _("Deze mailing was al verzonden; er is niets opnieuw verzonden.")
            )
        return redirect("outreach:overview")

    choice = OutreachSendForm(request.GET or None, auto_id="verzenden_%s")
    province = choice.cleaned_data["provincie"] if choice.is_valid() else ""
    total, already = selectors.reachable_counts(province)
    form = OutreachConfirmForm(
        initial={"provincie": province, "sleutel": uuid.uuid4(), "actie": OutreachConfirmForm.SEND}
    )
    return render(
        request,
        "outreach/send_confirm.html",
        {
            "form": form,
            "province": province,
            "who": _province_label(province),
            "recipients": total,
            "already": already,
            "live": selectors.live_outreach_mailing(),
            "text": outreach_text_ensure(),
            "breadcrumbs": staff_crumbs(
                (_("Gemeenten benaderen"), reverse("outreach:overview")),
                (_("Mailing verzenden"), ""),
            ),
        },
    )
