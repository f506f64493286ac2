"""The newsletter archive from content/newsletter/ (issues recorded as sent) and a handful of
subscribers. Idempotent: issues by slug, subscribers by address."""

from datetime import datetime, timedelta

from django.utils import timezone

from kennispunt.knowledge.models import ArticlePage
from kennispunt.mailings.selectors import mailings_for
from kennispunt.mailings.services import mailing_record_sent
from kennispunt.newsletter.models import (
    ConsentAction,
    ConsentRecord,
    NewsletterIssuePage,
    Subscriber,
    SubscriberStatus,
)
from kennispunt.newsletter.rendering import issue_render, issue_sections
from kennispunt.newsletter.services import (
    AUDIENCE,
    CONSENT_TEXT_CONFIRM,
    CONSENT_TEXT_SUBSCRIBE,
    edition_record,
)
from kennispunt.newsletter.structure import newsletter_archive_ensure
from kennispunt.pages.models import HomePage
from kennispunt.parties.models import Municipality

from .loader import load_newsletter
from .schema import Issue

# Address, name, status and municipality (CBS code): staff can try sending to a province.
SUBSCRIBERS = (
    ("lid@demo.kennispunt.nl", "Demo lid", SubscriberStatus.ACTIVE, "GM0344"),
    ("bestuur@demo.kennispunt.nl", "Demo bestuurslid", SubscriberStatus.ACTIVE, "GM0355"),
    ("lezer1@demo.kennispunt.nl", "", SubscriberStatus.ACTIVE, "GM0193"),
    ("lezer2@demo.kennispunt.nl", "Anne de Vries", SubscriberStatus.ACTIVE, ""),
    ("lezer3@demo.kennispunt.nl", "", SubscriberStatus.PENDING, "GM0014"),
    ("oud-lezer@demo.kennispunt.nl", "", SubscriberStatus.UNSUBSCRIBED, ""),
)


def _body(issue: Issue) -> list[tuple[str, object]]:
    articles = list(ArticlePage.objects.live().order_by("pk")[: issue.articles.count])
    trainings = issue.trainings
    return [
        ("intro", issue.intro),
        ("articles", {"heading": issue.articles.heading, "articles": articles}),
        (
            "trainings",
            {
                "heading": trainings.heading,
                "automatic": trainings.automatic,
                "limit": trainings.limit,
                "chosen": [
                    {"title": c.title, "when": c.when, "url": c.url} for c in trainings.chosen
                ],
            },
        ),
        (
            "news",
            {
                "heading": issue.news.heading,
                "items": [
                    {"title": item.title, "text": item.text, "url": item.url}
                    for item in issue.news.items
                ],
            },
        ),
        (
            "cta",
            {
                "text": issue.cta.text,
                "button_label": issue.cta.button_label,
                "url": issue.cta.url,
            },
        ),
    ]


def _subscribers() -> None:
    now = timezone.now()
    for email, name, status, code in SUBSCRIBERS:
        municipality = Municipality.objects.filter(cbs_code=code).first() if code else None
        subscriber, created = Subscriber.objects.get_or_create(
            email=email, defaults={"name": name, "status": status, "municipality": municipality}
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
    for issue in load_newsletter():
        issue_date = issue.date
        page = NewsletterIssuePage.objects.child_of(index).filter(slug=issue.slug).first()
        if page is None:
            page = NewsletterIssuePage(
                slug=issue.slug,
                title=issue.title,
                date=issue_date,
                summary=issue.summary,
                body=_body(issue),
            )
            index.add_child(instance=page)
            page.save_revision().publish()
        if not mailings_for(audiences=[AUDIENCE], source_id=page.pk).exists():
            # Recorded as sent in the past, without mailing the demo addresses now.
            sections = issue_sections(page)
            rendered = issue_render(page, sections)
            mailing = mailing_record_sent(
                audience=AUDIENCE,
                rendered=rendered,
                source_id=page.pk,
                sent_at=timezone.make_aware(
                    datetime(issue_date.year, issue_date.month, issue_date.day, 9)  # noqa: DTZ001
                ),
                recipients=Subscriber.objects.active().values_list("pk", "email"),
            )
            # The archive shows the issue as it was sent, as it does for a real send.
            edition_record(page=page, mailing=mailing, sections=sections, rendered=rendered)
