"""Personal data in the finance app: what a person did in a register (entered, approved,
drew up a reglement, published). Donors are rarely users; the board erases a donor's
identity from its register (``services.donor_erase``), within what the law requires to keep."""

from typing import Any

from django.db.models import Q

from .models import Entry, GiftRegulation, Publication


def export_finance(user: Any) -> dict[str, Any]:
    entries = (
        Entry.objects.filter(Q(entered_by=user) | Q(approved_by=user))
        .select_related("party")
        .order_by("entered_at")
    )
    return {
        "register_entries": [
            {
                "party": e.party.name,
                "kind": e.kind,
                "received_on": e.received_on.isoformat(),
                "entered_by_you": e.entered_by_id == user.pk,
                "approved_by_you": e.approved_by_id == user.pk,
            }
            for e in entries
        ],
        "gift_regulations": [
            {"party": r.party.name, "version": r.version, "created_at": r.created_at.isoformat()}
            for r in GiftRegulation.objects.filter(created_by=user).select_related("party")
        ],
        "publications": [
            {"party": p.party.name, "published_at": p.published_at.isoformat()}
            for p in Publication.objects.filter(published_by=user).select_related("party")
        ],
    }


def erase_finance(user: Any) -> None:
    """The register stays (the party's accounts); only the link to the person goes."""
    Entry.objects.filter(entered_by=user).update(entered_by=None)
    Entry.objects.filter(approved_by=user).update(approved_by=None)
    GiftRegulation.objects.filter(created_by=user).update(created_by=None)
    Publication.objects.filter(published_by=user).update(published_by=None)
