"""E-mail from the helpdesk to askers: threaded, with the ticket's own reply address.

Built by ``core.mail`` like every mail of the site, so an answer written by staff whose
interface is English still reaches the asker in Dutch.
"""

from email.utils import make_msgid
from typing import Any

from django.conf import settings
from django.core import signing

from kennispunt.core.links import absolute_url
from kennispunt.core.mail import send_templated

from .models import Kind, Ticket, TicketMessage

RATING_SALT = "kennispunt.helpdesk.rating"
RATING_MAX_AGE = 60 * 60 * 24 * 90
RATING_CHOICES = (5, 4, 3, 2, 1)


def _domain() -> str:
    return settings.HELPDESK_ADDRESS.rsplit("@", 1)[-1]


def reply_address(ticket: Ticket) -> str:
    local = settings.HELPDESK_ADDRESS.rsplit("@", 1)[0]
    return f"{local}+{ticket.token}@{_domain()}"


def recipient(ticket: Ticket) -> str:
    if ticket.asker_id is not None and ticket.asker is not None:
        return ticket.asker.email
    return ticket.asker_email


def rating_url(ticket: Ticket, score: int) -> str:
    token = signing.dumps({"t": ticket.pk, "s": score}, salt=RATING_SALT)
    return absolute_url("helpdesk:rate", token=token)


def rating_read(token: str) -> tuple[int, int] | None:
    """(ticket pk, score) from a signed rating link, or None when forged or expired."""
    try:
        data = signing.loads(token, salt=RATING_SALT, max_age=RATING_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("s") not in RATING_CHOICES:
        return None
    return int(data["t"]), int(data["s"])


def _thread_ids(ticket: Ticket) -> list[str]:
    return list(
        ticket.messages.exclude(email_message_id="")
        .order_by("created_at")
        .values_list("email_message_id", flat=True)
    )


def send_ticket_mail(
    ticket: Ticket,
    template: str,
    context: dict[str, Any] | None = None,
    *,
    automatic: bool = False,
) -> str:
    """Queue an e-mail about ``ticket`` to the asker; returns its Message-ID ("" if no address)."""
    to = recipient(ticket)
    if not to:
        return ""
    context = {"ticket": ticket, "ticket_url": absolute_url(ticket), **(context or {})}
    message_id = make_msgid(domain=_domain())
    headers = {"Message-ID": message_id, "X-Kennispunt-Ticket": ticket.reference}
    thread = _thread_ids(ticket)
    if thread:
        headers["In-Reply-To"] = thread[-1]
        headers["References"] = " ".join(thread[-10:])
    if automatic:
        # RFC 3834: other robots must not answer this one.
        headers["Auto-Submitted"] = "auto-replied"
        headers["X-Auto-Response-Suppress"] = "All"
    send_templated(
        f"helpdesk/email/{template}",
        [to],
        context,
        from_email=settings.HELPDESK_FROM_EMAIL,
        reply_to=[reply_address(ticket)],
        headers=headers,
    )
    return message_id


def send_answer(ticket: Ticket, message: TicketMessage) -> str:
    if message.kind != Kind.ANSWER:
        raise ValueError(message.kind)
    return send_ticket_mail(ticket, "answer", {"message": message})


def send_acknowledgement(ticket: Ticket) -> str:
    return send_ticket_mail(ticket, "received", automatic=True)


def send_closing(ticket: Ticket, *, automatic: bool = False) -> str:
    ratings = [{"score": score, "url": rating_url(ticket, score)} for score in RATING_CHOICES]
    return send_ticket_mail(
        ticket,
        "auto_closed" if automatic else "closed",
        {"ratings": ratings},
        automatic=automatic,
    )


# --- To agents ---------------------------------------------------------------------------------


def send_agent_notice(ticket: Ticket, event: str, recipients: list[Any]) -> None:
    """Tell agents about a new (``event="new"``) or reopened (``"reopened"``) ticket. They answer
    in the queue, so the mail carries no reply address of the ticket."""
    context = {
        "ticket": ticket,
        "staff_url": absolute_url(ticket.get_staff_url()),
        "preferences_url": absolute_url("helpdesk:staff_preferences"),
    }
    for agent in recipients:
        send_templated(
            f"helpdesk/email/agent_{event}",
            [agent.email],
            context,
            headers={"X-Kennispunt-Ticket": ticket.reference},
        )
