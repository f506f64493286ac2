"""Every statutory date of the municipal elections of 2022 and 2026, pinned against the published
calendars in the facts file (shared/facts/verkiezingen.md), and the rule for 2030."""

from datetime import date

import pytest

from kennispunt.elections import rules
from kennispunt.elections.models import Election, StepOverride
from kennispunt.elections.selectors import election_timeline
from kennispunt.parties.models import Municipality


def calendar_of(year: int) -> dict[str, rules.DatedStep]:
    return {d.key: d for d in rules.statutory_dates(rules.GEMEENTERAAD, year)}


@pytest.mark.parametrize(
    ("year", "nomination", "election"),
    [
        (2022, date(2022, 1, 31), date(2022, 3, 16)),
        (2026, date(2026, 2, 2), date(2026, 3, 18)),
        (2030, date(2030, 2, 4), date(2030, 3, 20)),
    ],
)
def test_nomination_day_is_the_f1_monday_and_election_day_the_44th_day_after(
    year: int, nomination: date, election: date
) -> None:
    dates = calendar_of(year)
    assert rules.nomination_day_f1(year) == nomination
    assert nomination.weekday() == 0  # a Monday
    assert dates["kandidaatstelling"].due_on == nomination
    assert dates["verkiezingsdag"].due_on == election
    assert election.weekday() == 2  # a Wednesday


def test_leap_year_window_moves_one_day() -> None:
    # In a leap year F 1 reads 31 January to 6 February: 2028 gives Monday 31 January.
    assert rules.nomination_day_f1(2028) == date(2028, 1, 31)
    assert rules.nomination_day_f1(2029) == date(2029, 2, 5)


def test_gr2022_published_calendar() -> None:
    dates = calendar_of(2022)
    assert dates["aanduiding"].due_on == date(2021, 12, 20)
    assert dates["waarborgsom"].due_on == date(2022, 1, 17)
    # The Tijdelijke wet verkiezingen covid-19 opened the window on 3 January (four weeks) ...
    assert dates["ondersteuningsverklaringen"].starts_on == date(2022, 1, 3)
    assert dates["ondersteuningsverklaringen"].due_on == date(2022, 1, 31)
    assert "covid-19" in dates["ondersteuningsverklaringen"].source
    assert dates["herstel"].starts_on == date(2022, 2, 2)
    assert dates["herstel"].due_on == date(2022, 2, 3)
    assert dates["nummering"].due_on == date(2022, 2, 4)


def test_gr2022_support_window_without_the_exception_is_the_14_day_rule() -> None:
    # ... where the ordinary rule (the facts file's derived date) gives 17 to 31 January.
    nomination = rules.nomination_day_f1(2022)
    plain = {
        d.key: d
        for d in rules.step_dates(
            rules.GEMEENTERAAD, nomination_day=nomination, election_day=date(2022, 3, 16)
        )
    }
    assert plain["ondersteuningsverklaringen"].starts_on == date(2022, 1, 17)
    assert plain["ondersteuningsverklaringen"].due_on == date(2022, 1, 31)
    assert plain["ondersteuningsverklaringen"].source == ""


def test_gr2026_published_calendar() -> None:
    dates = calendar_of(2026)
    assert dates["aanduiding"].due_on == date(2025, 12, 22)
    assert dates["waarborgsom"].due_on == date(2026, 1, 19)
    assert dates["ondersteuningsverklaringen"].starts_on == date(2026, 1, 19)
    assert dates["ondersteuningsverklaringen"].due_on == date(2026, 2, 2)
    assert dates["ondersteuningsverklaringen"].source == ""
    assert dates["herstel"].starts_on == date(2026, 2, 4)
    assert dates["herstel"].due_on == date(2026, 2, 5)
    assert dates["nummering"].due_on == date(2026, 2, 6)


def test_timeline_is_in_date_order() -> None:
    due = [d.starts_on or d.due_on for d in rules.statutory_dates(rules.GEMEENTERAAD, 2030)]
    assert due == sorted(due)


@pytest.mark.parametrize(
    ("seats", "declarations"),
    [(9, 10), (17, 10), (19, 20), (29, 20), (37, 20), (39, 30), (45, 30)],
)
def test_support_declarations_by_council_size(seats: int, declarations: int) -> None:
    assert rules.support_declarations_needed(seats) == declarations


def test_requirements_by_case() -> None:
    new = rules.Case(situation=rules.Situation.NEW, council_seats=19)
    req = rules.GEMEENTERAAD.requirements(new)
    assert req.support_declarations == 20
    assert str(req.deposit) == "225"
    assert str(req.registration_fee) == "112.50"
    assert req.max_candidates == 50
    big = rules.Case(situation=rules.Situation.HAS_SEATS, seats_last_time=16)
    assert rules.GEMEENTERAAD.requirements(big).max_candidates == 80
    assert rules.GEMEENTERAAD.requirements(big).support_declarations is None


def test_steps_that_apply_depend_on_the_case() -> None:
    def keys(case: rules.Case) -> set[str]:
        return {s.key for s in rules.GEMEENTERAAD.steps if s.applies(case) is not False}

    with_seats = rules.Case(situation=rules.Situation.HAS_SEATS, appellation_registered=True)
    assert "waarborgsom" not in keys(with_seats)
    assert "ondersteuningsverklaringen" not in keys(with_seats)
    assert "aanduiding" not in keys(with_seats)
    new = rules.Case(situation=rules.Situation.NEW, appellation_registered=False)
    assert {"aanduiding", "waarborgsom", "ondersteuningsverklaringen"} <= keys(new)
    no_seats = rules.Case(situation=rules.Situation.NO_SEATS, appellation_registered=True)
    assert {"waarborgsom", "ondersteuningsverklaringen"} <= keys(no_seats)
    assert "aanduiding" not in keys(no_seats)
    assert keys(rules.Case()) == {s.key for s in rules.GEMEENTERAAD.steps}


@pytest.mark.django_db
def test_election_model_computes_dates_and_staff_overrides_win() -> None:
    election = Election.objects.create(year=2030, title="GR 2030", slug="gemeenteraad-2030")
    assert election.nomination_day == date(2030, 2, 4)
    assert election.election_day == date(2030, 3, 20)
    election.nomination_day_override = date(2030, 1, 28)
    assert election.election_day == date(2030, 3, 13)
    StepOverride.objects.create(
        election=election,
        step_key="ondersteuningsverklaringen",
        starts_on=date(2030, 1, 1),
        source="Tijdelijke wet (voorbeeld)",
    )
    by_key = {d.key: d for d in election_timeline(election)}
    assert by_key["ondersteuningsverklaringen"].starts_on == date(2030, 1, 1)
    assert by_key["ondersteuningsverklaringen"].source == "Tijdelijke wet (voorbeeld)"
    assert by_key["waarborgsom"].due_on == date(2030, 1, 14)


@pytest.mark.django_db
def test_election_2022_in_the_database_uses_the_statutory_exception() -> None:
    election = Election.objects.create(year=2022, title="GR 2022", slug="gemeenteraad-2022")
    by_key = {d.key: d for d in election_timeline(election)}
    assert by_key["ondersteuningsverklaringen"].starts_on == date(2022, 1, 3)


@pytest.mark.django_db
def test_council_size_must_be_a_legal_size() -> None:
    from django.db import IntegrityError

    from kennispunt.elections.models import CouncilSize

    municipality = Municipality.objects.create(
        cbs_code="GM9999", name="Proef", slug="proef", province="Utrecht"
    )
    with pytest.raises(IntegrityError):
        CouncilSize.objects.create(municipality=municipality, seats=3)


@pytest.mark.parametrize(
    ("inhabitants", "seats"),
    [
        (2_500, 9),
        (3_001, 11),
        (20_000, 17),
        (20_001, 19),
        (45_001, 29),
        (100_000, 37),
        (150_000, 39),
        (200_001, 45),
        (900_000, 45),
    ],
)
def test_council_seats_follow_gemeentewet_article_8(inhabitants: int, seats: int) -> None:
    assert rules.council_seats_for(inhabitants) == seats


@pytest.mark.django_db
def test_council_size_is_computed_from_inhabitants_when_seats_are_left_empty() -> None:
    from kennispunt.elections.models import CouncilSize

    municipality = Municipality.objects.create(
        cbs_code="GM9998", name="Proefstad", slug="proefstad", province="Utrecht"
    )
    size = CouncilSize(municipality=municipality, inhabitants=22_000)
    size.full_clean()
    size.save()
    assert size.seats == 19
