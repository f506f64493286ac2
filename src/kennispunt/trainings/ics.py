"""iCalendar (.ics) for sessions: the public feed, one file per session, the e-mail attachment.

Times are written in Europe/Amsterdam with a VTIMEZONE block (``add_missing_timezones``), so a
calendar shows 19:30 on both sides of the daylight-saving change.
"""

from collections.abc import Iterable
from zoneinfo import ZoneInfo

from django.utils import timezone
from icalendar import Calendar, Event

from kennispunt.core.links import absolute_url

from .models import Session

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PRODID = "-//Kennispunt lokale politieke partijen//Trainingen//NL"


def _event(session: Session, *, with_online_link: bool) -> Event:
    event = Event()
    event.add("uid", f"trainings-session-{session.pk}@kennispunt")
    event.add("summary", session.training.title)
    event.add("dtstart", session.starts_at.astimezone(AMSTERDAM))
    event.add("dtend", session.ends_at.astimezone(AMSTERDAM))
    event.add("dtstamp", timezone.now())
    event.add("sequence", session.revision)
    url = absolute_url(session)
    event.add("url", url)
    if session.is_online:
        event.add("location", (session.online_url if with_online_link else "") or "Online")
    else:
        parts = [session.venue, session.address, session.place]
        event.add("location", ", ".join(p for p in parts if p))
    event.add("description", f"{session.training.summary}\n\n{url}")
    if session.is_cancelled:
        event.add("status", "CANCELLED")
    return event


def calendar_for(
    sessions: Iterable[Session], *, name: str, with_online_link: bool = False
) -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/Amsterdam")
    for session in sessions:
        cal.add_component(_event(session, with_online_link=with_online_link))
    cal.add_missing_timezones()
    return cal.to_ical()
