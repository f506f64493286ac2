from typing import Any

from kennispunt.core.audit import entries_for

from .models import Membership


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
            # Who saw or changed it is the board's or staff's business; when and what is yours.
            "history": [
                {"at": e.created_at.isoformat(), "action": e.action} for e in entries_for(m)
            ],
        }
        for m in Membership.objects.filter(user=user)
        .select_related("party")
        .order_by("requested_at")
    ]


def erase_memberships(user: Any) -> None:
    Membership.objects.filter(user=user).delete()
