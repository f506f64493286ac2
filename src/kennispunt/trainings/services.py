"""Writes for trainings. Every change to who holds a seat locks the session row first.

Locking (``_lock_session``): the first statement of the transaction is an UPDATE of the session
row that also hands out the next arrival number. On PostgreSQL that UPDATE takes the row lock
(the ``select_for_update()`` that follows is then a no-op re-read); on SQLite a write as first
statement takes the database's single write lock at once, so two writers never both read first
and then deadlock on the upgrade. Either way, counting seats and inserting happen under the lock
and capacity can never be exceeded. Constraints in the database back this up: one active
sign-up per e-mail per session, unique arrival numbers.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from kennispunt.core.audit import log_action
from kennispunt.parties.models import Party

from . import emails
from .models import (
    ACTIVE_STATUSES,
    SEAT_STATUSES,
    Evaluation,
    MaatwerkRequest,
    MaatwerkStatus,
    Session,
    SignUp,
    SignUpStatus,
)


def _send_mail(signup_id: int, kind: str) -> None:
    """Render the mail now, with the sign-up as this change leaves it; sent after the commit."""
    emails.signup_mail_send(signup_id, kind)


def _lock_session(session_id: int) -> Session:
    """Lock the session row for the rest of the transaction; returns it with a fresh number."""
    updated = Session.objects.filter(pk=session_id).update(signup_counter=F("signup_counter") + 1)
    if not updated:
        raise Session.DoesNotExist
    return Session.objects.select_for_update().select_related("training").get(pk=session_id)


def offer_deadline(session: Session, now: datetime) -> datetime:
    hours = settings.TRAININGS_OFFER_HOURS
    return max(min(now + timedelta(hours=hours), session.starts_at), now + timedelta(hours=1))


@dataclass(frozen=True)
class SignUpData:
    name: str
    email: str
    role: str = ""
    dietary: str = ""
    expectations: str = ""


def signup_create(
    *,
    session_id: int,
    party: Party,
    data: SignUpData,
    signed_up_by: Any,
    user: Any = None,
) -> SignUp:
    """Sign someone up: a seat when one is free, else the waiting list (in arrival order).

    Raises ValidationError (Dutch message) when sign-up is closed, the party's limit is
    reached, or this e-mail address is already signed up.
    """
    email = data.email.strip().lower()
    if user is None:
        # A colleague with an account sees (and can cancel) the sign-up under "Mijn trainingen".
        user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
    with transaction.atomic():
        session = _lock_session(session_id)
        now = timezone.now()
        if session.is_cancelled:
            raise ValidationError(_("Deze sessie gaat niet door."))
        if now >= session.effective_signup_deadline:
            raise ValidationError(_("Aanmelden voor deze sessie is niet meer mogelijk."))
        if session.private_party_id and session.private_party_id != party.pk:
            raise ValidationError(_("Deze sessie is alleen voor een andere partij."))
        active = SignUp.objects.filter(session=session, status__in=ACTIVE_STATUSES)
        if active.filter(email=email).exists():
            raise ValidationError(_("Dit e-mailadres is al aangemeld voor deze sessie."))
        if (
            session.max_per_party is not None
            and active.filter(party=party).count() >= session.max_per_party
        ):
            raise ValidationError(
                _(
                    "Uw partij heeft het maximale aantal aanmeldingen voor deze sessie al bereikt "
                    "(%(max)s)."
                )
                % {"max": session.max_per_party}
            )
        seats_taken = active.filter(status__in=SEAT_STATUSES).count()
        status = SignUpStatus.CONFIRMED if seats_taken < session.capacity else SignUpStatus.WAITING
        try:
            with transaction.atomic():
                signup = SignUp.objects.create(
                    session=session,
                    sequence=session.signup_counter,
                    user=user,
                    signed_up_by=signed_up_by if getattr(signed_up_by, "pk", None) else None,
                    party=party,
                    name=data.name.strip(),
                    email=email,
                    role=data.role.strip(),
                    dietary=data.dietary.strip(),
                    expectations=data.expectations.strip(),
                    status=status,
                )
        except IntegrityError as exc:
            raise ValidationError(_("Dit e-mailadres is al aangemeld voor deze sessie.")) from exc
        log_action(signup, "training.signup.created", user=signed_up_by, data={"status": status})
        _send_mail(signup.pk, "confirmed" if status == SignUpStatus.CONFIRMED else "waiting")
    return signup


def _fill_free_seats(session: Session, now: datetime) -> list[SignUp]:
    """Offer free seats to the first on the waiting list. Call with the session locked."""
    if session.is_cancelled or session.starts_at <= now:
        return []
    taken = SignUp.objects.filter(session=session, status__in=SEAT_STATUSES).count()
    free = session.capacity - taken
    if free <= 0:
        return []
    promoted = list(
        SignUp.objects.filter(session=session, status=SignUpStatus.WAITING).order_by("sequence")[
            :free
        ]
    )
    until = offer_deadline(session, now)
    for signup in promoted:
        signup.status = SignUpStatus.OFFERED
        signup.offered_until = until
        signup.save(update_fields=["status", "offered_until"])
        log_action(signup, "training.signup.offered", data={"until": until.isoformat()})
        _send_mail(signup.pk, "offered")
    return promoted


def can_manage_signup(user: Any, signup: SignUp) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return user.pk in (signup.user_id, signup.signed_up_by_id)


def signup_cancel(*, signup_id: int, by: Any, staff: bool = False) -> SignUp:
    """Cancel a sign-up; a freed seat goes to the first on the waiting list at once."""
    with transaction.atomic():
        session_id = SignUp.objects.values_list("session_id", flat=True).get(pk=signup_id)
        session = _lock_session(session_id)
        signup = SignUp.objects.get(pk=signup_id)
        if not staff and not can_manage_signup(by, signup):
            raise PermissionDenied
        if not signup.is_active:
            raise ValidationError(_("Deze aanmelding is al afgemeld."))
        now = timezone.now()
        if not staff and now >= session.cancel_deadline:
            raise ValidationError(
                _(
                    "Afmelden via de website kan niet meer. Neem contact op met het Kennispunt als "
                    "u toch niet kunt komen."
                )
            )
        held_seat = signup.holds_seat
        signup.status = SignUpStatus.CANCELLED
        signup.cancelled_at = now
        signup.save(update_fields=["status", "cancelled_at"])
        log_action(signup, "training.signup.cancelled", user=by)
        if held_seat:
            _fill_free_seats(session, now)
    return signup


def waitlist_leave(*, signup_id: int) -> SignUp:
    """Someone waiting (or offered a seat) is no longer interested: they leave the list, and an
    offered seat goes to the next in line. Reached through a signed link, without signing in,
    so it can only take someone off a waiting list, never cancel a confirmed seat."""
    with transaction.atomic():
        session_id = SignUp.objects.values_list("session_id", flat=True).get(pk=signup_id)
        session = _lock_session(session_id)
        signup = SignUp.objects.get(pk=signup_id)
        if signup.status not in (SignUpStatus.WAITING, SignUpStatus.OFFERED):
            raise ValidationError(_("U staat niet (meer) op de wachtlijst voor deze sessie."))
        now = timezone.now()
        held_seat = signup.holds_seat
        signup.status = SignUpStatus.CANCELLED
        signup.cancelled_at = now
        signup.offered_until = None
        signup.save(update_fields=["status", "cancelled_at", "offered_until"])
        log_action(signup, "training.signup.left_waiting_list")
        if held_seat:
            _fill_free_seats(session, now)
    return signup


def signup_accept_offer(*, signup_id: int, by: Any) -> SignUp:
    with transaction.atomic():
        session_id = SignUp.objects.values_list("session_id", flat=True).get(pk=signup_id)
        _lock_session(session_id)
        signup = SignUp.objects.get(pk=signup_id)
        if not can_manage_signup(by, signup):
            raise PermissionDenied
        if signup.status != SignUpStatus.OFFERED:
            raise ValidationError(_("Er staat geen plaats voor u klaar."))
        if signup.offered_until is not None and signup.offered_until <= timezone.now():
            raise ValidationError(_("De tijd om deze plaats te bevestigen is voorbij."))
        signup.status = SignUpStatus.CONFIRMED
        signup.offered_until = None
        signup.save(update_fields=["status", "offered_until"])
        log_action(signup, "training.signup.offer_accepted", user=by)
        _send_mail(signup.pk, "confirmed")
    return signup


def offers_expire(*, now: datetime | None = None) -> int:
    """Offers not confirmed in time lapse; the seat goes to the next on the waiting list."""
    now = now or timezone.now()
    session_ids = set(
        SignUp.objects.filter(status=SignUpStatus.OFFERED, offered_until__lte=now).values_list(
            "session_id", flat=True
        )
    )
    expired = 0
    for session_id in session_ids:
        with transaction.atomic():
            session = _lock_session(session_id)
            lapsed = list(
                SignUp.objects.filter(
                    session=session, status=SignUpStatus.OFFERED, offered_until__lte=now
                )
            )
            for signup in lapsed:
                signup.status = SignUpStatus.EXPIRED
                signup.save(update_fields=["status"])
                log_action(signup, "training.signup.offer_expired")
                _send_mail(signup.pk, "expired")
            expired += len(lapsed)
            _fill_free_seats(session, now)
    return expired


def session_capacity_changed(*, session_id: int) -> None:
    """After staff raise the capacity: offer the new seats to the waiting list."""
    with transaction.atomic():
        session = _lock_session(session_id)
        _fill_free_seats(session, timezone.now())


@transaction.atomic
def session_notify_changed(*, session: Session, by: Any) -> None:
    """Staff changed date, time or place: tell everyone who is signed up or waiting."""
    Session.objects.filter(pk=session.pk).update(revision=F("revision") + 1)
    log_action(session, "training.session.changed", user=by)
    for signup_id in session.signups.filter(status__in=ACTIVE_STATUSES).values_list(
        "pk", flat=True
    ):
        _send_mail(signup_id, "changed")


@transaction.atomic
def session_mail_attendees(*, session: Session, subject: str, body: str, by: Any) -> None:
    """Staff write to everyone with a seat; sent by the worker once this commits."""
    log_action(session, "training.attendees.mailed", user=by)
    emails.session_message_send(session.pk, subject, body)


@transaction.atomic
def session_cancel(*, session_id: int, by: Any) -> Session:
    session = _lock_session(session_id)
    if session.is_cancelled:
        return session
    session.is_cancelled = True
    session.revision += 1
    session.save(update_fields=["is_cancelled", "revision"])
    log_action(session, "training.session.cancelled", user=by)
    for signup_id in session.signups.filter(status__in=ACTIVE_STATUSES).values_list(
        "pk", flat=True
    ):
        _send_mail(signup_id, "session_cancelled")
    return session


@transaction.atomic
def session_duplicate(*, session: Session, starts_at: datetime, by: Any) -> Session:
    """A copy with the same training, place and limits at a new time; no sign-ups."""
    length = session.ends_at - session.starts_at
    copy = Session.objects.create(
        training=session.training,
        starts_at=starts_at,
        ends_at=starts_at + length,
        is_online=session.is_online,
        online_url=session.online_url,
        venue=session.venue,
        address=session.address,
        municipality=session.municipality,
        capacity=session.capacity,
        cancel_until_hours=session.cancel_until_hours,
        max_per_party=session.max_per_party,
        private_party=session.private_party,
        trainer=session.trainer,
    )
    log_action(copy, "training.session.duplicated", user=by, data={"from": session.pk})
    return copy


@transaction.atomic
def attendance_record(*, session: Session, present_ids: set[int], by: Any) -> None:
    for signup in session.signups.filter(status=SignUpStatus.CONFIRMED):
        attended = signup.pk in present_ids
        if signup.attended != attended:
            signup.attended = attended
            signup.save(update_fields=["attended"])
    log_action(session, "training.attendance.recorded", user=by)


def can_evaluate(user: Any, signup: SignUp) -> bool:
    """Only the attendee evaluates (not whoever signed them up), once the session has ended."""
    return (
        getattr(user, "is_authenticated", False)
        and user.pk == signup.user_id
        and signup.status == SignUpStatus.CONFIRMED
        and signup.session.has_ended
    )


def can_download_certificate(user: Any, signup: SignUp) -> bool:
    """A certificate of attendance: only for attendance marked present at a session that took
    place, and only for the participant themself or staff."""
    if not getattr(user, "is_authenticated", False):
        return False
    if (
        signup.attended is not True
        or signup.status != SignUpStatus.CONFIRMED
        or signup.session.is_cancelled
        or not signup.session.has_ended
    ):
        return False
    return user.pk == signup.user_id or user.has_perm("trainings.view_session")


def evaluation_submit(*, signup: SignUp, score: int, comment: str, by: Any) -> Evaluation:
    if by.pk != signup.user_id or signup.status != SignUpStatus.CONFIRMED:
        raise PermissionDenied
    if not signup.session.has_ended:
        raise ValidationError(_("U kunt de training beoordelen nadat hij is geweest."))
    with transaction.atomic():
        evaluation, _created = Evaluation.objects.update_or_create(
            signup=signup, defaults={"score": score, "comment": comment.strip()}
        )
    return evaluation


def _claim(signup_ids: list[int], field: str, now: datetime) -> list[int]:
    """Mark each sign-up as mailed exactly once, even with two workers running."""
    claimed = []
    for signup_id in signup_ids:
        won = SignUp.objects.filter(pk=signup_id, **{f"{field}__isnull": True}).update(
            **{field: now}
        )
        if won:
            claimed.append(signup_id)
    return claimed


def reminders_send(*, now: datetime | None = None) -> int:
    """A reminder a few days before and one the day before; each sent once (recorded)."""
    now = now or timezone.now()
    base = SignUp.objects.filter(
        status=SignUpStatus.CONFIRMED, session__is_cancelled=False, session__starts_at__gt=now
    )
    sent = 0
    day = list(
        base.filter(
            session__starts_at__lte=now + timedelta(days=1), reminded_day_at__isnull=True
        ).values_list("pk", flat=True)
    )
    with transaction.atomic():
        for signup_id in _claim(day, "reminded_day_at", now):
            # The day-before reminder replaces an early one that was never sent.
            SignUp.objects.filter(pk=signup_id, reminded_early_at__isnull=True).update(
                reminded_early_at=now
            )
            _send_mail(signup_id, "reminder")
            sent += 1
    early = list(
        base.filter(
            session__starts_at__lte=now + timedelta(days=settings.TRAININGS_REMINDER_DAYS),
            reminded_early_at__isnull=True,
        ).values_list("pk", flat=True)
    )
    with transaction.atomic():
        for signup_id in _claim(early, "reminded_early_at", now):
            _send_mail(signup_id, "reminder")
            sent += 1
    return sent


def evaluations_request(*, now: datetime | None = None) -> int:
    now = now or timezone.now()
    ids = list(
        SignUp.objects.filter(
            status=SignUpStatus.CONFIRMED,
            session__is_cancelled=False,
            session__ends_at__lte=now,
            session__ends_at__gt=now - timedelta(days=14),
            evaluation_requested_at__isnull=True,
            anonymised_at__isnull=True,
        )
        .exclude(attended=False)
        .values_list("pk", flat=True)
    )
    with transaction.atomic():
        claimed = _claim(ids, "evaluation_requested_at", now)
        for signup_id in claimed:
            _send_mail(signup_id, "evaluation")
    return len(claimed)


ANONYMISED_FIELDS = {
    "name": "",
    "email": "",
    "role": "",
    "dietary": "",
    "expectations": "",
    "user": None,
    "signed_up_by": None,
}


def attendees_anonymise(*, now: datetime | None = None) -> int:
    """Past sessions lose their attendee data after TRAININGS_RETENTION_DAYS.

    Counts, attendance and evaluation scores stay, so fill rates and scores remain available.
    """
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.TRAININGS_RETENTION_DAYS)
    sessions = list(
        Session.objects.filter(ends_at__lte=cutoff, attendees_anonymised_at__isnull=True)
    )
    count = 0
    for session in sessions:
        with transaction.atomic():
            count += session.signups.update(anonymised_at=now, **ANONYMISED_FIELDS)
            session.attendees_anonymised_at = now
            session.save(update_fields=["attendees_anonymised_at"])
            log_action(session, "training.attendees.anonymised")
    return count


@transaction.atomic
def maatwerk_request_create(*, party: Party, by: Any, **fields: Any) -> MaatwerkRequest:
    request = MaatwerkRequest.objects.create(party=party, requested_by=by, **fields)
    log_action(request, "training.maatwerk.requested", user=by)
    return request


@transaction.atomic
def maatwerk_status_set(
    *, request: MaatwerkRequest, status: str, note: str, by: Any
) -> MaatwerkRequest:
    request.status = status
    request.staff_note = note
    request.save(update_fields=["status", "staff_note"])
    log_action(request, "training.maatwerk.status", user=by, data={"status": status})
    return request


@transaction.atomic
@transaction.atomic
def maatwerk_plan(*, request: MaatwerkRequest, session: Session, by: Any) -> MaatwerkRequest | None:
    """Turn the request into a private session for the party.

    Saves the session (for the request's party). None, and nothing saved, when the request
    already has a session: two planners at once never leave an orphaned second session.
    """
    locked = MaatwerkRequest.objects.select_for_update().get(pk=request.pk)
    if locked.session_id is not None:
        return None
    session.private_party = request.party
    session.save()
    request.session = session
    request.status = MaatwerkStatus.GEPLAND
    request.save(update_fields=["session", "status"])
    log_action(request, "training.maatwerk.planned", user=by, data={"session": session.pk})
    return request
