"""Helpers for the newsletter's tests (unit and browser): an issue in the archive."""

from datetime import date
from typing import Any

from kennispunt.newsletter.models import (
    NewsletterIndexPage,
    NewsletterIssuePage,
    Subscriber,
    SubscriberStatus,
)
from kennispunt.pages.site_structure import site_structure_ensure


def archive() -> NewsletterIndexPage:
    site_structure_ensure()
    return NewsletterIndexPage.objects.get()


def issue_body(articles: list[Any] | None = None) -> list[tuple[str, Any]]:
    return [
        ("intro", '<p>Welkom bij de nieuwsbrief. Lees <a href="/kennis/">de kennisbank</a>.</p>'),
        ("articles", {"heading": "Uitgelicht", "articles": articles or []}),
        (
            "trainings",
            {
                "heading": "Trainingen",
                "automatic": False,
                "limit": 5,
                "chosen": [{"title": "Begroting lezen", "when": "12 maart, Utrecht", "url": ""}],
            },
        ),
        (
            "news",
            {
                "heading": "Nieuws",
                "items": [{"title": "Nieuwe wegwijzer", "text": "Kijk maar.", "url": ""}],
            },
        ),
        (
            "cta",
            {
                "text": "Vraag?",
                "button_label": "Naar de helpdesk",
                "url": "https://example.org/helpdesk/",
            },
        ),
    ]


def make_issue(
    title: str = "Nieuwsbrief maart 2026",
    slug: str = "nieuwsbrief-maart-2026",
    issue_date: date = date(2026, 3, 1),
    articles: list[Any] | None = None,
) -> NewsletterIssuePage:
    index = archive()
    page = NewsletterIssuePage(
        title=title,
        slug=slug,
        date=issue_date,
        summary="Het aanbod van deze maand.",
        body=issue_body(articles),
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_subscribers(count: int, prefix: str = "lezer") -> list[Subscriber]:
    return Subscriber.objects.bulk_create(
        [
            Subscriber(email=f"{prefix}{i}@example.org", status=SubscriberStatus.ACTIVE)
            for i in range(count)
        ],
        batch_size=2000,
    )
