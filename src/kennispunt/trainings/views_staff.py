"""Staff tools under /trainingen/beheer/ (trainers and beheerders).

Own views rather than Wagtail admin viewsets: trainers use these on a phone in the room
(attendance list), and the actions (duplicate, cancel and tell everyone, CSV export, e-mail
all attendees, plan a maatwerk request) are services with side effects that a generic
create/edit viewset would hide. The training descriptions themselves are edited in Wagtail
(snippets), like all editorial text.
"""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from kennispunt.accounts.access import staff_required
from kennispunt.core.audit import log_action
from kennispunt.core.breadcrumbs import staff_crumbs

from . import selectors, services
from .dates import AMSTERDAM, public_holiday
from .forms import DuplicateForm, MaatwerkStatusForm, MailAttendeesForm, SessionForm
from .models import MaatwerkRequest, Session, SignUpStatus

PAGE_SIZE = 25
CHANGED_FIELDS = {"starts_at", "ends_at", "is_online", "online_url", "venue", "address"}


def _manage_crumb() -> tuple[str, str]:
    return (_("Beheer trainingen"), reverse("trainings:manage"))


def _warn_on_holiday(request: HttpRequest, session: Session) -> None:
    """Saved all the same (a maatwerk group may want that day), but staff are told."""
    day = timezone.localtime(session.starts_at, AMSTERDAM).date()
    holiday = public_holiday(day)
    if holiday:
        messages.warning(
            request,
            _(
                "Let op: %(date)s is %(holiday)s, een feestdag waarop de meeste mensen vrij zijn. "
                "Kies zo nodig een andere dag."
            )
            % {"date": formats.date_format(day, "j F Y"), "holiday": holiday},
        )


@staff_required("trainings.view_session")
def manage(request: HttpRequest) -> HttpResponse:
    past = request.GET.get("verleden") == "1"
    page = Paginator(selectors.staff_sessions(past=past), PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    return render(
        request,
        "trainings/beheer/manage.html",
        {
            "page": page,
            "past": past,
            "breadcrumbs": staff_crumbs((_("Beheer trainingen"), "")),
        },
    )


@staff_required("trainings.add_session")
@require_http_methods(["GET", "POST"])
def session_create(request: HttpRequest) -> HttpResponse:
    form = SessionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        session = form.save()
        log_action(session, "training.session.created", user=request.user)
        messages.success(request, _("De sessie is aangemaakt."))
        _warn_on_holiday(request, session)
        return redirect("trainings:staff_session", pk=session.pk)
    return render(
        request,
        "trainings/beheer/session_form.html",
        {"form": form, "breadcrumbs": staff_crumbs(_manage_crumb(), (_("Nieuwe sessie"), ""))},
    )


@staff_required("trainings.change_session")
@require_http_methods(["GET", "POST"])
def session_edit(request: HttpRequest, pk: int) -> HttpResponse:
    session = get_object_or_404(Session, pk=pk)
    form = SessionForm(request.POST or None, instance=session)
    if request.method == "POST" and form.is_valid():
        old_capacity = form.initial.get("capacity") or 0
        session = form.save()
        if CHANGED_FIELDS & set(form.changed_data):
            services.session_notify_changed(session=session, by=request.user)
        if session.capacity > old_capacity:
            services.session_capacity_changed(session_id=session.pk)
        messages.success(request, _("De sessie is opgeslagen."))
        _warn_on_holiday(request, session)
        return redirect("trainings:staff_session", pk=session.pk)
    return render(
        request,
        "trainings/beheer/session_form.html",
        {
            "form": form,
            "session": session,
            "breadcrumbs": staff_crumbs(_manage_crumb(), (str(session), "")),
        },
    )


@staff_required("trainings.add_session")
@require_http_methods(["GET", "POST"])
def session_duplicate(request: HttpRequest, pk: int) -> HttpResponse:
    session = get_object_or_404(Session.objects.select_related("training"), pk=pk)
    form = DuplicateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        copy = services.session_duplicate(
            session=session, starts_at=form.cleaned_data["starts_at"], by=request.user
        )
        messages.success(request, _("De sessie is gekopieerd."))
        _warn_on_holiday(request, copy)
        return redirect("trainings:staff_session_edit", pk=copy.pk)
    return render(
        request,
        "trainings/beheer/session_duplicate.html",
        {
            "form": form,
            "session": session,
            "breadcrumbs": staff_crumbs(_manage_crumb(), (_("Sessie kopiëren"), "")),
        },
    )


@staff_required("trainings.change_session")
@require_http_methods(["GET", "POST"])
def session_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    session = get_object_or_404(Session.objects.select_related("training"), pk=pk)
    if request.method == "POST":
        services.session_cancel(session_id=session.pk, by=request.user)
        messages.success(request, _("De sessie is geannuleerd; iedereen krijgt bericht."))
        return redirect("trainings:staff_session", pk=session.pk)
    return render(
        request,
        "trainings/beheer/session_cancel.html",
        {"session": session, "breadcrumbs": staff_crumbs(_manage_crumb(), (_("Annuleren"), ""))},
    )


@staff_required("trainings.view_signup")
@require_http_methods(["GET", "POST"])
def session_attendees(request: HttpRequest, pk: int) -> HttpResponse:
    """Attendee list; on the day it doubles as the phone-friendly attendance list."""
    session = get_object_or_404(
        Session.objects.select_related("training", "municipality", "private_party"), pk=pk
    )
    if request.method == "POST":
        if not request.user.has_perm("trainings.change_signup"):
            raise PermissionDenied
        present = {int(v) for v in request.POST.getlist("aanwezig") if v.isdigit()}
        services.attendance_record(session=session, present_ids=present, by=request.user)
        messages.success(request, _("De aanwezigheid is opgeslagen."))
        return redirect("trainings:staff_session", pk=session.pk)
    signups = list(selectors.active_signups(session))
    log_action(session, "training.attendees.viewed", user=request.user)
    return render(
        request,
        "trainings/beheer/session_attendees.html",
        {
            "session": session,
            "confirmed": [s for s in signups if s.status == SignUpStatus.CONFIRMED],
            "others": [s for s in signups if s.status != SignUpStatus.CONFIRMED],
            "breadcrumbs": staff_crumbs(_manage_crumb(), (str(session), "")),
        },
    )


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: object) -> str:
    """Spreadsheet programs run cells starting with = + - @ as formulas: neutralise them."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


@staff_required("trainings.view_signup")
def session_attendees_csv(request: HttpRequest, pk: int) -> HttpResponse:
    session = get_object_or_404(Session.objects.select_related("training"), pk=pk)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="deelnemers-sessie-{session.pk}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow(
        [
            _("Volgnummer"),
            _("Status"),
            _("Naam"),
            _("E-mailadres"),
            _("Partij"),
            _("Rol"),
            _("Dieetwensen"),
            _("Wat hoopt u te leren?"),
            _("Aanwezig"),
        ]
    )
    for s in selectors.active_signups(session):
        writer.writerow(
            [
                csv_safe(v)
                for v in (
                    s.sequence,
                    s.get_status_display(),
                    s.name,
                    s.email,
                    s.party.name if s.party else "",
                    s.role,
                    s.dietary,
                    s.expectations,
                    "" if s.attended is None else (_("ja") if s.attended else _("nee")),
                )
            ]
        )
    log_action(session, "training.attendees.exported", user=request.user)
    return response


@staff_required("trainings.change_session")
@require_http_methods(["GET", "POST"])
def session_mail(request: HttpRequest, pk: int) -> HttpResponse:
    session = get_object_or_404(Session.objects.select_related("training"), pk=pk)
    form = MailAttendeesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.session_mail_attendees(
            session=session,
            subject=form.cleaned_data["subject"],
            body=form.cleaned_data["body"],
            by=request.user,
        )
        messages.success(request, _("Het bericht wordt naar alle deelnemers gestuurd."))
        return redirect("trainings:staff_session", pk=session.pk)
    return render(
        request,
        "trainings/beheer/session_mail.html",
        {
            "form": form,
            "session": session,
            "breadcrumbs": staff_crumbs(_manage_crumb(), (_("Deelnemers mailen"), "")),
        },
    )


@staff_required("trainings.view_evaluation")
def evaluations(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.evaluation_stats(), PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(
        request,
        "trainings/beheer/evaluations.html",
        {
            "page": page,
            "trainers": selectors.trainer_stats(),
            "breadcrumbs": staff_crumbs(_manage_crumb(), (_("Evaluaties"), "")),
        },
    )


@staff_required("trainings.view_maatwerkrequest")
def maatwerk_list(request: HttpRequest) -> HttpResponse:
    requests = MaatwerkRequest.objects.select_related("party", "session").order_by("-created_at")
    page = Paginator(requests, PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(
        request,
        "trainings/beheer/maatwerk_list.html",
        {"page": page, "breadcrumbs": staff_crumbs(_manage_crumb(), (_("Maatwerk"), ""))},
    )


@staff_required("trainings.change_maatwerkrequest")
@require_http_methods(["GET", "POST"])
def maatwerk_detail(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(MaatwerkRequest.objects.select_related("party", "session"), pk=pk)
    planning = request.method == "POST" and "plan" in request.POST
    form = MaatwerkStatusForm(
        request.POST if request.method == "POST" and not planning else None,
        initial={"status": item.status, "staff_note": item.staff_note},
    )
    session_form = SessionForm(
        request.POST if planning else None,
        prefix="sessie",
        initial={"private_party": item.party_id, "capacity": item.group_size},
    )
    if planning:
        if not request.user.has_perm("trainings.add_session"):
            raise PermissionDenied
        if item.session_id is not None:
            messages.error(request, _("Deze aanvraag is al ingepland."))
            return redirect("trainings:staff_maatwerk", pk=item.pk)
        if session_form.is_valid():
            session = session_form.save(commit=False)
            session.private_party = item.party
            if services.maatwerk_plan(request=item, session=session, by=request.user) is None:
                messages.error(request, _("Deze aanvraag is al ingepland."))
                return redirect("trainings:staff_maatwerk", pk=item.pk)
            messages.success(request, _("De besloten sessie is ingepland."))
            return redirect("trainings:staff_session", pk=session.pk)
    elif request.method == "POST" and form.is_valid():
        services.maatwerk_status_set(
            request=item,
            status=form.cleaned_data["status"],
            note=form.cleaned_data["staff_note"],
            by=request.user,
        )
        messages.success(request, _("De aanvraag is bijgewerkt."))
        return redirect("trainings:staff_maatwerk_list")
    return render(
        request,
        "trainings/beheer/maatwerk_detail.html",
        {
            "item": item,
            "form": form,
            "session_form": session_form,
            "today": timezone.localdate(),
            "breadcrumbs": staff_crumbs(_manage_crumb(), (item.topic, "")),
        },
    )
