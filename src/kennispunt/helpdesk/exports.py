"""The helpdesk's part of a person's data export and of erasing their account."""

from typing import Any

from django.db.models import Q

from .models import PUBLIC_KINDS, AgentPreference, Ticket
from .services import ticket_anonymise


def _tickets(user: Any) -> Any:
    """Tickets linked to the account, and those sent by e-mail from its address before."""
    return (
        Ticket.objects.filter(Q(asker=user) | Q(asker_email__iexact=user.email))
        .select_related("party", "asker")
        .prefetch_related("messages")
    )


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
    for ticket in _tickets(user):
        ticket_anonymise(ticket=ticket)


def export_agent_preference(user: Any) -> dict[str, bool] | None:
    preference = AgentPreference.objects.filter(user=user).first()
    if preference is None:
        return None
    return {
        "notify_new_tickets": preference.notify_new_tickets,
        "notify_reopened_tickets": preference.notify_reopened_tickets,
    }


def erase_agent_preference(user: Any) -> None:
    AgentPreference.objects.filter(user=user).delete()
