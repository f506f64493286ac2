"""Loads the knowledge-base demo content (demo_content.py) into Wagtail. Idempotent by slug."""

from datetime import timedelta
from typing import Any

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page

from kennispunt.pages.models import HomePage

from . import demo_content as content
from .demo_types import Block
from .models import (
    ArticlePage,
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
from .structure import knowledge_structure_ensure


def _stream(blocks: tuple[Block, ...], documents: dict[str, Any] | None = None) -> list[Any]:
    stream: list[Any] = []
    for kind, value in blocks:
        if kind == "faq":
            items = [{"question": q, "answer": a} for q, a in value]  # type: ignore[attr-defined]
            stream.append(("faq", {"heading": "Veelgestelde vragen", "items": items}))
        else:
            stream.append((kind, value))
    for document in (documents or {}).values():
        stream.append(("download", {"document": document, "description": document.description}))
    return stream


def _child(parent: Page, page_class: type[Page], slug: str, **fields: Any) -> Page:
    existing = page_class.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = page_class(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _documents() -> dict[str, Any]:
    Document = get_document_model()
    documents = {}
    for spec in content.DOCUMENTS:
        document = Document.objects.filter(title=spec.title).first()
        if document is None:
            document = Document(title=spec.title)
            document.file.save(spec.filename, ContentFile(spec.content.encode("utf-8")), save=False)
            document.save()
        document.description = spec.description
        documents[spec.slug] = document
    return documents


def build_knowledge() -> None:
    home = HomePage.objects.get()
    knowledge_structure_ensure(home)
    index = KnowledgeIndexPage.objects.get()
    documents = _documents()
    themes = {
        t.slug: _child(index, ThemePage, t.slug, title=t.title, intro=t.intro)
        for t in content.THEMES
    }
    articles = {}
    for spec in content.ARTICLES:
        docs = {slug: documents[slug] for slug in spec.documents}
        articles[spec.slug] = _child(
            themes[spec.theme],
            ArticlePage,
            spec.slug,
            title=spec.title,
            intro=spec.intro,
            body=_stream(spec.body, docs),
        )
    for spec in content.ARTICLES:
        article = articles[spec.slug]
        if not article.related_links.exists():
            for order, slug in enumerate(spec.related):
                RelatedArticle.objects.create(
                    page=article, article=articles[slug], sort_order=order
                )
    for module_spec in content.MODULES:
        module = _child(
            themes[module_spec.theme],
            ModulePage,
            module_spec.slug,
            title=module_spec.title,
            intro=module_spec.intro,
            checklist=[("item", item) for item in module_spec.checklist],
        )
        for lesson in module_spec.lessons:
            questions = [
                (
                    "question",
                    {
                        "question": q.question,
                        "choices": [{"text": text, "correct": ok} for text, ok in q.choices],
                        "explanation": q.explanation,
                    },
                )
                for q in lesson.questions
            ]
            _child(
                module,
                LessonPage,
                lesson.slug,
                title=lesson.title,
                body=_stream(lesson.body),
                questions=questions,
            )
    news_index = NewsIndexPage.objects.get()
    today = timezone.localdate()
    for news in content.NEWS:
        _child(
            news_index,
            NewsPage,
            news.slug,
            title=news.title,
            date=today - timedelta(days=news.days_ago),
            intro=news.intro,
            body=_stream(news.body),
        )
    needs = {}
    for order, (key, title, description) in enumerate(content.WEGWIJZER_NEEDS):
        needs[key], _ = WegwijzerNeed.objects.get_or_create(
            slug=key, defaults={"title": title, "description": description, "sort_order": order}
        )
    for entry in content.WEGWIJZER:
        WegwijzerEntry.objects.get_or_create(
            url=entry.url,
            defaults={
                "title": entry.title,
                "organisation": entry.organisation,
                "description": entry.description,
                "need": needs[entry.need],
                **{f"for_{audience}": True for audience in entry.audiences},
            },
        )
