"""What the forum adds to the entry pages and the header: unread notifications on /mijn/ and
as a count in the header, the moderation queue on /beheer/ (registered in apps.py)."""

from typing import Any

from django.utils.translation import gettext as _

from kennispunt.core.staff_tools import Count

from .access import may_use_forum
from .models import Flag, Notification, Post
from .selectors import unread_notification_count

START_PANEL_LIMIT = 3


def start_panel(user: Any) -> dict[str, Any] | None:
    """Only for those who may use the forum; the party panel says how to get there."""
    if not may_use_forum(user):
        return None
    unread = list(
        Notification.objects.filter(user=user, read_at__isnull=True).select_related("post__topic")[
            : START_PANEL_LIMIT + 1
        ]
    )
    more = len(unread) > START_PANEL_LIMIT
    return {
        "notifications": unread[:START_PANEL_LIMIT],
        "unread": unread_notification_count(user) if more else len(unread),
    }


def header_count(user: Any) -> int:
    """One query: a person who may no longer use the forum has no new notifications."""
    return unread_notification_count(user)


def staff_counts() -> list[Count]:
    return [
        Count(
            label=_("Meldingen van leden"),
            value=Flag.objects.filter(resolved_at__isnull=True).count(),
            urgent=True,
        ),
        Count(
            label=_("Berichten wachten op goedkeuring"),
            value=Post.objects.filter(is_approved=False).count(),
            urgent=True,
        ),
    ]
