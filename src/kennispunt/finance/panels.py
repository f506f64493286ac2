"""What finance adds to /mijn/: the register of each party where the person is on the board
or penningmeester, with the entries that wait for a second pair of eyes."""

from typing import Any

from django.db.models import Count, Q

from kennispunt.parties.models import Party, PartyFunction
from kennispunt.parties.selectors import board_memberships, function_memberships

from .selectors import can_view_register

START_PANEL_PARTIES = 5


def start_panel(user: Any) -> dict[str, Any] | None:
    """None for someone who keeps no register: one query either way."""
    treasurer = function_memberships(function=PartyFunction.PENNINGMEESTER, user=user)
    parties = list(
        Party.objects.filter(
            Q(pk__in=board_memberships(user=user).values("party_id"))
            | Q(pk__in=treasurer.values("party_id"))
        )
        .annotate(
            waiting=Count("finance_entries", filter=Q(finance_entries__approved_at__isnull=True))
        )
        .order_by("name")[:START_PANEL_PARTIES]
    )
    if not parties:
        return None
    return {"parties": parties}


def party_page_links(party: Party, user: Any) -> dict[str, Any]:
    """On a party's page: its public finances for everyone, the register for its keepers."""
    return {"show_register": can_view_register(user, party)}
