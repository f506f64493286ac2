"""Reads for trainings, including the contract other apps use: ``upcoming_sessions``."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from django.db.models import Avg, Count, Q, QuerySet
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from kennispunt.core.announcements import Announcement
from kennispunt.parties.eligibility import eligible_parties

from .models import ACTIVE_STATUSES, SEAT_STATUSES, Session, SignUp, SignUpStatus


@dataclass(frozen=True)
class UpcomingSession:
    title: str
    url: str
    starts_at: datetime
    ends_at: datetime
    place: str
    is_online: bool
    is_full: bool
    province_name: str


def _listed(*, seats: bool = True) -> QuerySet[Session]:
    sessions = (
        Session.objects.public()
        .upcoming()
        .select_related("training", "municipality")
        .order_by("starts_at", "pk")
    )
    return sessions.with_seats() if seats else sessions


def upcoming_sessions(*, limit: int = 5, province_code: str | None = None) -> list[UpcomingSession]:
    """Public, not cancelled, future sessions, soonest first (one query).

    ``province_code`` is a ``parties.models.Province`` value; online sessions are for everyone
    and always included.
    """
    sessions = _listed()
    if province_code:
        sessions = sessions.filter(Q(municipality__province=province_code) | Q(is_online=True))
    return [
        UpcomingSession(
            title=s.training.title,
            url=s.get_absolute_url(),
            starts_at=s.starts_at,
            ends_at=s.ends_at,
            place=s.place,
            is_online=s.is_online,
            is_full=s.free_seats == 0,
            province_name="" if s.is_online or not s.municipality else s.municipality.province,
        )
        for s in sessions[:limit]
    ]


def session_announcements(limit: int) -> list[Announcement]:
    """The next sessions as one line each ("12 maart 2026, 19:30, Utrecht (vol)"): what the
    newsletter's trainings section shows (registered in ``core.announcements``)."""
    items = []
    for session in upcoming_sessions(limit=limit):
        starts = timezone.localtime(session.starts_at)
        place = _("online") if session.is_online else session.place
        meta = f"{formats.date_format(starts, 'j F Y, H:i')}, {place}"
        if session.is_full:
            meta = f"{meta} ({_('vol')})"
        items.append(Announcement(title=session.title, url=session.url, meta=meta))
    return items


def calendar_sessions(
    *,
    theme: str = "",
    province: str = "",
    online: str = "",
    month: date | None = None,
    seats: bool = True,
) -> QuerySet[Session]:
    sessions = _listed(seats=seats)
    if theme:
        sessions = sessions.filter(training__theme=theme)
    if province:
        sessions = sessions.filter(municipality__province=province)
    if online == "ja":
        sessions = sessions.filter(is_online=True)
    elif online == "nee":
        sessions = sessions.filter(is_online=False)
    if month:
        zone = timezone.get_current_timezone()
        start = datetime(month.year, month.month, 1, tzinfo=zone)
        end = datetime(month.year + (month.month == 12), month.month % 12 + 1, 1, tzinfo=zone)
        sessions = sessions.filter(starts_at__gte=start, starts_at__lt=end)
    return sessions


def visible_sessions(user: Any) -> QuerySet[Session]:
    """Public sessions for all; private (maatwerk) sessions for their party and staff."""
    sessions = Session.objects.select_related(
        "training", "training__trainer", "trainer", "municipality", "private_party"
    )
    if getattr(user, "is_authenticated", False) and user.has_perm("trainings.view_session"):
        return sessions
    parties = eligible_parties(user).values("pk")
    return sessions.filter(Q(private_party__isnull=True) | Q(private_party__in=parties))


def seat_counts(session: Session) -> dict[str, int]:
    counts = session.signups.aggregate(
        taken=Count("pk", filter=Q(status__in=SEAT_STATUSES)),
        waiting=Count("pk", filter=Q(status=SignUpStatus.WAITING)),
    )
    return {"taken": counts["taken"], "waiting": counts["waiting"]}


def my_signups(user: Any) -> QuerySet[SignUp]:
    return (
        SignUp.objects.filter(Q(user=user) | Q(signed_up_by=user))
        .select_related("session__training", "session__municipality", "party", "evaluation")
        .order_by("-session__starts_at", "sequence")
    )


@dataclass(frozen=True)
class SessionStanding:
    """Where the signed-in person stands for one session: their own sign-up (if any) and
    the colleagues they signed up."""

    own: SignUp | None
    colleagues: list[SignUp]


def session_standing(user: Any, session: Session) -> SessionStanding:
    """One query. The own sign-up is the active one, or after the session the confirmed one
    (for materials and the certificate); colleagues only while their sign-up is active."""
    if not getattr(user, "is_authenticated", False):
        return SessionStanding(own=None, colleagues=[])
    signups = list(
        SignUp.objects.filter(Q(user=user) | Q(signed_up_by=user), session=session)
        .filter(status__in=ACTIVE_STATUSES)
        .order_by("sequence")
    )
    own = next((s for s in signups if s.user_id == user.pk), None)
    colleagues = [s for s in signups if s.user_id != user.pk]
    return SessionStanding(own=own, colleagues=colleagues)


def active_signups(session: Session) -> QuerySet[SignUp]:
    return session.signups.filter(status__in=ACTIVE_STATUSES).select_related("party")


def staff_sessions(*, past: bool = False) -> QuerySet[Session]:
    now = timezone.now()
    sessions = Session.objects.with_seats().select_related(
        "training", "municipality", "private_party"
    )
    if past:
        return sessions.filter(starts_at__lte=now).order_by("-starts_at")
    return sessions.filter(starts_at__gt=now - timedelta(hours=12)).order_by("starts_at")


def evaluation_stats() -> QuerySet[Session]:
    """Per past session: confirmed, attended, evaluations and the average score."""
    return (
        Session.objects.filter(starts_at__lte=timezone.now(), is_cancelled=False)
        .select_related("training", "trainer", "training__trainer")
        .annotate(
            confirmed=Count("signups", filter=Q(signups__status=SignUpStatus.CONFIRMED)),
            attended_count=Count("signups", filter=Q(signups__attended=True)),
            responses=Count("signups__evaluation"),
            average=Avg("signups__evaluation__score"),
        )
        .order_by("-starts_at")
    )


def trainer_stats() -> list[dict[str, Any]]:
    rows = (
        SignUp.objects.filter(status=SignUpStatus.CONFIRMED, session__starts_at__lte=timezone.now())
        .values("session__trainer__email", "session__training__trainer__email")
        .annotate(
            confirmed=Count("pk"),
            responses=Count("evaluation"),
            average=Avg("evaluation__score"),
        )
    )
    merged: dict[str, dict[str, Any]] = {}
    for row in rows:
        trainer = row["session__trainer__email"] or row["session__training__trainer__email"] or ""
        entry = merged.setdefault(
            trainer, {"trainer": trainer, "confirmed": 0, "responses": 0, "total": 0.0}
        )
        entry["confirmed"] += row["confirmed"]
        entry["responses"] += row["responses"]
        entry["total"] += (row["average"] or 0) * row["responses"]
    for entry in merged.values():
        entry["average"] = entry["total"] / entry["responses"] if entry["responses"] else None
        entry["rate"] = (
            round(100 * entry["responses"] / entry["confirmed"]) if entry["confirmed"] else 0
        )
    return sorted(merged.values(), key=lambda e: e["trainer"])
