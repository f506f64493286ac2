"""What parties adds to the entry pages: the membership and party-registration panel on /mijn/,
and the membership requests and party registrations on /beheer/ (registered in apps.py)."""

from typing import Any

from django.utils.translation import gettext as _

from kennispunt.core.staff_tools import Count

from .models import MembershipStatus, RegistrationStatus
from .selectors import (
    pending_memberships,
    pending_registrations_count,
    registrations_of,
    user_memberships,
)
from .waiting import decision_expected_by


def start_panel(user: Any) -> dict[str, Any]:
    memberships = list(user_memberships(user))
    return {
        "verified": [m for m in memberships if m.status == MembershipStatus.VERIFIED],
        "pending": [m for m in memberships if m.status == MembershipStatus.PENDING],
        "rejected": [m for m in memberships if m.status == MembershipStatus.REJECTED],
        # Decided registrations are told by mail and on the status page; here only what waits
        # and the last rejection, so the panel stays short.
        "registrations": [
            {"registration": r, "expected_by": decision_expected_by(r.requested_at)}
            for r in registrations_of(user).prefetch_related(None)
            if r.status != RegistrationStatus.APPROVED
        ][:3],
    }


def staff_counts() -> list[Count]:
    return [Count(label=_("Wachten op beoordeling"), value=pending_memberships().count())]


def registration_counts() -> list[Count]:
    return [Count(label=_("Wachten op beoordeling"), value=pending_registrations_count())]
