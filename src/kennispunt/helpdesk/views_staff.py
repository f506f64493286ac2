"""The helpdesk's staff side: the queue, a ticket, phone calls and the report."""

import csv
from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kennispunt.accounts.access import staff_required
from kennispunt.core.breadcrumbs import staff_crumbs

from . import selectors, services
from .forms import (
    AgentPreferenceForm,
    BulkActionForm,
    MergeForm,
    PhoneTicketForm,
    StaffReplyForm,
    TicketUpdateForm,
)
from .ingest import _user_for
from .models import CannedAnswer, Channel, Status, Ticket

PAGE_SIZE = 25


def _staff_crumb() -> tuple[str, str]:
    return (_("Helpdeskbeheer"), reverse("helpdesk:staff_queue"))


@staff_required(selectors.STAFF_PERMISSION)
def queue(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "open")
    mine = request.GET.get("mijn") == "1"
    query = request.GET.get("q", "").strip()[:100]
    channel = request.GET.get("kanaal", "")
    tickets = selectors.staff_queue(
        status=status, mine_for=request.user if mine else None, query=query, channel=channel
    )
    page = Paginator(tickets, PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(
        request,
        "helpdesk/staff/queue.html",
        {
            "page": page,
            "status": status,
            "mine": mine,
            "query": query,
            "channel": channel,
            "statuses": Status.choices,
            "channels": Channel.choices,
            "bulk_form": BulkActionForm(auto_id="bulk-%s"),
            "breadcrumbs": staff_crumbs((_("Helpdeskbeheer"), "")),
        },
    )


@staff_required(selectors.STAFF_PERMISSION)
@require_POST
def bulk(request: HttpRequest) -> HttpResponse:
    """The queue's checkboxes: one change for all ticked tickets."""
    back = request.POST.get("terug", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = ""
    back = back if back.startswith(reverse("helpdesk:staff_queue")) else ""
    back = back or reverse("helpdesk:staff_queue")
    references = request.POST.getlist("tickets")[: PAGE_SIZE * 4]
    form = BulkActionForm(request.POST)
    if not references:
        messages.error(request, _("Kies eerst een of meer vragen."))
        return redirect(back)
    if not form.is_valid():
        messages.error(
            request,
            " ".join(str(e) for e in form.non_field_errors())
            or _("De wijziging is niet opgeslagen: controleer de velden."),
        )
        return redirect(back)
    change_assignee, assignee = form.chosen_assignee(request.user)
    tickets = list(Ticket.objects.filter(reference__in=references))
    changed = services.tickets_bulk_update(
        tickets=tickets,
        user=request.user,
        change_assignee=change_assignee,
        assignee=assignee,
        status=form.cleaned_data["status"],
        theme=form.cleaned_data["theme"],
    )
    messages.success(
        request,
        ngettext("%(count)d vraag is bijgewerkt.", "%(count)d vragen zijn bijgewerkt.", changed)
        % {"count": changed},
    )
    return redirect(back)


@staff_required(selectors.STAFF_PERMISSION)
@require_http_methods(["GET", "POST"])
def preferences(request: HttpRequest) -> HttpResponse:
    preference = selectors.agent_preference(request.user)
    # An unticked box posts nothing: the form is bound on every POST.
    form = AgentPreferenceForm(
        request.POST if request.method == "POST" else None,
        initial={
            "notify_new_tickets": preference.notify_new_tickets,
            "notify_reopened_tickets": preference.notify_reopened_tickets,
        },
    )
    if request.method == "POST" and form.is_valid():
        services.agent_preference_set(user=request.user, **form.cleaned_data)
        messages.success(request, _("Uw voorkeur is opgeslagen."))
        return redirect("helpdesk:staff_queue")
    return render(
        request,
        "helpdesk/staff/preferences.html",
        {
            "form": form,
            "breadcrumbs": staff_crumbs(_staff_crumb(), (_("E-mail over vragen"), "")),
        },
    )


# The reply form's tool buttons (name="hulpmiddel"): they change the text, never send it.
TOOL_CANNED = "standaardantwoord"
TOOL_ARTICLE_SEARCH = "artikel-zoeken"
TOOL_REGISTRATION = "aanmelden"


def _appended(body: str, addition: str) -> str:
    """Without JavaScript a canned answer or link goes at the end of what was typed."""
    body = body.rstrip()
    return f"{body}\n\n{addition}" if body else addition


@staff_required(selectors.STAFF_PERMISSION)
@require_http_methods(["GET", "POST"])
def ticket(request: HttpRequest, reference: str) -> HttpResponse:
    ticket = get_object_or_404(
        Ticket.objects.select_related("party", "asker", "assignee", "theme", "merged_into"),
        reference=reference,
    )
    canned_texts = {
        str(canned.pk): services.canned_render(canned=canned, ticket=ticket)
        for canned in CannedAnswer.objects.all()
    }
    initial_body = canned_texts.get(request.GET.get("canned", ""), "")
    tool = request.POST.get("hulpmiddel", "")
    picked = request.POST.get("artikel", "")
    article_results: list[selectors.ArticleLink] | None = None
    if request.method == "POST" and (tool or picked):
        # A tool button without JavaScript: show the form again with the text added.
        data = request.POST
        body = data.get("body", "")
        if tool == TOOL_CANNED:
            body = _appended(body, canned_texts.get(data.get("canned", ""), ""))
        elif tool == TOOL_REGISTRATION:
            body = _appended(body, selectors.registration_help_text())
        elif tool == TOOL_ARTICLE_SEARCH:
            article_results = selectors.article_links(query=data.get("article_query", ""))
        elif picked:
            link = selectors.article_link(picked)
            body = _appended(body, link.text) if link is not None else body
        initial = {key: data.get(key, "") for key in ("kind", "status", "canned", "article_query")}
        reply_form = StaffReplyForm(initial={**initial, "body": body}, canned_texts=canned_texts)
    else:
        reply_form = StaffReplyForm(
            request.POST or None,
            request.FILES or None,
            initial={"body": initial_body},
            canned_texts=canned_texts,
        )
    if request.method == "POST" and reply_form.is_bound and reply_form.is_valid():
        try:
            services.ticket_reply(
                ticket=ticket,
                author=request.user,
                body=reply_form.cleaned_data["body"],
                kind=reply_form.cleaned_data["kind"],
                files=reply_form.cleaned_data["attachments"],
                status=reply_form.cleaned_data["status"],
            )
        except ValidationError as exc:
            reply_form.add_error("attachments", exc)
        else:
            messages.success(request, _("Uw bericht is opgeslagen."))
            return redirect(ticket.get_staff_url())
    thread = list(selectors.all_messages(ticket))
    return render(
        request,
        "helpdesk/staff/ticket.html",
        {
            "ticket": ticket,
            "thread": thread,
            "undeliverable": [m for m in thread if m.undeliverable_at is not None],
            "reply_form": reply_form,
            "article_results": article_results,
            "tool_canned": TOOL_CANNED,
            "tool_article_search": TOOL_ARTICLE_SEARCH,
            "tool_registration": TOOL_REGISTRATION,
            "registration_help": (
                "" if ticket.asker_eligible else selectors.registration_help_text()
            ),
            "registrations": selectors.asker_registrations(ticket),
            "update_form": TicketUpdateForm(instance=ticket, auto_id="bijwerken-%s"),
            "merge_form": MergeForm(),
            "breadcrumbs": staff_crumbs(_staff_crumb(), (ticket.reference, "")),
        },
    )


@staff_required(selectors.STAFF_PERMISSION)
@require_GET
def article_search(request: HttpRequest) -> JsonResponse:
    """The article picker's script: knowledge articles for ``q``, with the text to insert."""
    links = selectors.article_links(query=request.GET.get("q", ""))
    return JsonResponse(
        {"results": [{"id": a.pk, "title": a.title, "url": a.url, "text": a.text} for a in links]}
    )


@staff_required(selectors.STAFF_PERMISSION)
@require_POST
def update(request: HttpRequest, reference: str) -> HttpResponse:
    ticket = get_object_or_404(Ticket, reference=reference)
    form = TicketUpdateForm(request.POST, instance=Ticket.objects.get(pk=ticket.pk))
    if form.is_valid():
        services.ticket_update(
            ticket=ticket,
            user=request.user,
            status=form.cleaned_data["status"],
            priority=form.cleaned_data["priority"],
            assignee=form.cleaned_data["assignee"],
            theme=form.cleaned_data["theme"],
        )
        messages.success(request, _("De vraag is bijgewerkt."))
    else:
        messages.error(request, _("De wijziging is niet opgeslagen: controleer de velden."))
    return redirect(ticket.get_staff_url())


@staff_required(selectors.STAFF_PERMISSION)
@require_POST
def assign_me(request: HttpRequest, reference: str) -> HttpResponse:
    ticket = get_object_or_404(Ticket, reference=reference)
    if services.ticket_assign(ticket=ticket, assignee=request.user, user=request.user):
        messages.success(request, _("De vraag is aan u toegewezen."))
    else:
        messages.info(request, _("De vraag was al aan u toegewezen."))
    return redirect(ticket.get_staff_url())


@staff_required(selectors.STAFF_PERMISSION)
@require_POST
def merge(request: HttpRequest, reference: str) -> HttpResponse:
    ticket = get_object_or_404(Ticket, reference=reference)
    form = MergeForm(request.POST)
    if form.is_valid():
        try:
            into = services.ticket_merge(
                ticket=ticket, into=form.cleaned_data["into"], user=request.user
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("De vragen zijn samengevoegd."))
            return redirect(into.get_staff_url())
    else:
        messages.error(request, " ".join(str(e) for e in form.errors.get("into", [])))
    return redirect(ticket.get_staff_url())


@staff_required(selectors.STAFF_PERMISSION)
@require_POST
def article(request: HttpRequest, reference: str) -> HttpResponse:
    ticket = get_object_or_404(Ticket.objects.select_related("asker", "party"), reference=reference)
    try:
        services.ticket_to_article(ticket=ticket, user=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(ticket.get_staff_url())
    messages.success(request, _("Er staat een concept-artikel klaar voor de redactie."))
    return redirect(ticket.get_staff_url())


@staff_required(selectors.STAFF_PERMISSION)
@require_http_methods(["GET", "POST"])
def phone(request: HttpRequest) -> HttpResponse:
    form = PhoneTicketForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            ticket = services.ticket_create(
                subject=data["subject"],
                body=data["body"],
                channel=Channel.PHONE,
                asker=_user_for(data["asker_email"]) if data["asker_email"] else None,
                asker_email=data["asker_email"],
                asker_name=data["asker_name"],
                party=data["party"],
                theme=data["theme"],
                author=request.user,
            )
        except ValidationError as exc:
            form.add_error("party", exc.messages)
        else:
            messages.success(request, _("Het telefoongesprek is vastgelegd."))
            return redirect(ticket.get_staff_url())
    return render(
        request,
        "helpdesk/staff/phone.html",
        {"form": form, "breadcrumbs": staff_crumbs(_staff_crumb(), (_("Telefoongesprek"), ""))},
    )


@staff_required(selectors.REPORT_PERMISSION)
def report(request: HttpRequest) -> HttpResponse:
    year_text = request.GET.get("jaar", "")
    year = int(year_text) if year_text.isdigit() and len(year_text) <= 4 else None
    if year is not None and not 2000 <= year <= 2100:
        year = None  # an impossible year is ignored, not an error
    report = selectors.report(year=year)
    if request.GET.get("formaat") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="helpdesk-rapportage.csv"'
        writer = csv.writer(response)
        writer.writerow([_("Maand"), _("Kanaal"), _("Thema"), _("Aantal")])
        for row in report.rows:
            writer.writerow([row.month, row.channel, row.theme, row.count])
        writer.writerow([])
        writer.writerow([_("Mediaan eerste reactie (uren)"), _hours(report.median_first_response)])
        writer.writerow([_("Mediaan oplostijd (uren)"), _hours(report.median_resolution)])
        return response
    return render(
        request,
        "helpdesk/staff/report.html",
        {
            "report": report,
            "year": year,
            "first_hours": _hours(report.median_first_response),
            "resolution_hours": _hours(report.median_resolution),
            "breadcrumbs": staff_crumbs(_staff_crumb(), (_("Rapportage"), "")),
        },
    )


def _hours(value: object) -> str:
    if not isinstance(value, timedelta):
        return "-"
    return f"{value.total_seconds() / 3600:.1f}"
