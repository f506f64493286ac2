"""Personal-data export and erasure for training sign-ups (registered in apps.py)."""

from typing import Any

from django.db.models import Q

from .models import MaatwerkRequest, SignUp
from .services import ANONYMISED_FIELDS


def _own(user: Any) -> Any:
    return SignUp.objects.filter(Q(user=user) | Q(email__iexact=user.email) | Q(signed_up_by=user))


def export_signups(user: Any) -> dict[str, Any]:
    signups = _own(user).select_related("session__training", "party").order_by("created_at")
    return {
        "signups": [
            {
                "training": s.session.training.title,
                "starts_at": s.session.starts_at.isoformat(),
                "name": s.name,
                "email": s.email,
                "role": s.role,
                "party": s.party.name if s.party else "",
                "dietary": s.dietary,
                "expectations": s.expectations,
                "status": s.status,
                "attended": s.attended,
                "signed_up_by_me": s.signed_up_by_id == user.pk,
                "created_at": s.created_at.isoformat(),
                "evaluation": (
                    {"score": s.evaluation.score, "comment": s.evaluation.comment}
                    if hasattr(s, "evaluation")
                    else None
                ),
            }
            for s in signups
        ],
        "maatwerk_requests": [
            {"topic": r.topic, "status": r.status, "created_at": r.created_at.isoformat()}
            for r in MaatwerkRequest.objects.filter(requested_by=user)
        ],
    }


def erase_signups(user: Any) -> None:
    """Sign-ups for this person lose their personal data; seats counted stay for statistics.

    Sign-ups the person made for colleagues keep the colleague's data, without the link back.
    """
    from django.utils import timezone

    SignUp.objects.filter(Q(user=user) | Q(email__iexact=user.email)).update(
        anonymised_at=timezone.now(), **ANONYMISED_FIELDS
    )
    SignUp.objects.filter(signed_up_by=user).update(signed_up_by=None)
