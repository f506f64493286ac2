"""The helpdesk for askers: the question form, their tickets, ratings and the mail webhook.

The staff side (queue, ticket, phone, report) is in ``views_staff.py``.
"""

import hmac

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
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
from kennispunt.core.breadcrumbs import crumbs
from kennispunt.core.http import client_ip, renamed_query_parameters
from kennispunt.core.uploads import upload_response
from kennispunt.parties.eligibility import is_eligible

from . import emails, selectors, services
from .forms import (
    AskerReplyForm,
    QuestionForm,
    RatingForm,
)
from .ingest import ingest_message
from .models import Channel, Status, Ticket

PAGE_SIZE = 25


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
                subject=data["onderwerp"],
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
@renamed_query_parameters(subject="onderwerp")
def suggest(request: HttpRequest) -> HttpResponse:
    """htmx partial: knowledge articles and solved forum topics that match the subject."""
    text = request.GET.get("onderwerp", "")
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
