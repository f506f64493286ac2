"""iCalendar (.ics) for sessions: the public feed, one file per session, the e-mail attachment."""

from collections.abc import Iterable

from kennispunt.core import ical
from kennispunt.core.links import absolute_url

from .models import Session


def _event(session: Session, *, with_online_link: bool) -> ical.Event:
    url = absolute_url(session)
    if session.is_online:
        location = (session.online_url if with_online_link else "") or "Online"
    else:
        location = ", ".join(p for p in [session.venue, session.address, session.place] if p)
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
