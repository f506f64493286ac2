"""The demo helpdesk from content/helpdesk/: questions from the demo parties in every state,
and canned answers. Idempotent by subject and title.

Answers are written straight into the thread (no e-mail is sent for demo content).
"""

from datetime import timedelta

from django.utils import timezone

from kennispunt.accounts.models import User
from kennispunt.helpdesk.models import CannedAnswer, Channel, Kind, Status, Ticket, TicketMessage
from kennispunt.helpdesk.services import ticket_create
from kennispunt.knowledge.models import ThemePage

from . import schema
from .loader import load_helpdesk
from .people import demo_email


def build_helpdesk() -> None:
    content = load_helpdesk()
    for canned in content.canned:
        CannedAnswer.objects.get_or_create(title=canned.title, defaults={"body": canned.body})
    staff = User.objects.filter(email=demo_email("helpdesk")).first()
    for spec in content.tickets:
        if Ticket.objects.filter(subject=spec.subject).exists():
            continue
        _build_ticket(spec, staff)


def _build_ticket(spec: schema.Ticket, staff: User | None) -> None:
    asked = timezone.now() - timedelta(days=spec.days_ago)
    outside = "@" in spec.asker
    asker = None if outside else User.objects.filter(email=demo_email(spec.asker)).first()
    ticket = ticket_create(
        subject=spec.subject,
        body=spec.question,
        channel=spec.channel,
        asker=asker,
        asker_email=spec.asker if outside else "",
        theme=ThemePage.objects.filter(slug=spec.theme).first(),
        author=staff if spec.channel == Channel.PHONE else None,
        acknowledge=False,
        notify_agents=False,
        now=asked,
    )
    if spec.note:
        TicketMessage.objects.create(
            ticket=ticket,
            kind=Kind.NOTE,
            channel=Channel.WEB,
            author=staff,
            body=spec.note,
            created_at=asked + timedelta(hours=2),
        )
    answered = None
    if spec.answer:
        answered = asked + timedelta(hours=20)
        TicketMessage.objects.create(
            ticket=ticket,
            kind=Kind.ANSWER,
            channel=Channel.WEB,
            author=staff,
            body=spec.answer,
            created_at=answered,
        )
    done = spec.status in (Status.SOLVED, Status.CLOSED)
    Ticket.objects.filter(pk=ticket.pk).update(
        status=spec.status,
        priority=spec.priority,
        assignee=staff if spec.status != Status.NEW else None,
        first_response_at=answered,
        waiting_since=answered if spec.status == Status.WAITING else None,
        resolved_at=answered if done else None,
        closed_at=answered if spec.status == Status.CLOSED else None,
        rating=spec.rating or None,
        rated_at=answered if spec.rating else None,
    )
