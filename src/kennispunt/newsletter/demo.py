"""Demo content: three sent issues in the archive and a handful of subscribers (idempotent)."""

from datetime import date, datetime, timedelta

from django.utils import timezone

from kennispunt.knowledge.models import ArticlePage
from kennispunt.mailings.selectors import mailings_for
from kennispunt.mailings.services import mailing_record_sent
from kennispunt.pages.models import HomePage

from .models import (
    ConsentAction,
    ConsentRecord,
    NewsletterIssuePage,
    Subscriber,
    SubscriberStatus,
)
from .rendering import issue_render
from .services import AUDIENCE, CONSENT_TEXT_CONFIRM, CONSENT_TEXT_SUBSCRIBE
from .structure import newsletter_archive_ensure

ISSUES = (
    (
        "nieuwsbrief-september-2026",
        "Nieuwsbrief september 2026",
        date(2026, 9, 1),
        "Na de zomer: de begroting komt eraan. Zo bereidt uw fractie zich voor.",
        "<p>De begrotingsbehandeling is hét moment om te laten zien waar uw partij voor staat. "
        "In deze nieuwsbrief leest u hoe u een begroting leest en hoe u een amendement "
        "schrijft dat kans maakt.</p>",
    ),
    (
        "nieuwsbrief-oktober-2026",
        "Nieuwsbrief oktober 2026",
        date(2026, 10, 1),
        "Nieuwe vrijwilligers vinden en houden: praktische tips en een training.",
        "<p>Veel lokale partijen draaien op een kleine groep vrijwilligers. Hoe vindt u nieuwe "
        "mensen, en hoe zorgt u dat ze blijven? Lees de ervaringen van andere partijen.</p>",
    ),
    (
        "nieuwsbrief-november-2026",
        "Nieuwsbrief november 2026",
        date(2026, 11, 1),
        "De kandidatenlijst voor 2030: begin op tijd met het zoeken van kandidaten.",
        "<p>De volgende gemeenteraadsverkiezingen lijken ver weg, maar een goede "
        "kandidatenlijst maakt u niet in een maand. Begin nu met het gesprek in uw partij.</p>",
    ),
)

SUBSCRIBERS = (
    ("lid@demo.kennispunt.nl", "Demo lid", SubscriberStatus.ACTIVE),
    ("bestuur@demo.kennispunt.nl", "Demo bestuurslid", SubscriberStatus.ACTIVE),
    ("lezer1@demo.kennispunt.nl", "", SubscriberStatus.ACTIVE),
    ("lezer2@demo.kennispunt.nl", "Anne de Vries", SubscriberStatus.ACTIVE),
    ("lezer3@demo.kennispunt.nl", "", SubscriberStatus.PENDING),
    ("oud-lezer@demo.kennispunt.nl", "", SubscriberStatus.UNSUBSCRIBED),
)


def _body(intro: str) -> list[tuple[str, object]]:
    articles = list(ArticlePage.objects.live().order_by("pk")[:3])
    return [
        ("intro", intro),
        ("articles", {"heading": "Uitgelicht in de kennisbank", "articles": articles}),
        (
            "trainings",
            {
                "heading": "Binnenkort: trainingen",
                "automatic": True,
                "limit": 5,
                "chosen": [
                    {
                        "title": "Webinar: de begroting lezen in een uur",
                        "when": "Elke dinsdagavond, online",
                        "url": "",
                    }
                ],
            },
        ),
        (
            "news",
            {
                "heading": "Kort nieuws",
                "items": [
                    {
                        "title": "Wegwijzer uitgebreid",
                        "text": "In de wegwijzer staan nu ook de provinciale steunpunten.",
                        "url": "",
                    },
                ],
            },
        ),
        (
            "cta",
            {
                "text": "Hebt u een vraag over uw partij? De helpdesk helpt u graag.",
                "button_label": "Stel uw vraag",
                "url": "https://kennispunt.nl/helpdesk/",
            },
        ),
    ]


def _subscribers() -> None:
    now = timezone.now()
    for email, name, status in SUBSCRIBERS:
        subscriber, created = Subscriber.objects.get_or_create(
            email=email, defaults={"name": name, "status": status}
        )
        if not created:
            continue
        ConsentRecord.objects.create(
            subscriber=subscriber,
            action=ConsentAction.SUBSCRIBE,
            text=str(CONSENT_TEXT_SUBSCRIBE),
            source="demo",
        )
        if status != SubscriberStatus.PENDING:
            subscriber.confirmed_at = now - timedelta(days=90)
            subscriber.save(update_fields=["confirmed_at"])
            ConsentRecord.objects.create(
                subscriber=subscriber,
                action=ConsentAction.CONFIRM,
                text=str(CONSENT_TEXT_CONFIRM),
                source="demo",
            )


def build_newsletter() -> None:
    home = HomePage.objects.get()
    index = newsletter_archive_ensure(home)
    _subscribers()
    for slug, title, issue_date, summary, intro in ISSUES:
        page = NewsletterIssuePage.objects.child_of(index).filter(slug=slug).first()
        if page is None:
            page = NewsletterIssuePage(
                slug=slug, title=title, date=issue_date, summary=summary, body=_body(intro)
            )
            index.add_child(instance=page)
            page.save_revision().publish()
        if not mailings_for(audiences=[AUDIENCE], source_id=page.pk).exists():
            # Recorded as sent in the past, without mailing the demo addresses now.
            mailing_record_sent(
                audience=AUDIENCE,
                rendered=issue_render(page),
                source_id=page.pk,
                sent_at=timezone.make_aware(
                    datetime(issue_date.year, issue_date.month, issue_date.day, 9)  # noqa: DTZ001
                ),
                recipients=Subscriber.objects.active().values_list("pk", "email"),
            )
