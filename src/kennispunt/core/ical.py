"""iCalendar (.ics): the calendar, event and response shapes every feed of the site shares.

An event with dates (not datetimes) is all-day, so no time zone can shift it. An event with
times is written in Europe/Amsterdam with a VTIMEZONE block (``add_missing_timezones``), so a
calendar shows 19:30 on both sides of the daylight-saving change.
"""

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

__all__ = [
    "AMSTERDAM",
    "Event",
    "calendar",
    "event",
    "google_calendar_url",
    "outlook_calendar_url",
    "response",
]

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
CONTENT_TYPE = "text/calendar; charset=utf-8"


def event(
    *,
    uid: str,
    summary: str,
    start: date | datetime,
    end: date | datetime | None = None,
    url: str = "",
    description: str = "",
    **properties: object,
) -> Event:
    """One event; ``start`` a date makes it all-day (``end`` then defaults to the same day).

    ``uid`` is made globally unique here ("<uid>@kennispunt"); extra ``properties`` (location,
    status, sequence ...) are added as they are.
    """
    item = Event()
    item.add("uid", f"{uid}@kennispunt")
    item.add("dtstamp", timezone.now())
    item.add("summary", summary)
    if isinstance(start, datetime):
        item.add("dtstart", start.astimezone(AMSTERDAM))
        finish = end if isinstance(end, datetime) else start
        item.add("dtend", finish.astimezone(AMSTERDAM))
    else:
        # DTEND of an all-day event is exclusive: the day after the last day.
        item.add("dtstart", start)
        item.add("dtend", (end or start) + timedelta(days=1))
    if url:
        item.add("url", url)
    if description or url:
        item.add("description", "\n\n".join(part for part in (description, url) if part))
    for name, value in properties.items():
        item.add(name, value)
    return item


def calendar(events: Iterable[Event], *, name: str, product: str) -> bytes:
    """The whole calendar as .ics bytes; ``product`` names the feed in PRODID."""
    cal = Calendar()
    cal.add("prodid", f"-//Kennispunt lokale politieke partijen//{product}//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/Amsterdam")
    for item in events:
        cal.add_component(item)
    cal.add_missing_timezones()
    return cal.to_ical()


def response(body: bytes, *, filename: str = "", attachment: bool = False) -> HttpResponse:
    """An .ics answer: a feed (no filename), or a file shown inline or offered as a download."""
    answer = HttpResponse(body, content_type=CONTENT_TYPE)
    if filename:
        disposition = "attachment" if attachment else "inline"
        answer["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return answer


def google_calendar_url(
    *, title: str, start: datetime, end: datetime, details: str = "", location: str = ""
) -> str:
    """A link that opens Google Calendar with this event filled in (times in UTC, "Z")."""
    stamp = "%Y%m%dT%H%M%SZ"
    dates = f"{start.astimezone(UTC).strftime(stamp)}/{end.astimezone(UTC).strftime(stamp)}"
    query = {"action": "TEMPLATE", "text": title, "dates": dates}
    if details:
        query["details"] = details
    if location:
        query["location"] = location
    return f"https://calendar.google.com/calendar/render?{urlencode(query)}"


def outlook_calendar_url(
    *, title: str, start: datetime, end: datetime, details: str = "", location: str = ""
) -> str:
    """A link that opens a new event in Outlook on the web (outlook.com and Microsoft 365
    accounts both land there after signing in)."""
    query = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": title,
        "startdt": start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "enddt": end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    if details:
        query["body"] = details
    if location:
        query["location"] = location
    return f"https://outlook.live.com/calendar/0/deeplink/compose?{urlencode(query)}"
