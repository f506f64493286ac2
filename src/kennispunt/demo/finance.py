"""Demo content for Transparante financiën: Samen Lokaal Amersfoort has an adopted
giftenreglement and a published register with a few gifts. Idempotent: it finds before it
creates (a party that already published is left alone)."""

from datetime import date
from decimal import Decimal
from typing import Any

from kennispunt.accounts.models import User
from kennispunt.finance import services
from kennispunt.finance.models import Publication
from kennispunt.parties.models import Party

from .people import demo_email

# (kind, donor type, name, place, KvK, date, amount, extra)
DEMO_GIFTS: tuple[tuple[str, str, str, str, str, date, str, dict[str, Any]], ...] = (
    (
        "geld",
        "persoon",
        "Marieke de Vries",
        "Amersfoort",
        "",
        date(2026, 2, 10),
        "1500.00",
        {"publication_consent": True},
    ),
    (
        "natura",
        "rechtspersoon",
        "Drukkerij De Eem (demo)",
        "",
        "90000001",
        date(2026, 2, 24),
        "1250.00",
        {"publication_consent": True, "valuation": "Offerteprijs van 5.000 folders"},
    ),
    ("geld", "persoon", "Ahmed Benali", "Amersfoort", "", date(2026, 3, 2), "250.00", {}),
    (
        "geld",
        "anoniem",
        "",
        "",
        "",
        date(2026, 3, 5),
        "50.00",
        {"description": "Collectebus op de ledenavond"},
    ),
    ("afdracht", "persoon", "Jan (raadslid)", "Amersfoort", "", date(2026, 4, 1), "1200.00", {}),
)


def build_finance() -> None:
    party = Party.objects.filter(slug="samen-lokaal-amersfoort").first()
    treasurer = User.objects.filter(email=demo_email("bestuur")).first()
    second = User.objects.filter(email=demo_email("bestuur2")).first()
    if party is None or treasurer is None or second is None:
        return
    if Publication.objects.filter(party=party).exists():
        return
    for kind, donor_type, name, place, kvk, day, amount, extra in DEMO_GIFTS:
        entry = services.entry_create(
            party=party,
            by=treasurer,
            kind=kind,
            donor_type=donor_type,
            donor_name=name,
            donor_place=place,
            donor_kvk=kvk,
            received_on=day,
            amount=Decimal(amount),
            **extra,
        )
        services.entry_approve(entry=entry, by=second)
    regulation = services.regulation_create(
        party=party,
        by=treasurer,
        refuse_anonymous_above=Decimal("500"),
        publish_above=Decimal("1000"),
    )
    services.regulation_adopt(regulation=regulation, adopted_on=date(2026, 1, 20), by=treasurer)
    services.publication_create(party=party, by=treasurer)
