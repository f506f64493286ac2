"""Test fixtures: a small knowledge base (a theme with articles, a module with two lessons, news,
wegwijzer). Registered for every test in the root conftest.py."""

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from kennispunt.knowledge.models import (
    ArticlePage,
    KennispuntDocument,
    KnowledgeIndexPage,
    LessonPage,
    ModulePage,
    NewsIndexPage,
    NewsPage,
    RelatedArticle,
    ThemePage,
    WegwijzerEntry,
    WegwijzerNeed,
)
from kennispunt.pages.site_structure import site_structure_ensure


@dataclass
class KB:
    theme: ThemePage
    article: ArticlePage
    other: ArticlePage
    module: ModulePage
    lessons: list[LessonPage]
    news: NewsPage
    document: KennispuntDocument


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


QUESTION = {
    "question": "Hoeveel namen mag een kandidatenlijst hoogstens hebben?",
    "choices": [{"text": "20", "correct": False}, {"text": "50", "correct": True}],
    "explanation": "Hoogstens 50, of 80 als de partij vorige keer meer dan 15 zetels won.",
}


def make_article(theme: ThemePage, slug: str, title: str, **fields) -> ArticlePage:
    fields.setdefault("intro", "Een korte samenvatting.")
    fields.setdefault("body", [("paragraph", "<p>Tekst van het artikel.</p>")])
    return publish(theme, ArticlePage(title=title, slug=slug, **fields))


@pytest.fixture
def kb(db: None) -> KB:
    return build_kb()


def build_kb() -> KB:
    """The small knowledge base of the ``kb`` fixture (also seeded by benchmarks)."""
    site_structure_ensure()
    index = KnowledgeIndexPage.objects.get()
    theme = publish(
        index, ThemePage(title="Kandidaatstelling", slug="kandidaatstelling", intro="Over lijsten.")
    )
    document = KennispuntDocument(
        title="Checklist kandidaatstelling", description="Alle stappen op een rij."
    )
    document.file.save("checklist.txt", ContentFile(b"Stap 1"), save=False)
    document.save()
    article = make_article(
        theme,
        "kandidatenlijst-opstellen",
        "Hoe stel ik een kandidatenlijst op?",
        intro="Zo maakt u een geldige kandidatenlijst.",
        body=[
            ("heading", "Wie komt op de lijst"),
            (
                "paragraph",
                "<p>" + "De kandidatenlijst telt hoogstens vijftig namen. " * 60 + "</p>",
            ),
            ("heading", "Volgorde en lijsttrekker"),
            ("callout", "<p>Lever de lijst op tijd in.</p>"),
            ("heading", "Inleveren"),
            (
                "faq",
                {
                    "heading": "Veelgestelde vragen",
                    "items": [
                        {"question": "Mag een kandidaat op twee lijsten?", "answer": "<p>Nee.</p>"}
                    ],
                },
            ),
            ("download", {"document": document, "description": "Handig bij het inleveren."}),
        ],
        last_reviewed_at=timezone.localdate() - timedelta(days=30),
    )
    other = make_article(theme, "ondersteuningsverklaringen", "Ondersteuningsverklaringen")
    RelatedArticle.objects.create(page=article, article=other, sort_order=0)
    module = publish(
        theme,
        ModulePage(
            title="Kandidaatstelling stap voor stap",
            slug="kandidaatstelling-stap-voor-stap",
            intro="In twee lessen naar een geldige lijst.",
            checklist=[("item", "Lijsttrekker gekozen"), ("item", "Lijst vastgesteld in de ALV")],
        ),
    )
    lessons = [
        publish(
            module,
            LessonPage(
                title="Les 1: de lijst",
                slug="les-1",
                body=[("paragraph", "<p>Eerste les.</p>")],
                questions=[("question", QUESTION), ("question", QUESTION)],
            ),
        ),
        publish(
            module,
            LessonPage(
                title="Les 2: inleveren", slug="les-2", body=[("paragraph", "<p>Tweede les.</p>")]
            ),
        ),
    ]
    news = publish(
        NewsIndexPage.objects.get(),
        NewsPage(
            title="Kennispunt van start",
            slug="van-start",
            intro="Het Kennispunt is open.",
            body=[("paragraph", "<p>Welkom.</p>")],
        ),
    )
    need = WegwijzerNeed.objects.create(title="Ik ben net gekozen", slug="net-gekozen")
    WegwijzerEntry.objects.create(
        title="Kiesraad",
        organisation="Kiesraad",
        url="https://www.kiesraad.nl/",
        description="Alles over verkiezingen.",
        need=need,
        for_bestuurder=True,
    )
    WegwijzerEntry.objects.create(
        title="Raadsleden.nl",
        organisation="NVvR",
        url="https://www.raadsleden.nl/",
        description="Vereniging voor raadsleden.",
        need=need,
        for_raadslid=True,
    )
    return KB(theme, article, other, module, lessons, news, document)
