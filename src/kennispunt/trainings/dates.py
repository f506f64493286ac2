"""Dutch public holidays, for planning sessions: no training on a day most people are off.

The usual list of general days off (not the ``holidays`` package's NL list, which adds Goede
Vrijdag, a working day for most, and has Bevrijdingsdag only every fifth year): Nieuwjaarsdag,
Pasen (1e en 2e), Koningsdag (27 april, 26 april when the 27th is a Sunday), Bevrijdingsdag
(5 mei), Hemelvaartsdag, Pinksteren (1e en 2e) and Kerstmis (1e en 2e).
"""

from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
SUNDAY = 6
SATURDAY = 5


def easter_sunday(year: int) -> date:
    """Western Easter (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def public_holidays(year: int) -> dict[date, Promise]:
    easter = easter_sunday(year)
    kings_day = date(year, 4, 27)
    if kings_day.weekday() == SUNDAY:
        kings_day = date(year, 4, 26)
    return {
        date(year, 1, 1): _("Nieuwjaarsdag"),
        easter: _("Eerste Paasdag"),
        easter + timedelta(days=1): _("Tweede Paasdag"),
        kings_day: _("Koningsdag"),
        date(year, 5, 5): _("Bevrijdingsdag"),
        easter + timedelta(days=39): _("Hemelvaartsdag"),
        easter + timedelta(days=49): _("Eerste Pinksterdag"),
        easter + timedelta(days=50): _("Tweede Pinksterdag"),
        date(year, 12, 25): _("Eerste Kerstdag"),
        date(year, 12, 26): _("Tweede Kerstdag"),
    }


def public_holiday(day: date) -> str:
    """The holiday's name, or "" on an ordinary day."""
    name = public_holidays(day.year).get(day)
    return str(name) if name else ""


def session_slot(earliest: date) -> tuple[datetime, datetime]:
    """The first sensible time for a session on or after ``earliest``: a weekday evening
    19:30 to 21:30 or a Saturday morning 10:00 to 12:30, never on a Sunday or a public holiday."""
    day = earliest
    while day.weekday() == SUNDAY or public_holiday(day):
        day += timedelta(days=1)
    if day.weekday() == SATURDAY:
        start, end = time(10, 0), time(12, 30)
    else:
        start, end = time(19, 30), time(21, 30)
    return (
        datetime.combine(day, start, tzinfo=AMSTERDAM),
        datetime.combine(day, end, tzinfo=AMSTERDAM),
    )
