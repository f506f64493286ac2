"""Demo helpdesk: realistic questions from the demo parties in every state. Idempotent by subject.

Answers are written straight into the thread (no e-mail is sent for demo content).
"""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from kennispunt.accounts.models import User
from kennispunt.knowledge.models import ThemePage

from .models import CannedAnswer, Channel, Kind, Priority, Status, Ticket, TicketMessage
from .services import ticket_create

DEMO_DOMAIN = "demo.kennispunt.nl"


@dataclass(frozen=True)
class DemoTicket:
    subject: str
    question: str
    asker: str  # local part of a demo user, or an outside e-mail address
    channel: str
    status: str
    theme_slug: str
    days_ago: int
    answer: str = ""
    note: str = ""
    rating: int | None = None
    priority: str = Priority.NORMAL


DEMO_TICKETS = (
    DemoTicket(
        "Hoeveel ondersteuningsverklaringen hebben we nodig?",
        "We doen in maart voor het eerst mee aan de gemeenteraadsverkiezingen in Amersfoort. "
        "Hoeveel ondersteuningsverklaringen moeten we verzamelen, en waar moeten die "
        "ondertekend worden?",
        "lid",
        Channel.WEB,
        Status.CLOSED,
        "kandidaatstelling",
        40,
        answer="Beste Jan,\n\nIn een gemeente van de grootte van Amersfoort hebt u 30 "
        "ondersteuningsverklaringen nodig. Kiezers tekenen die persoonlijk op het gemeentehuis "
        "(of digitaal, als de gemeente dat aanbiedt). Zie ook ons artikel over "
        "ondersteuningsverklaringen en waarborgsom.\n\nMet vriendelijke groet,\nMohamed",
        rating=5,
    ),
    DemoTicket(
        "Moet de kascommissie ook de campagnekas controleren?",
        "Onze penningmeester houdt een aparte rekening bij voor de campagne. Valt die ook "
        "onder de controle van de kascommissie?",
        "bestuur",
        Channel.EMAIL,
        Status.WAITING,
        "financien-en-fondsenwerving",
        6,
        answer="Beste Fatima,\n\nJa: alle rekeningen van de vereniging horen bij de "
        "jaarrekening, dus ook de campagnerekening. Mag ik vragen of de campagnerekening op "
        "naam van de vereniging staat?\n\nMet vriendelijke groet,\nMohamed",
        note="Eerder vergelijkbare vraag van Dorpsbelang Westerkwartier.",
    ),
    DemoTicket(
        "Wethouder uit onze fractie: wat betekent dat voor de fractievoorzitter?",
        "Onze fractievoorzitter wordt wethouder. Kan zij fractievoorzitter blijven tot er een "
        "opvolger is?",
        "lid-zwolle",
        Channel.PHONE,
        Status.OPEN,
        "raadswerk",
        2,
        note="Teruggebeld, vraagt om een schriftelijk antwoord met de regels uit de Gemeentewet.",
        priority=Priority.HIGH,
    ),
    DemoTicket(
        "Statuten aanpassen na fusie",
        "Wij fuseren met een andere lokale partij. Moeten we de statuten bij de notaris laten "
        "wijzigen, of kan de ledenvergadering dat zelf?",
        "lid",
        Channel.WEB,
        Status.NEW,
        "fusie-en-samenwerking",
        7,
    ),
    DemoTicket(
        "Hoe richt ik een lokale partij op?",
        "Ik wil met een paar buurtgenoten een lokale partij beginnen in Houten. Waar begin ik?",
        "noor.demo@example.org",
        Channel.EMAIL,
        Status.SOLVED,
        "oprichting",
        12,
        answer="Beste Noor,\n\nBegin met een vereniging bij de notaris en registreer daarna "
        "de aanduiding bij het centraal stembureau. In de kennisbank staat een stappenplan.\n\n"
        "Met vriendelijke groet,\nMohamed",
    ),
)

CANNED = (
    (
        "Bedankt, we zoeken het uit",
        "Beste {naam},\n\nDank voor uw vraag ({kenmerk}). We zoeken het uit en laten binnen "
        "twee werkdagen van ons horen.\n\nMet vriendelijke groet,\nDe helpdesk van het Kennispunt",
    ),
    (
        "Verwijzing naar de kennisbank",
        "Beste {naam},\n\nIn onze kennisbank staat een artikel dat uw vraag over "
        "\u201c{onderwerp}\u201d beantwoordt: [link]. Laat het ons weten als u nog vragen hebt."
        "\n\nMet vriendelijke groet,\nDe helpdesk van het Kennispunt",
    ),
    (
        "Lid worden voor toegang",
        "Beste {naam},\n\nWe helpen u graag. Koppel uw account aan uw partij, dan kunt u ook "
        "het forum en de trainingen gebruiken.\n\nMet vriendelijke groet,\nDe helpdesk",
    ),
)


def build_helpdesk() -> None:
    for title, body in CANNED:
        CannedAnswer.objects.get_or_create(title=title, defaults={"body": body})
    staff = User.objects.filter(email=f"helpdesk@{DEMO_DOMAIN}").first()
    for spec in DEMO_TICKETS:
        if Ticket.objects.filter(subject=spec.subject).exists():
            continue
        _build_ticket(spec, staff)


def _build_ticket(spec: DemoTicket, staff: User | None) -> None:
    asked = timezone.now() - timedelta(days=spec.days_ago)
    outside = "@" in spec.asker
    asker = None if outside else User.objects.filter(email=f"{spec.asker}@{DEMO_DOMAIN}").first()
    ticket = ticket_create(
        subject=spec.subject,
        body=spec.question,
        channel=spec.channel,
        asker=asker,
        asker_email=spec.asker if outside else "",
        theme=ThemePage.objects.filter(slug=spec.theme_slug).first(),
        author=staff if spec.channel == Channel.PHONE else None,
        acknowledge=False,
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
        rating=spec.rating,
        rated_at=answered if spec.rating else None,
    )
