"""The helpdesk's part of a person's data export and of erasing their account."""

from typing import Any

from .models import PUBLIC_KINDS, Ticket
from .services import ticket_anonymise


def _tickets(user: Any) -> Any:
    return Ticket.objects.filter(asker=user).select_related("party").prefetch_related("messages")


def export_tickets(user: Any) -> list[dict[str, Any]]:
    return [
        {
            "reference": ticket.reference,
            "subject": ticket.subject,
            "party": ticket.party.name if ticket.party else None,
            "channel": ticket.channel,
            "status": ticket.status,
            "created_at": ticket.created_at.isoformat(),
            "rating": ticket.rating,
            "messages": [
                {
                    "kind": message.kind,
                    "created_at": message.created_at.isoformat(),
                    "body": message.body,
                }
                for message in ticket.messages.all()
                if message.kind in PUBLIC_KINDS
            ],
        }
        for ticket in _tickets(user)
    ]


def erase_tickets(user: Any) -> None:
    for ticket in Ticket.objects.filter(asker=user).select_related("asker", "party"):
        ticket_anonymise(ticket=ticket)
