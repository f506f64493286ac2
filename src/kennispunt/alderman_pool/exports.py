"""Personal-data export and erasure for the pool (registered in apps.py)."""

from typing import Any

from .models import ContactRequest, PoolProfile


def export_pool(user: Any) -> dict[str, Any]:
    """The person's profile with its consent and the requests it received (without the
    requesting board's own notes), and the requests this person sent for a party."""
    profile = (
        PoolProfile.objects.filter(user=user).prefetch_related("tags", "municipalities").first()
    )
    data: dict[str, Any] = {"profile": None, "requests_received": [], "requests_sent": []}
    if profile is not None:
        data["profile"] = {
            "code": profile.code,
            "nickname": profile.nickname,
            "competences": profile.values_of("competence"),
            "portfolios": profile.values_of("portfolio"),
            "provinces": profile.values_of("province"),
            "municipalities": [m.name for m in profile.municipalities.all()],
            "available_from": profile.available_from.isoformat(),
            "hours_per_week": profile.hours_per_week,
            "mid_term": profile.mid_term,
            "about": profile.about,
            "consent_text": profile.consent_text,
            "consent_given_at": profile.consent_given_at.isoformat(),
            "created_at": profile.created_at.isoformat(),
            "renewed_at": profile.renewed_at.isoformat(),
            "expires_at": profile.expires_at.isoformat(),
        }
        data["requests_received"] = [
            {
                "party": r.party.name,
                "message": r.message,
                "status": r.status,
                "created_at": r.created_at.isoformat(),
                "decided_at": r.decided_at.isoformat() if r.decided_at else None,
            }
            for r in profile.contact_requests.select_related("party").order_by("created_at")
        ]
    data["requests_sent"] = [
        {
            "party": r.party.name,
            "profile": r.profile.display_name,
            "message": r.message,
            "status": r.board_status_label,
            "created_at": r.created_at.isoformat(),
        }
        for r in ContactRequest.objects.filter(sent_by=user)
        .select_related("party", "profile")
        .order_by("created_at")
    ]
    return data


def erase_pool(user: Any) -> None:
    """The profile goes with every request to it; requests the person sent for a party stay
    with the party, without the link back to them."""
    PoolProfile.objects.filter(user=user).delete()
    ContactRequest.objects.filter(sent_by=user).update(sent_by=None)
