"""Demo content for the election planner: council sizes, the 2026 and 2030 elections and two
party plans. Idempotent: it finds before it creates."""

from datetime import date

from kennispunt.accounts.models import User
from kennispunt.elections.models import CouncilSize, Election, Milestone, PartyPlan
from kennispunt.elections.rules import Situation
from kennispunt.parties.models import Municipality, Party

from .people import demo_email

DEMO_SOURCE = "Demowaarde: controleer het aantal zetels bij de griffie (Gemeentewet art. 8)."
# Seats for the demo municipalities (CBS code -> seats).
DEMO_COUNCIL_SIZES = {
    "GM0307": 39,  # Amersfoort
    "GM1969": 31,  # Westerkwartier
    "GM0193": 39,  # Zwolle
    "GM0321": 29,  # Houten
    "GM1729": 17,  # Gulpen-Wittem
    "GM0994": 19,  # Valkenburg aan de Geul
}


def _election(year: int) -> Election:
    election, _ = Election.objects.get_or_create(
        type="gemeenteraad",
        year=year,
        defaults={
            "title": f"Gemeenteraadsverkiezingen {year}",
            "slug": f"gemeenteraad-{year}",
        },
    )
    return election


def build_elections() -> None:
    for code, seats in DEMO_COUNCIL_SIZES.items():
        municipality = Municipality.objects.filter(cbs_code=code).first()
        if municipality is not None:
            CouncilSize.objects.get_or_create(
                municipality=municipality, defaults={"seats": seats, "source": DEMO_SOURCE}
            )
    _election(2026)  # kept as a past election
    election = _election(2030)

    amersfoort = Party.objects.filter(slug="samen-lokaal-amersfoort").first()
    if amersfoort is not None:
        plan, created = PartyPlan.objects.get_or_create(
            party=amersfoort,
            election=election,
            defaults={
                "situation": Situation.HAS_SEATS.value,
                "appellation_registered": True,
                "seats_last_time": 6,
                "municipality": amersfoort.municipalities.order_by("name").first(),
            },
        )
        board = User.objects.filter(email=demo_email("bestuur")).first()
        if created:
            Milestone.objects.create(
                plan=plan,
                title="Kandidatenlijst vastgesteld in de ALV",
                due_on=date(2029, 12, 5),
                assignee=board,
                created_by=board,
            )
            Milestone.objects.create(
                plan=plan,
                title="Verkiezingsprogramma klaar",
                due_on=date(2029, 11, 1),
                assignee=board,
                created_by=board,
            )
    houten = Party.objects.filter(slug="eerlijk-houten").first()
    if houten is not None:
        PartyPlan.objects.get_or_create(
            party=houten,
            election=election,
            defaults={
                "situation": Situation.NEW.value,
                "appellation_registered": False,
                "municipality": houten.municipalities.order_by("name").first(),
            },
        )
