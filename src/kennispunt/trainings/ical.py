"""iCalendar (.ics) for sessions: the public feed, one file per session, the e-mail attachment."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.urls import reverse

from kennispunt.core import ical
from kennispunt.core.links import absolute_url

from .models import Session


def _location(session: Session, *, with_online_link: bool) -> str:
    if session.is_online:
        return (session.online_url if with_online_link else "") or "Online"
    return ", ".join(p for p in [session.venue, session.address, session.place] if p)


def _event(session: Session, *, with_online_link: bool) -> ical.Event:
    url = absolute_url(session)
    location = _location(session, with_online_link=with_online_link)
    extra: dict[str, object] = {"sequence": session.revision, "location": location}
    if session.is_cancelled:
        extra["status"] = "CANCELLED"
    return ical.event(
        uid=f"trainings-session-{session.pk}",
        summary=session.training.title,
        start=session.starts_at,
        end=session.ends_at,
        url=url,
        description=session.training.summary,
        **extra,
    )


def calendar_for(
    sessions: Iterable[Session], *, name: str, with_online_link: bool = False
) -> bytes:
    events = [_event(session, with_online_link=with_online_link) for session in sessions]
    return ical.calendar(events, name=name, product="Trainingen")


@dataclass(frozen=True)
class CalendarLinks:
    """ "Zet in uw agenda": the .ics download and the two web calendars most people use."""

    ics: str
    google: str
    outlook: str


def calendar_links(session: Session) -> CalendarLinks:
    """Links for one session. The online link stays out: it travels only in the mails to
    participants, and these links may be shared."""
    title = session.training.title
    details = f"{session.training.summary}\n\n{absolute_url(session)}"
    location = _location(session, with_online_link=False)
    start, end = session.starts_at, session.ends_at
    return CalendarLinks(
        ics=reverse("trainings:session_ics", kwargs={"pk": session.pk}),
        google=ical.google_calendar_url(
            title=title, start=start, end=end, details=details, location=location
        ),
        outlook=ical.outlook_calendar_url(
            title=title, start=start, end=end, details=details, location=location
        ),
    )
