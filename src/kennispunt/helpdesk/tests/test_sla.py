"""Service levels count working days: no weekends, no Dutch public holidays."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from kennispunt.helpdesk.sla import add_working_days, due_dates, is_working_day

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        # Ordinary week: Monday + 2 = Wednesday.
        (date(2026, 3, 2), 2, date(2026, 3, 4)),
        # Friday + 1 skips the weekend.
        (date(2026, 3, 6), 1, date(2026, 3, 9)),
        # A question on Saturday: the first working day counts as day 1.
        (date(2026, 3, 7), 1, date(2026, 3, 9)),
        # Koningsdag on Monday 27 April 2026: Friday 24 + 1 = Tuesday 28.
        (date(2026, 4, 24), 1, date(2026, 4, 28)),
        # In 2025 the 27th is a Sunday, so Koningsdag is Saturday 26 April: nothing extra skipped.
        (date(2025, 4, 25), 1, date(2025, 4, 28)),
        # Christmas 2026: Thursday 24 + 1 skips Fri 25, Sat 26 (2nd day), Sun 27 -> Monday 28.
        (date(2026, 12, 24), 1, date(2026, 12, 28)),
        # Christmas 2027 is on a Saturday: 24 Dec (Friday) + 1 = Monday 27.
        (date(2027, 12, 24), 1, date(2027, 12, 27)),
        # Into the new year: 31 Dec 2026 + 1 skips New Year's Day (Friday) -> Monday 4 Jan.
        (date(2026, 12, 31), 1, date(2027, 1, 4)),
        # Ten working days across Christmas and New Year.
        (date(2026, 12, 21), 10, date(2027, 1, 6)),
    ],
)
def test_add_working_days(start: date, days: int, expected: date) -> None:
    assert add_working_days(start, days) == expected


def test_holidays_and_weekends_are_not_working_days() -> None:
    assert not is_working_day(date(2026, 4, 27))  # Koningsdag
    assert not is_working_day(date(2026, 12, 25))
    assert not is_working_day(date(2026, 12, 26))
    assert not is_working_day(date(2026, 3, 7))  # Saturday
    assert is_working_day(date(2026, 4, 28))
    # 2031: 27 April is a Sunday, Koningsdag moves to Saturday 26 April.
    assert not is_working_day(date(2031, 4, 26))
    assert is_working_day(date(2031, 4, 28))


def test_due_dates_use_the_configured_targets(settings) -> None:
    settings.HELPDESK_FIRST_RESPONSE_DAYS = 2
    settings.HELPDESK_RESOLUTION_DAYS = 5
    # Thursday evening 23 April 2026, late: local date counts, not UTC.
    asked = datetime(2026, 4, 23, 23, 30, tzinfo=AMSTERDAM)
    first, resolution = due_dates(asked)
    assert first == date(2026, 4, 28)  # Fri 24, (weekend, Koningsdag) Tue 28
    assert resolution == date(2026, 5, 1)
