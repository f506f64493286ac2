"""What finance adds to /mijn/: the register of each party where the person is on the board
or penningmeester, with the entries that wait for a second pair of eyes."""

from typing import Any

from django.db.models import Count, Q

from kennispunt.parties.models import Party, PartyFunction
from kennispunt.parties.selectors import board_memberships, function_memberships


def start_panel(user: Any) -> dict[str, Any] | None:
    party_ids = (
        board_memberships(user=user)
        .values("party_id")
        .union(
            function_memberships(function=PartyFunction.PENNINGMEESTER, user=user).values(
                "party_id"
            )
        )
    )
    parties = list(
        Party.objects.filter(pk__in=party_ids)
        .annotate(
            waiting=Count("finance_entries", filter=Q(finance_entries__approved_at__isnull=True))
        )
        .order_by("name")[:5]
    )
    if not parties:
        return None
    return {"parties": parties}
