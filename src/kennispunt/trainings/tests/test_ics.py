from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from icalendar import Calendar

from kennispunt_testing.trainings import make_session, make_training

pytestmark = pytest.mark.django_db
AMS = ZoneInfo("Europe/Amsterdam")


def _events(content: bytes) -> list:
    calendar = Calendar.from_ical(content)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    return calendar.walk("VEVENT")


@pytest.mark.parametrize(
    ("local", "utc_hour"),
    [
        # Last Sunday of October 2027: the clocks go back at 03:00 (CEST → CET).
        (datetime(2027, 10, 30, 19, 30, tzinfo=AMS), 17),  # Saturday before: CEST, UTC+2
        (datetime(2027, 10, 31, 19, 30, tzinfo=AMS), 18),  # that Sunday evening: CET, UTC+1
        # Last Sunday of March 2028: the clocks go forward at 02:00 (CET → CEST).
        (datetime(2028, 3, 25, 19, 30, tzinfo=AMS), 18),
        (datetime(2028, 3, 26, 19, 30, tzinfo=AMS), 17),
    ],
)
def test_feed_times_right_across_daylight_saving(local: datetime, utc_hour: int) -> None:
    # These dates lie ahead of the test run (2026), so the sessions are upcoming.
    session = make_session(starts_at=local)
    response = Client().get("/trainingen/agenda.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    (event,) = _events(response.content)
    start = event.decoded("dtstart")
    assert start == session.starts_at
    assert start.astimezone(AMS).hour == 19 and start.astimezone(AMS).minute == 30
    assert start.astimezone(ZoneInfo("UTC")).hour == utc_hour
    assert event.decoded("dtend") - start == session.ends_at - session.starts_at
    assert "TZID=Europe/Amsterdam" in response.content.decode()


def test_feed_lists_only_public_upcoming_sessions(world) -> None:
    training = make_training()
    public = make_session(training)
    make_session(training, private_party=world.party_a)
    make_session(training, is_cancelled=True)
    events = _events(Client().get("/trainingen/agenda.ics").content)
    assert [str(e["UID"]) for e in events] == [f"trainings-session-{public.pk}@kennispunt"]


def test_session_ics_download_has_no_online_link(world) -> None:
    session = make_session(online=True)
    response = Client().get(f"/trainingen/sessie/{session.pk}/agenda.ics")
    assert "attachment" in response["Content-Disposition"]
    (event,) = _events(response.content)
    assert str(event["LOCATION"]) == "Online"
    assert "meet.example.org" not in response.content.decode()
