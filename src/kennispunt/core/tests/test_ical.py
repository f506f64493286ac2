"""The one calendar helper: all-day events cannot shift, timed ones carry their time zone."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar

from kennispunt.core import ical

UTC = ZoneInfo("UTC")


def _parsed(events: list) -> Calendar:
    return Calendar.from_ical(ical.calendar(events, name="Agenda", product="Proef"))


def test_an_all_day_event_ends_the_day_after_its_last_day() -> None:
    event = ical.event(
        uid="stap-1", summary="Lijst inleveren", start=date(2026, 3, 2), end=date(2026, 3, 4)
    )
    (parsed,) = _parsed([event]).walk("VEVENT")
    assert parsed.decoded("dtstart") == date(2026, 3, 2)
    assert parsed.decoded("dtend") == date(2026, 3, 5)
    assert str(parsed["uid"]) == "stap-1@kennispunt"


def test_a_timed_event_is_written_in_amsterdam_time_with_its_zone() -> None:
    event = ical.event(
        uid="sessie-1",
        summary="Training",
        start=datetime(2026, 7, 1, 17, 30, tzinfo=UTC),
        end=datetime(2026, 7, 1, 19, 0, tzinfo=UTC),
        url="https://kennispunt.nl/trainingen/1/",
        description="Begroting lezen",
        location="Utrecht",
    )
    calendar = _parsed([event])
    (parsed,) = calendar.walk("VEVENT")
    assert parsed.decoded("dtstart").hour == 19  # 17:30 UTC is 19:30 summer time
    assert parsed["dtstart"].params["TZID"] == "Europe/Amsterdam"
    assert calendar.walk("VTIMEZONE")
    assert str(parsed["description"]) == "Begroting lezen\n\nhttps://kennispunt.nl/trainingen/1/"
    assert str(parsed["location"]) == "Utrecht"
    assert str(calendar["prodid"]) == "-//Kennispunt lokale politieke partijen//Proef//NL"


def test_a_response_is_a_feed_or_a_named_file() -> None:
    assert "Content-Disposition" not in ical.response(b"")
    download = ical.response(b"", filename="training-1.ics", attachment=True)
    assert download["Content-Disposition"] == 'attachment; filename="training-1.ics"'
    assert download["Content-Type"] == "text/calendar; charset=utf-8"
