"""Test data for the finance app: a penningmeester beside the world's board, and gifts."""

from datetime import date
from decimal import Decimal
from typing import Any

from kennispunt.accounts.models import User
from kennispunt.finance import services
from kennispunt.finance.models import Entry
from kennispunt.parties.models import Party, PartyFunction
from kennispunt.parties.seeding import function_ensure

from .world import Role, World, make_membership, make_user


def make_treasurer(world: World, email: str = "penningmeester-a@example.org") -> User:
    """A verified plain member of party A who holds the penningmeester function."""
    user = make_user(email, first_name="Pien")
    function_ensure(make_membership(user, world.party_a), PartyFunction.PENNINGMEESTER)
    return user


def gift(
    party: Party,
    by: User,
    *,
    amount: str = "100",
    name: str = "Jan Jansen",
    place: str = "Amersfoort",
    approve_by: User | None = None,
    **extra: Any,
) -> Entry:
    fields: dict[str, Any] = {
        "kind": "geld",
        "donor_type": "persoon",
        "donor_name": name,
        "donor_place": place,
        "received_on": date(2026, 3, 1),
        "amount": Decimal(amount),
    }
    fields.update(extra)
    entry = services.entry_create(party=party, by=by, **fields)
    if approve_by is not None:
        entry = services.entry_approve(entry=entry, by=approve_by)
    return entry


def approved_gift(world: World, treasurer: User, **kwargs: Any) -> Entry:
    return gift(world.party_a, treasurer, approve_by=world.user(Role.BOARD_A), **kwargs)
