"""Service levels in working days: weekends and Dutch public holidays do not count."""

from datetime import date, datetime, timedelta
from functools import lru_cache

import holidays
from django.conf import settings
from django.utils import timezone


@lru_cache(maxsize=32)
def _holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("NL", years=year))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _holidays(day.year)


def add_working_days(start: date, days: int) -> date:
    """The date ``days`` working days after ``start`` (a question on Friday, 1 day: Monday)."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def due_dates(created_at: datetime) -> tuple[date, date]:
    """(first response due, resolution due) for a ticket asked at ``created_at``."""
    start = timezone.localdate(created_at)
    return (
        add_working_days(start, settings.HELPDESK_FIRST_RESPONSE_DAYS),
        add_working_days(start, settings.HELPDESK_RESOLUTION_DAYS),
    )
