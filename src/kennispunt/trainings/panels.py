"""What trainings adds to the entry pages: the next sessions of the signed-in person on /mijn/,
the training administration with its counts on /beheer/ (registered in apps.py)."""

from typing import Any

from django.db.models import Count as DbCount
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from kennispunt.core.staff_tools import Count

from .models import ACTIVE_STATUSES, Session, SignUp, SignUpStatus

START_PANEL_LIMIT = 3


def start_panel(user: Any) -> dict[str, Any]:
    upcoming = (
        SignUp.objects.filter(
            user=user,
            status__in=ACTIVE_STATUSES,
            session__starts_at__gt=timezone.now(),
            session__is_cancelled=False,
        )
        .select_related("session__training")
        .order_by("session__starts_at")
    )
    return {"signups": list(upcoming[:START_PANEL_LIMIT])}


def staff_counts() -> list[Count]:
    upcoming = Session.objects.filter(starts_at__gt=timezone.now(), is_cancelled=False)
    counts = upcoming.aggregate(
        sessions=DbCount("pk", distinct=True),
        waiting=DbCount("pk", filter=Q(signups__status=SignUpStatus.WAITING), distinct=True),
    )
    return [
        Count(label=_("Komende sessies"), value=counts["sessions"]),
        Count(label=_("Sessies met een wachtlijst"), value=counts["waiting"], urgent=True),
    ]
