"""What the helpdesk adds to the entry pages: the open questions of the signed-in person on
/mijn/, the queue with open and overdue questions on /beheer/ (registered in apps.py)."""

from typing import Any

from django.db.models import Count as DbCount
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kennispunt.core.staff_tools import Count

from .models import OPEN_STATUSES, Ticket
from .selectors import my_tickets

START_PANEL_LIMIT = 5


def start_panel(user: Any) -> dict[str, Any]:
    tickets = my_tickets(user).filter(status__in=OPEN_STATUSES)
    return {"tickets": list(tickets[:START_PANEL_LIMIT])}


def staff_counts() -> list[Count]:
    today = timezone.localdate()
    overdue = Q(resolution_due__lt=today) | Q(
        first_response_at__isnull=True, first_response_due__lt=today
    )
    counts = Ticket.objects.filter(status__in=OPEN_STATUSES, merged_into__isnull=True).aggregate(
        open=DbCount("pk"), overdue=DbCount("pk", filter=overdue)
    )
    queue = reverse("helpdesk:staff_queue")
    return [
        Count(label=_("Open vragen"), value=counts["open"], url=queue),
        Count(label=_("Over de termijn"), value=counts["overdue"], urgent=True),
    ]
