"""The statutory calendar as data: per election type, every step a party must meet.

Each step is an offset in days from an anchor (nomination day, "dag van kandidaatstelling", or
election day) with its Kieswet article and a plain-Dutch explanation. Nothing else in the app
hard-codes a deadline. When the law or a decision changes a date for one election, that is an
explicit exception with its source: statutory ones in ``EXCEPTIONS`` below, later ones entered by
staff per election (``StepOverride``).

Sources: Kieswet (art. F 1, G 1, H 4, H 6, H 14, I 2-I 4, J 1), kiesraad.nl "Kieswet in het kort",
and the published municipal calendars for 2022 and 2026 (see the tests).
"""

import calendar
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class ElectionType(StrEnum):
    GEMEENTERAAD = "gemeenteraad"


class Anchor(StrEnum):
    NOMINATION = "kandidaatstelling"
    ELECTION = "verkiezingsdag"


class Situation(StrEnum):
    """A party's case for one election; it decides which steps apply."""

    UNKNOWN = ""
    NEW = "nieuw"  # taking part for the first time
    NO_SEATS = "geen_zetels"  # took part last time, won no seat
    HAS_SEATS = "zetels"  # won one or more seats last time


@dataclass(frozen=True)
class Case:
    situation: Situation = Situation.UNKNOWN
    appellation_registered: bool | None = None  # name already registered with the stembureau
    council_seats: int | None = None  # seats in the council the party stands for
    seats_last_time: int | None = None

    @property
    def needs_support(self) -> bool | None:
        """Deposit and support declarations: only a new list or one that won no seat (H 4, H 14)."""
        if self.situation == Situation.UNKNOWN:
            return None
        return self.situation != Situation.HAS_SEATS


@dataclass(frozen=True)
class Step:
    key: str
    title: Promise
    article: str
    explanation: Promise  # "wat moet u doen", plain Dutch
    anchor: Anchor
    offset_days: int  # the deadline or the day itself (the last day of a window)
    start_offset_days: int | None = None  # a window opens on this day
    applies: Callable[[Case], bool | None] = lambda case: True
    knowledge_slugs: tuple[str, ...] = ()
    is_deadline: bool = True  # False for moments that are not a party's deadline

    def is_window(self) -> bool:
        return self.start_offset_days is not None


@dataclass(frozen=True)
class Exception_:
    """A date fixed by a specific law or decision for one election, with its source."""

    step_key: str
    source: str
    starts_on: date | None = None
    due_on: date | None = None


@dataclass(frozen=True)
class Requirements:
    """Numbers a party needs at the steps, for its case."""

    registration_fee: Decimal
    deposit: Decimal
    support_declarations: int | None  # None while the council size is unknown
    max_candidates: int


@dataclass(frozen=True)
class ElectionRules:
    type: ElectionType
    label: Promise
    nomination_day: Callable[[int], date]
    election_offset_days: int
    steps: tuple[Step, ...]
    requirements: Callable[[Case], Requirements]
    exceptions: Mapping[int, tuple[Exception_, ...]] = field(default_factory=dict)

    def step(self, key: str) -> Step:
        return next(s for s in self.steps if s.key == key)


def nomination_day_f1(year: int) -> date:
    """Kieswet art. F 1: the Monday from 30 January to 5 February (31 January to 6 February in a
    leap year)."""
    day = date(year, 1, 31 if calendar.isleap(year) else 30)
    return day + timedelta(days=(0 - day.weekday()) % 7)


# Gemeentewet art. 8: seats by the number of inhabitants (upper bound inclusive, seats).
COUNCIL_SEATS_BY_INHABITANTS = (
    (3_000, 9),
    (6_000, 11),
    (10_000, 13),
    (15_000, 15),
    (20_000, 17),
    (25_000, 19),
    (30_000, 21),
    (35_000, 23),
    (40_000, 25),
    (45_000, 27),
    (50_000, 29),
    (60_000, 31),
    (70_000, 33),
    (80_000, 35),
    (100_000, 37),
    (200_000, 39),
)


def council_seats_for(inhabitants: int) -> int:
    """Gemeentewet art. 8: 9 seats up to 3,000 inhabitants ... 45 above 200,000."""
    for upper, seats in COUNCIL_SEATS_BY_INHABITANTS:
        if inhabitants <= upper:
            return seats
    return 45


def support_declarations_needed(council_seats: int) -> int:
    """Kieswet art. H 4: 10 for a council of fewer than 19 seats, 20 up to 37, 30 from 39."""
    if council_seats < 19:
        return 10
    if council_seats <= 37:
        return 20
    return 30


def _municipal_requirements(case: Case) -> Requirements:
    return Requirements(
        registration_fee=Decimal("112.50"),
        deposit=Decimal("225"),
        support_declarations=(
            support_declarations_needed(case.council_seats) if case.council_seats else None
        ),
        max_candidates=80 if (case.seats_last_time or 0) > 15 else 50,
    )


def _needs_support(case: Case) -> bool | None:
    return case.needs_support


def _needs_registration(case: Case) -> bool | None:
    if case.appellation_registered is None:
        return None
    return not case.appellation_registered


GEMEENTERAAD = ElectionRules(
    type=ElectionType.GEMEENTERAAD,
    label=_("Gemeenteraadsverkiezingen"),
    nomination_day=nomination_day_f1,
    election_offset_days=44,  # art. J 1
    steps=(
        Step(
            key="aanduiding",
            title=_("Naam (aanduiding) registreren bij het centraal stembureau"),
            article="Kieswet art. G 1",
            explanation=_(
                "Wilt u met de naam van uw partij boven de lijst meedoen? Vraag de registratie "
                "aan bij het centraal stembureau van uw gemeente. Het verzoek moet uiterlijk op "
                "deze dag binnen zijn. Stuur mee: de notariële akte met de statuten, een "
                "uittreksel van de KvK, het bewijs dat u de bijdrage hebt betaald en de "
                "aanwijzing van een gemachtigde en een plaatsvervanger. De naam is hoogstens 35 "
                "tekens en mag niet misleiden of lijken op een andere naam. Al geregistreerd? "
                "Dan hoeft u niets te doen."
            ),
            anchor=Anchor.NOMINATION,
            offset_days=-42,
            applies=_needs_registration,
            knowledge_slugs=("naam-registreren", "de-tijdlijn"),
        ),
        Step(
            key="waarborgsom",
            title=_("Waarborgsom betalen"),
            article="Kieswet art. H 14",
            explanation=_(
                "Een nieuwe partij of een partij die vorige keer geen zetel haalde, betaalt een "
                "waarborgsom aan de gemeente. Het geld moet uiterlijk op deze dag binnen zijn. "
                "U krijgt het terug als uw lijst ten minste 75% van de kiesdeler haalt. Neem het "
                "bewijs van betaling mee bij de kandidaatstelling."
            ),
            anchor=Anchor.NOMINATION,
            offset_days=-14,
            applies=_needs_support,
            knowledge_slugs=("ondersteuningsverklaringen-en-waarborgsom",),
        ),
        Step(
            key="ondersteuningsverklaringen",
            title=_("Ondersteuningsverklaringen verzamelen"),
            article="Kieswet art. H 4",
            explanation=_(
                "Een nieuwe partij of een partij die vorige keer geen zetel haalde, heeft "
                "ondersteuningsverklaringen nodig van kiezers uit de gemeente. Elke kiezer "
                "tekent persoonlijk, met een identiteitsbewijs, op het gemeentehuis van de eigen "
                "gemeente; een kiezer mag maar één partij steunen. Dat kan alleen in deze "
                "periode. Verzamel er een paar extra: een ongeldige verklaring telt niet."
            ),
            anchor=Anchor.NOMINATION,
            start_offset_days=-14,
            offset_days=0,
            applies=_needs_support,
            knowledge_slugs=("ondersteuningsverklaringen-en-waarborgsom",),
        ),
        Step(
            key="kandidaatstelling",
            title=_("Kandidatenlijst inleveren (dag van kandidaatstelling)"),
            article="Kieswet art. F 1, H 1 en I 5",
            explanation=_(
                "Lever de kandidatenlijst met alle stukken persoonlijk in bij het centraal "
                "stembureau, tussen 9.00 en 17.00 uur. Neem uw identiteitsbewijs mee. Op de lijst "
                "staan de instemmingsverklaringen van de kandidaten, en waar nodig het bewijs van "
                "de waarborgsom en de ondersteuningsverklaringen."
            ),
            anchor=Anchor.NOMINATION,
            offset_days=0,
            knowledge_slugs=("kandidatenlijst-opstellen", "kandidaten-screenen"),
        ),
        Step(
            key="herstel",
            title=_("Verzuimen herstellen"),
            article="Kieswet art. I 6",
            explanation=_(
                "Het centraal stembureau onderzoekt de lijsten en laat weten als er iets "
                "ontbreekt of niet klopt. Houd de gemachtigde bereikbaar: een verzuim kunt u "
                "alleen in deze dagen herstellen."
            ),
            anchor=Anchor.NOMINATION,
            start_offset_days=2,
            offset_days=3,
        ),
        Step(
            key="nummering",
            title=_("Lijsten geldig verklaard en genummerd"),
            article="Kieswet art. I 4 en I 17",
            explanation=_(
                "Het centraal stembureau beslist in een openbare zitting welke lijsten geldig "
                "zijn en geeft ze een nummer. U hoeft niets te doen; binnen zes dagen kunt u "
                "tegen de beslissing in beroep gaan bij de Raad van State."
            ),
            anchor=Anchor.NOMINATION,
            offset_days=4,
            is_deadline=False,
        ),
        Step(
            key="verkiezingsdag",
            title=_("Verkiezingsdag"),
            article="Kieswet art. J 1",
            explanation=_(
                "De stembureaus zijn open van 7.30 tot 21.00 uur. Daarna worden de stemmen "
                "geteld; zorg dat er waarnemers van uw partij bij zijn."
            ),
            anchor=Anchor.ELECTION,
            offset_days=0,
            is_deadline=False,
        ),
    ),
    requirements=_municipal_requirements,
    exceptions={
        2022: (
            Exception_(
                step_key="ondersteuningsverklaringen",
                starts_on=date(2022, 1, 3),
                source=(
                    "Tijdelijke wet verkiezingen covid-19: vier weken in plaats van twee "
                    "(gemeentelijke kalenders, bijv. krimpenaandenijssel.nl, oldenzaal.nl)"
                ),
            ),
        ),
    },
)

RULES: dict[ElectionType, ElectionRules] = {ElectionType.GEMEENTERAAD: GEMEENTERAAD}


def step_choices() -> list[tuple[str, Promise]]:
    """Every step key of every election type, for staff forms."""
    seen: dict[str, Promise] = {}
    for election_rules in RULES.values():
        for step in election_rules.steps:
            seen.setdefault(step.key, step.title)
    return list(seen.items())


@dataclass(frozen=True)
class DatedStep:
    step: Step
    due_on: date  # the deadline, the day itself, or the last day of the window
    starts_on: date | None = None
    source: str = ""  # set when an exception changed the statutory date

    @property
    def key(self) -> str:
        return self.step.key


def step_dates(
    rules: ElectionRules,
    *,
    nomination_day: date,
    election_day: date,
    exceptions: tuple[Exception_, ...] = (),
) -> list[DatedStep]:
    """Every step of ``rules`` with its dates; an exception wins over the statutory offset."""
    by_key = {e.step_key: e for e in exceptions}
    dated = []
    for step in rules.steps:
        anchor = nomination_day if step.anchor == Anchor.NOMINATION else election_day
        due_on = anchor + timedelta(days=step.offset_days)
        starts_on = (
            anchor + timedelta(days=step.start_offset_days)
            if step.start_offset_days is not None
            else None
        )
        source = ""
        exception = by_key.get(step.key)
        if exception is not None:
            due_on = exception.due_on or due_on
            starts_on = exception.starts_on or starts_on
            source = exception.source
        dated.append(DatedStep(step=step, due_on=due_on, starts_on=starts_on, source=source))
    return sorted(dated, key=lambda d: (d.starts_on or d.due_on, d.due_on))


def statutory_dates(rules: ElectionRules, year: int) -> list[DatedStep]:
    """The calendar of a regular election in ``year``: the law plus its known exceptions."""
    nomination = rules.nomination_day(year)
    return step_dates(
        rules,
        nomination_day=nomination,
        election_day=nomination + timedelta(days=rules.election_offset_days),
        exceptions=rules.exceptions.get(year, ()),
    )
