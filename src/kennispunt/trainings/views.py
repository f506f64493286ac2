"""Public calendar, training and session pages, sign-up, and the member's own sign-ups."""

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_http_methods, require_POST

from kennispunt.core import ical
from kennispunt.core.breadcrumbs import crumbs
from kennispunt.core.pdf import pdf_response, render_pdf
from kennispunt.parties.eligibility import eligible_parties, eligible_required
from kennispunt.parties.models import local_party_q
from kennispunt.parties.selectors import board_parties

from . import selectors, services
from .emails import leave_token_signup_id
from .forms import CalendarFilterForm, EvaluationForm, MaatwerkRequestForm, SignUpForm
from .ical import calendar_for, calendar_links
from .models import Session, SignUp, SignUpStatus, Training

PAGE_SIZE = 20
FEED_LIMIT = 500
FEED_CACHE_SECONDS = 300


def _trainings_crumb() -> tuple[str, str]:
    return (_("Trainingen"), reverse("trainings:calendar"))


def calendar(request: HttpRequest) -> HttpResponse:
    form = CalendarFilterForm(request.GET or None)
    filters: dict = {}
    if form.is_valid():
        filters = {
            "theme": form.cleaned_data["thema"],
            "province": form.cleaned_data["provincie"],
            "online": form.cleaned_data["online"],
            "month": form.month(),
        }
    page = Paginator(selectors.calendar_sessions(**filters), PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    return render(
        request,
        "trainings/calendar.html",
        {"form": form, "page": page, "breadcrumbs": crumbs((_("Trainingen"), ""))},
    )


@cache_page(FEED_CACHE_SECONDS)
def feed(request: HttpRequest) -> HttpResponse:
    """Calendar apps poll this; a few minutes old is fine and spares building it each time."""
    sessions = selectors.calendar_sessions(seats=False)[:FEED_LIMIT]
    body = calendar_for(sessions, name=_("Trainingen van het Kennispunt"))
    return ical.response(body)


def training_detail(request: HttpRequest, slug: str) -> HttpResponse:
    training = get_object_or_404(
        Training.objects.select_related("trainer").prefetch_related(
            Prefetch(
                "sessions",
                queryset=Session.objects.public()
                .upcoming()
                .with_seats()
                .select_related("municipality"),
                to_attr="upcoming",
            ),
            "related_articles",
        ),
        slug=slug,
    )
    return render(
        request,
        "trainings/training_detail.html",
        {
            "training": training,
            "breadcrumbs": crumbs(_trainings_crumb(), (training.title, "")),
        },
    )


def _visible_session(request: HttpRequest, pk: int) -> Session:
    return get_object_or_404(selectors.visible_sessions(request.user), pk=pk)


def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    session = _visible_session(request, pk)
    counts = selectors.seat_counts(session)
    standing = selectors.session_standing(request.user, session)
    is_staff = request.user.is_authenticated and request.user.has_perm("trainings.view_session")
    own = standing.own
    participant = own is not None and own.status == SignUpStatus.CONFIRMED
    return render(
        request,
        "trainings/session_detail.html",
        {
            "session": session,
            "training": session.training,
            "taken": counts["taken"],
            "waiting": counts["waiting"],
            "is_full": counts["taken"] >= session.capacity,
            "own": own,
            "colleagues": standing.colleagues,
            "can_cancel": own is not None and timezone.now() < session.cancel_deadline,
            "show_materials": session.has_ended and (participant or is_staff),
            "breadcrumbs": crumbs(
                _trainings_crumb(),
                (session.training.title, session.training.get_absolute_url()),
                (formats.date_format(timezone.localtime(session.starts_at), "j F Y"), ""),
            ),
        },
    )


def session_ics(request: HttpRequest, pk: int) -> HttpResponse:
    session = _visible_session(request, pk)
    body = calendar_for([session], name=session.training.title)
    return ical.response(body, filename=f"training-{session.pk}.ics", attachment=True)


@eligible_required
@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest, pk: int) -> HttpResponse:
    session = _visible_session(request, pk)
    parties = eligible_parties(request.user).order_by("name")
    if session.private_party_id:
        parties = parties.filter(pk=session.private_party_id)
        if not parties.exists():
            raise Http404
    user = request.user
    # "Meld een collega aan" opens the form empty; otherwise it is filled in for oneself.
    initial = (
        {} if request.GET.get("collega") else {"name": user.get_full_name(), "email": user.email}  # type: ignore[union-attr]
    )
    form = SignUpForm(
        request.POST or None, initial=initial, training=session.training, parties=parties
    )
    if request.method == "POST" and form.is_valid():
        data = services.SignUpData(
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            role=form.cleaned_data["role"],
            dietary=form.cleaned_data.get("dietary", ""),
            expectations=form.cleaned_data.get("expectations", ""),
        )
        is_self = data.email.strip().lower() == user.email.lower()  # type: ignore[union-attr]
        try:
            created = services.signup_create(
                session_id=session.pk,
                party=form.cleaned_data["party"],
                data=data,
                signed_up_by=user,
                user=user if is_self else None,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            return redirect("trainings:signup_done", pk=created.pk)
    return render(
        request,
        "trainings/signup.html",
        {
            "session": session,
            "form": form,
            "colleague": bool(request.GET.get("collega")),
            "breadcrumbs": crumbs(
                _trainings_crumb(),
                (session.training.title, session.training.get_absolute_url()),
                (_("Aanmelden"), ""),
            ),
        },
    )


@login_required
def my_signups(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.my_signups(request.user), PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    return render(
        request,
        "trainings/my_signups.html",
        {
            "page": page,
            "now": timezone.now(),
            "breadcrumbs": crumbs(_trainings_crumb(), (_("Mijn trainingen"), "")),
        },
    )


def _own_signup(request: HttpRequest, pk: int) -> SignUp:
    signup = get_object_or_404(
        SignUp.objects.select_related("session__training", "session__municipality"), pk=pk
    )
    if not services.can_manage_signup(request.user, signup):
        raise Http404
    return signup


@login_required
def signup_done(request: HttpRequest, pk: int) -> HttpResponse:
    """The page after signing up: what happened, and "Zet in uw agenda" (.ics, Google, Outlook)."""
    signup = _own_signup(request, pk)
    session = signup.session
    show_links = signup.status == SignUpStatus.CONFIRMED and not session.is_cancelled
    return render(
        request,
        "trainings/signup_done.html",
        {
            "signup": signup,
            "session": session,
            "is_self": signup.user_id == request.user.pk,
            "links": calendar_links(session) if show_links else None,
            "breadcrumbs": crumbs(
                _trainings_crumb(),
                (session.training.title, session.get_absolute_url()),
                (_("Aangemeld"), ""),
            ),
        },
    )


def _act_on_own_signup(
    request: HttpRequest, pk: int, action: Callable[..., object], done: str
) -> HttpResponse:
    signup = _own_signup(request, pk)
    try:
        action(signup_id=signup.pk, by=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, done)
    # The session page posts its own address here, so the member returns to where they were.
    back = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return redirect(back)
    return redirect("trainings:my_signups")


@login_required
@require_POST
def signup_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    return _act_on_own_signup(request, pk, services.signup_cancel, _("U bent afgemeld."))


@login_required
@require_POST
def signup_accept(request: HttpRequest, pk: int) -> HttpResponse:
    return _act_on_own_signup(
        request, pk, services.signup_accept_offer, _("Uw plaats is bevestigd.")
    )


@require_http_methods(["GET", "POST"])
def waitlist_leave(request: HttpRequest, token: str) -> HttpResponse:
    """ "Niet meer geïnteresseerd" from a waiting-list mail: GET asks, POST takes them off."""
    signup_id = leave_token_signup_id(token)
    if signup_id is None:
        raise Http404
    signup = get_object_or_404(
        SignUp.objects.select_related("session__training", "session__municipality"), pk=signup_id
    )
    done = False
    if request.method == "POST" and signup.status in (SignUpStatus.WAITING, SignUpStatus.OFFERED):
        try:
            signup = services.waitlist_leave(signup_id=signup.pk)
        except ValidationError:
            signup.refresh_from_db()
        else:
            done = True
    return render(
        request,
        "trainings/waitlist_leave.html",
        {
            "signup": signup,
            "session": signup.session,
            "done": done,
            "on_list": signup.status in (SignUpStatus.WAITING, SignUpStatus.OFFERED),
            "breadcrumbs": crumbs(_trainings_crumb(), (_("Wachtlijst"), "")),
        },
    )


@login_required
def certificate(request: HttpRequest, pk: int) -> HttpResponse:
    """Bewijs van deelname (PDF), for the participant themself and for staff."""
    signup = get_object_or_404(
        SignUp.objects.select_related(
            "session__training__trainer", "session__trainer", "session__municipality", "party"
        ),
        pk=pk,
    )
    if not services.can_download_certificate(request.user, signup):
        raise Http404
    pdf = render_pdf(
        "trainings/certificate.html",
        {"signup": signup, "session": signup.session, "issued": timezone.localdate()},
        base_url=request.build_absolute_uri("/"),
    )
    return pdf_response(pdf, filename=f"bewijs-van-deelname-{signup.session.pk}.pdf")


@login_required
@require_http_methods(["GET", "POST"])
def evaluate(request: HttpRequest, pk: int) -> HttpResponse:
    signup = _own_signup(request, pk)
    if not services.can_evaluate(request.user, signup):
        raise Http404
    existing = getattr(signup, "evaluation", None)
    initial = {"score": existing.score, "comment": existing.comment} if existing else None
    form = EvaluationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.evaluation_submit(
                signup=signup,
                score=form.cleaned_data["score"],
                comment=form.cleaned_data["comment"],
                by=request.user,
            )
        except (ValidationError, PermissionDenied) as exc:
            raise Http404 from exc
        messages.success(request, _("Bedankt voor uw beoordeling."))
        return redirect("trainings:my_signups")
    return render(
        request,
        "trainings/evaluate.html",
        {
            "signup": signup,
            "form": form,
            "breadcrumbs": crumbs(_trainings_crumb(), (_("Beoordelen"), "")),
        },
    )


@eligible_required
@require_http_methods(["GET", "POST"])
def maatwerk_request(request: HttpRequest) -> HttpResponse:
    """Board members of an eligible party ask for a custom training for their party."""
    parties = board_parties(request.user).filter(local_party_q()).order_by("name")
    if not parties.exists():
        return render(request, "trainings/maatwerk_board_only.html", status=403)
    form = MaatwerkRequestForm(request.POST or None, parties=parties)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "party"}
        services.maatwerk_request_create(party=form.cleaned_data["party"], by=request.user, **data)
        messages.success(
            request, _("Uw aanvraag is ontvangen. We nemen binnen vijf werkdagen contact op.")
        )
        return redirect("trainings:calendar")
    return render(
        request,
        "trainings/maatwerk_request.html",
        {"form": form, "breadcrumbs": crumbs(_trainings_crumb(), (_("Training op maat"), ""))},
    )
