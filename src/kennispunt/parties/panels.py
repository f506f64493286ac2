"""What parties adds to the entry pages: the membership panel on /mijn/ and the membership
requests on /beheer/ (registered in apps.py)."""

from typing import Any

from django.utils.translation import gettext as _

from kennispunt.core.staff_tools import Count

from .models import MembershipStatus
from .selectors import pending_memberships, user_memberships


def start_panel(user: Any) -> dict[str, Any]:
    memberships = list(user_memberships(user))
    return {
        "verified": [m for m in memberships if m.status == MembershipStatus.VERIFIED],
        "pending": [m for m in memberships if m.status == MembershipStatus.PENDING],
        "rejected": [m for m in memberships if m.status == MembershipStatus.REJECTED],
    }


def staff_counts() -> list[Count]:
    return [Count(label=_("Wachten op beoordeling"), value=pending_memberships().count())]
