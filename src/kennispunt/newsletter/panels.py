"""What the newsletter adds to the entry pages: the subscription of the signed-in person on
/mijn/, the sending tools with the number of subscribers on /beheer/ (registered in apps.py)."""

from typing import Any

from django.utils.translation import gettext as _

from kennispunt.core.staff_tools import Count

from .models import Subscriber, SubscriberStatus
from .selectors import subscriptions_of


def start_panel(user: Any) -> dict[str, Any]:
    statuses = {subscriber.status for subscriber in subscriptions_of(user)}
    return {
        "active": SubscriberStatus.ACTIVE in statuses,
        "pending": SubscriberStatus.PENDING in statuses,
    }


def staff_counts() -> list[Count]:
    return [Count(label=_("Abonnees"), value=Subscriber.objects.active().count())]
