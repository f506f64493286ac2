import csv
import hmac
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kennispunt.core import ratelimit
from kennispunt.core.audit import log_action
from kennispunt.core.breadcrumbs import crumbs, staff_crumbs
from kennispunt.core.http import client_ip
from kennispunt.core.uploads import upload_response
from kennispunt.parties.eligibility import is_eligible

from . import emails, selectors, services
from .forms import (
    AskerReplyForm,
    CannedChoiceForm,
    MergeForm,
    PhoneTicketForm,
    QuestionForm,
    RatingForm,
    StaffReplyForm,
    TicketUpdateForm,
)
from .ingest import _user_for, ingest_message
from .models import Channel, Status, Ticket

PAGE_SIZE = 25


View = Callable[..., HttpResponse]


def _permission(codename: str) -> Callable[[View], View]:
    """Sign in first (anonymous visitors go to the login page), then the permission or 403."""

    def decorator(view: View) -> View:
        return login_required(permission_required(codename, raise_exception=True)(view))

    return decorator


staff_required = _permission(selectors.STAFF_PERMISSION)
report_required = _permission(selectors.REPORT_PERMISSION)


def _home_crumb() -> tuple[str, str]:
    return (_("Helpdesk"), reverse("helpdesk:index"))


def index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "helpdesk/index.html",
        {
            "phone": settings.KENNISPUNT_CONTACT_PHONE,
            "phone_hours": settings.HELPDESK_PHONE_HOURS,
            "address": settings.HELPDESK_ADDRESS,
            "breadcrumbs": crumbs((_("Helpdesk"), "")),
        },
    )


@require_http_methods(["GET", "POST"])
def ask(request: HttpRequest) -> HttpResponse:
    """The question form: members ask for their party; others may ask with their e-mail."""
    form = QuestionForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and not request.user.is_authenticated and _too_many(request):
        form.add_error(
            None,
            _("U hebt het afgelopen uur al veel vragen gestuurd. Probeert u het later opnieuw."),
        )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        user = request.user if request.user.is_authenticated else None
        try:
            ticket = services.ticket_create(
                subject=data["subject"],
                body=data["body"],
                channel=Channel.WEB,
                asker=user,
                asker_email=data.get("email", ""),
                asker_name=data.get("name", ""),
                party=data.get("party"),
                theme=data.get("theme"),
                files=data["attachments"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request,
                _(
                    "Uw vraag is verstuurd met kenmerk %(reference)s. "
                    "U krijgt een bevestiging per e-mail."
                )
                % {"reference": ticket.reference},
            )
            if user is not None:
                return redirect(ticket.get_absolute_url())
            return redirect("helpdesk:index")
    return render(
        request,
        "helpdesk/ask.html",
        {
            "form": form,
            "suggestions": selectors.suggestions(
                text=request.GET.get("onderwerp", ""), members=is_eligible(request.user)
            ),
            "breadcrumbs": crumbs(_home_crumb(), (_("Vraag stellen"), "")),
        },
    )


ANONYMOUS_QUESTIONS_PER_HOUR = 5


def _too_many(request: HttpRequest) -> bool:
    """Visitors without an account may send a few questions an hour from one address."""
    return not ratelimit.attempt(
        "helpdesk-ask", client_ip(request), limit=ANONYMOUS_QUESTIONS_PER_HOUR, window=3600
    )


@require_GET
def suggest(request: HttpRequest) -> HttpResponse:
    """htmx partial: knowledge articles and solved forum topics that match the subject."""
    text = request.GET.get("subject", "") or request.GET.get("onderwerp", "")
    return render(
        request,
        "helpdesk/includes/suggestions.html",
        {"suggestions": selectors.suggestions(text=text, members=is_eligible(request.user))},
    )


@login_required
def my_questions(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.my_tickets(request.user), PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    return render(
        request,
        "helpdesk/my_questions.html",
        {"page": page, "breadcrumbs": crumbs(_home_crumb(), (_("Mijn vragen"), ""))},
    )


@login_required
@require_http_methods(["GET", "POST"])
def ticket_detail(request: HttpRequest, reference: str) -> HttpResponse:
    ticket = selectors.ticket_for_asker(request.user, reference)
    if ticket is None:
        raise Http404
    form = AskerReplyForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if ticket.status == Status.CLOSED:
            # Keep what was typed on screen so it can go into a new question.
            form.add_error(
                None,
                _(
                    "Deze vraag is gesloten, dus uw reactie is niet verstuurd. Uw tekst staat "
                    "hieronder nog: u kunt die gebruiken voor een nieuwe vraag."
                ),
            )
        elif form.is_valid():
            services.ticket_asker_reply(
                ticket=ticket,
                body=form.cleaned_data["body"],
                channel=Channel.WEB,
                user=request.user,
                files=form.cleaned_data["attachments"],
            )
            messages.success(request, _("Uw reactie is toegevoegd."))
            return redirect(ticket.get_absolute_url())
    return render(
        request,
        "helpdesk/ticket_detail.html",
        {
            "ticket": ticket,
            "thread": selectors.public_messages(ticket),
            "form": form,
            "breadcrumbs": crumbs(
                _home_crumb(),
                (_("Mijn vragen"), reverse("helpdesk:mine")),
                (ticket.reference, ""),
            ),
        },
    )


@login_required
def attachment_download(request: HttpRequest, public_id: str) -> FileResponse:
    attachment = selectors.attachment_for(request.user, public_id)
    if attachment is None:
        raise Http404
    if selectors.is_helpdesk_staff(request.user):
        log_action(attachment.message.ticket, "helpdesk.attachment_viewed", user=request.user)
    # Always a download: staff open files from unknown senders.
    response = upload_response(
        attachment.file.open("rb"),
        content_type=attachment.content_type,
        filename=attachment.filename,
    )
    response["Cache-Control"] = "private, no-store"
    return response


@require_http_methods(["GET", "POST"])
def rate(request: HttpRequest, token: str) -> HttpResponse:
    """The one-question rating from the closing e-mail. GET only shows the form (mail scanners
    open links), POST stores the answer once."""
    read = emails.rating_read(token)
    if read is None:
        raise Http404
    ticket = get_object_or_404(Ticket, pk=read[0])
    form = RatingForm(request.POST or None, initial={"score": read[1]})
    stored = False
    if request.method == "POST" and form.is_valid():
        stored = services.ticket_rate(ticket=ticket, score=form.cleaned_data["score"])
        if stored:
            return render(request, "helpdesk/rated.html", {"already": False})
    if ticket.rated_at is not None and not stored:
        return render(request, "helpdesk/rated.html", {"already": True})
    return render(request, "helpdesk/rate.html", {"form": form, "ticket": ticket})


# --- Inbound e-mail webhook ------------------------------------------------------------------


@csrf_exempt
@require_POST
def inbound(request: HttpRequest) -> HttpResponse:
    """A mail provider posts the raw RFC 5322 message; authenticated with a bearer secret."""
    secret = settings.HELPDESK_INBOUND_SECRET
    given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    if not secret or not hmac.compare_digest(given.encode(), secret.encode()):
        return HttpResponse(status=401)
    upload = request.FILES.get("message")
    raw = upload.read() if upload is not None else request.body
    if not raw:
        return HttpResponse(status=400)
    result = ingest_message(raw, channel_hint="webhook")
    return JsonResponse({"outcome": result.outcome})


# --- Staff ------------------------------------------------------------------------------------


def _staff_crumb() -> tuple[str, str]:
    return (_("Helpdeskbeheer"), reverse("helpdesk:staff_queue"))


@staff_required
def staff_queue(request: HttpRequest) -> HttpResponse:
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
            "breadcrumbs": staff_crumbs((_("Helpdeskbeheer"), "")),
        },
    )


@staff_required
@require_http_methods(["GET", "POST"])
def staff_ticket(request: HttpRequest, reference: str) -> HttpResponse:
    ticket = get_object_or_404(
        Ticket.objects.select_related("party", "asker", "assignee", "theme", "merged_into"),
        reference=reference,
    )
    initial_body = ""
    canned_form = CannedChoiceForm(request.GET if "canned" in request.GET else None)
    if canned_form.is_bound and canned_form.is_valid():
        initial_body = services.canned_render(
            canned=canned_form.cleaned_data["canned"], ticket=ticket
        )
    reply_form = StaffReplyForm(
        request.POST or None, request.FILES or None, initial={"body": initial_body}
    )
    if request.method == "POST" and reply_form.is_valid():
        try:
            services.ticket_reply(
                ticket=ticket,
                author=request.user,
                body=reply_form.cleaned_data["body"],
                kind=reply_form.cleaned_data["kind"],
                files=reply_form.cleaned_data["attachments"],
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
            "canned_form": CannedChoiceForm(),
            "update_form": TicketUpdateForm(instance=ticket),
            "merge_form": MergeForm(),
            "breadcrumbs": staff_crumbs(_staff_crumb(), (ticket.reference, "")),
        },
    )


@staff_required
@require_POST
def staff_update(request: HttpRequest, reference: str) -> HttpResponse:
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


@staff_required
@require_POST
def staff_merge(request: HttpRequest, reference: str) -> HttpResponse:
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


@staff_required
@require_POST
def staff_article(request: HttpRequest, reference: str) -> HttpResponse:
    ticket = get_object_or_404(Ticket.objects.select_related("asker", "party"), reference=reference)
    try:
        services.ticket_to_article(ticket=ticket, user=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(ticket.get_staff_url())
    messages.success(request, _("Er staat een concept-artikel klaar voor de redactie."))
    return redirect(ticket.get_staff_url())


@staff_required
@require_http_methods(["GET", "POST"])
def staff_phone(request: HttpRequest) -> HttpResponse:
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


@report_required
def staff_report(request: HttpRequest) -> HttpResponse:
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
    from datetime import timedelta

    if not isinstance(value, timedelta):
        return "-"
    return f"{value.total_seconds() / 3600:.1f}"
