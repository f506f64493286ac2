"""How long a request waits: one number, used on the status pages, the 403 pages and in mail."""

from datetime import date, datetime, timedelta

from django.utils import timezone

# Within this many working days a membership request or a party registration is decided.
REVIEW_WORKING_DAYS = 5


def add_working_days(start: date, days: int) -> date:
    """``days`` working days (Monday to Friday) after ``start``."""
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def decision_expected_by(requested_at: datetime) -> date:
    return add_working_days(timezone.localtime(requested_at).date(), REVIEW_WORKING_DAYS)
