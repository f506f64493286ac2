from typing import Any

from kennispunt.core.audit import entries_for

from .models import Membership, PartyRegistration


def export_memberships(user: Any) -> list[dict[str, Any]]:
    return [
        {
            "party": m.party.name,
            "role": m.role,
            "status": m.status,
            "requested_at": m.requested_at.isoformat(),
            "decided_at": m.decided_at.isoformat() if m.decided_at else None,
            "rejection_reason": m.rejection_reason,
            "ended_at": m.ended_at.isoformat() if m.ended_at else None,
            "consent_given_at": m.consent_given_at.isoformat(),
            "consent_text": m.consent_text,
            "functions": [f.function for f in m.functions.all()],
            # Who saw or changed it is the board's or staff's business; when and what is yours.
            "history": [
                {"at": e.created_at.isoformat(), "action": e.action} for e in entries_for(m)
            ],
        }
        for m in Membership.objects.filter(user=user)
        .select_related("party")
        .prefetch_related("functions")
        .order_by("requested_at")
    ]


def erase_memberships(user: Any) -> None:
    Membership.objects.filter(user=user).delete()


def export_registrations(user: Any) -> list[dict[str, Any]]:
    return [
        {
            "party": r.name,
            "municipalities": [m.name for m in r.municipalities.all()],
            "website": r.website,
            "kvk_number": r.kvk_number,
            "role": r.role,
            "status": r.status,
            "requested_at": r.requested_at.isoformat(),
            "decided_at": r.decided_at.isoformat() if r.decided_at else None,
            "rejection_reason": r.rejection_reason,
            "consent_given_at": r.consent_given_at.isoformat(),
            "consent_text": r.consent_text,
        }
        for r in PartyRegistration.objects.filter(registrant=user)
        .prefetch_related("municipalities")
        .order_by("requested_at")
    ]


def erase_registrations(user: Any) -> None:
    """The registrations go; a party they brought into the register stays in it."""
    PartyRegistration.objects.filter(registrant=user).delete()
