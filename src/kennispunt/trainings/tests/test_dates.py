"""Public holidays and sensible session times: no training on a day most people are off."""

from datetime import date, datetime, time, timedelta

import pytest
from django.contrib.messages import get_messages
from django.utils import timezone

from kennispunt.trainings.dates import AMSTERDAM, easter_sunday, public_holiday, session_slot
from kennispunt_testing.access import client_for
from kennispunt_testing.trainings import make_session
from kennispunt_testing.world import Role, World


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2038, date(2038, 4, 25)),
        (2285, date(2285, 3, 22)),
    ],
)
def test_easter_sunday(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


def test_the_usual_dutch_public_holidays_of_2026() -> None:
    expected = {
        date(2026, 1, 1): "Nieuwjaarsdag",
        date(2026, 4, 5): "Eerste Paasdag",
        date(2026, 4, 6): "Tweede Paasdag",
        date(2026, 4, 27): "Koningsdag",
        date(2026, 5, 5): "Bevrijdingsdag",
        date(2026, 5, 14): "Hemelvaartsdag",
        date(2026, 5, 24): "Eerste Pinksterdag",
        date(2026, 5, 25): "Tweede Pinksterdag",
        date(2026, 12, 25): "Eerste Kerstdag",
        date(2026, 12, 26): "Tweede Kerstdag",
    }
    day = date(2026, 1, 1)
    while day.year == 2026:
        assert public_holiday(day) == expected.get(day, ""), day
        day += timedelta(days=1)


def test_kings_day_moves_to_saturday_when_the_27th_is_a_sunday() -> None:
    assert date(2025, 4, 27).weekday() == 6
    assert public_holiday(date(2025, 4, 26)) == "Koningsdag"
    assert public_holiday(date(2025, 4, 27)) == ""


def test_good_friday_is_not_a_general_day_off() -> None:
    assert public_holiday(easter_sunday(2027) - timedelta(days=2)) == ""


def test_session_slot_weekday_evening_saturday_morning_skips_sundays_and_holidays() -> None:
    def slot(day: date) -> tuple[datetime, datetime]:
        return session_slot(day)

    # A Tuesday: that evening.
    assert slot(date(2026, 12, 8)) == (
        datetime(2026, 12, 8, 19, 30, tzinfo=AMSTERDAM),
        datetime(2026, 12, 8, 21, 30, tzinfo=AMSTERDAM),
    )
    # A Saturday: the morning.
    start, end = slot(date(2026, 12, 12))
    assert (start.time(), end.time()) == (time(10, 0), time(12, 30))
    # A Sunday: the Monday evening.
    assert slot(date(2026, 12, 13))[0] == datetime(2026, 12, 14, 19, 30, tzinfo=AMSTERDAM)
    # Christmas (Friday, Saturday) and the Sunday after: Monday 28 December.
    assert slot(date(2026, 12, 25))[0].date() == date(2026, 12, 28)
    # Ascension Day (a Thursday); Whit Sunday and Whit Monday.
    assert slot(date(2026, 5, 14))[0].date() == date(2026, 5, 15)
    assert slot(date(2026, 5, 24))[0].date() == date(2026, 5, 26)


@pytest.mark.django_db
def test_staff_are_warned_when_a_session_falls_on_a_holiday(world: World) -> None:
    session = make_session()
    kings_day = datetime(2031, 4, 26, 19, 30, tzinfo=AMSTERDAM)  # the 27th is a Sunday
    response = client_for(world, Role.BEHEERDER).post(
        f"/trainingen/beheer/sessie/{session.pk}/kopieren/",
        {"starts_at": kings_day.strftime("%Y-%m-%dT%H:%M")},
    )
    assert response.status_code == 302
    warnings = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("Koningsdag" in m and "26 april 2031" in m for m in warnings), warnings

    ordinary = timezone.localtime(session.starts_at + timedelta(days=1))
    while public_holiday(ordinary.date()):
        ordinary += timedelta(days=1)
    response = client_for(world, Role.BEHEERDER).post(
        f"/trainingen/beheer/sessie/{session.pk}/kopieren/",
        {"starts_at": ordinary.strftime("%Y-%m-%dT%H:%M")},
    )
    assert not any("feestdag" in str(m) for m in get_messages(response.wsgi_request))
