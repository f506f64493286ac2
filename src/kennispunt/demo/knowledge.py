"""The knowledge base from content/knowledge/ into Wagtail: themes, articles, documents,
modules with lessons, news and the wegwijzer. Idempotent by slug (entries by URL)."""

from datetime import timedelta
from typing import Any

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page

from kennispunt.knowledge.models import (
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
from kennispunt.knowledge.structure import knowledge_structure_ensure
from kennispunt.pages.models import HomePage

from .loader import load_knowledge
from .richtext import Block
from .schema import Document, Lesson


def _stream(blocks: tuple[Block, ...], documents: tuple[Any, ...] = ()) -> list[Any]:
    downloads = [
        ("download", {"document": document, "description": document.description})
        for document in documents
    ]
    return [*blocks, *downloads]


def _child(parent: Page, page_class: type[Page], slug: str, **fields: Any) -> Page:
    existing = page_class.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = page_class(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _documents(specs: tuple[Document, ...]) -> dict[str, Any]:
    document_model = get_document_model()
    documents = {}
    for spec in specs:
        document = document_model.objects.filter(title=spec.title).first()
        if document is None:
            document = document_model(title=spec.title)
            # A text file ends with a newline; the content file's text is read without it.
            data = f"{spec.content}\n".encode()
            document.file.save(spec.filename, ContentFile(data), save=False)
            document.save()
        document.description = spec.description
        documents[spec.slug] = document
    return documents


def _questions(lesson: Lesson) -> list[Any]:
    return [
        (
            "question",
            {
                "question": q.question,
                "choices": [{"text": text, "correct": text == q.answer} for text in q.choices],
                "explanation": q.explanation,
            },
        )
        for q in lesson.questions
    ]


def build_knowledge() -> None:
    content = load_knowledge()
    home = HomePage.objects.get()
    knowledge_structure_ensure(home)
    index = KnowledgeIndexPage.objects.get()
    documents = _documents(content.documents)
    themes = {
        t.slug: _child(index, ThemePage, t.slug, title=t.title, intro=t.intro)
        for t in content.themes
    }
    articles = {}
    for spec in content.articles:
        articles[spec.slug] = _child(
            themes[spec.theme],
            ArticlePage,
            spec.slug,
            title=spec.title,
            intro=spec.intro,
            body=_stream(spec.body, tuple(documents[slug] for slug in spec.documents)),
        )
    for spec in content.articles:
        article = articles[spec.slug]
        if not article.related_links.exists():
            for order, slug in enumerate(spec.related):
                RelatedArticle.objects.create(
                    page=article, article=articles[slug], sort_order=order
                )
    for module_spec in content.modules:
        module = _child(
            themes[module_spec.theme],
            ModulePage,
            module_spec.slug,
            title=module_spec.title,
            intro=module_spec.intro,
            checklist=[("item", item) for item in module_spec.checklist],
        )
        for lesson in module_spec.lessons:
            _child(
                module,
                LessonPage,
                lesson.slug,
                title=lesson.title,
                body=_stream(lesson.body),
                questions=_questions(lesson),
            )
    news_index = NewsIndexPage.objects.get()
    today = timezone.localdate()
    for news in content.news:
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
    for order, need in enumerate(content.needs):
        needs[need.slug], _ = WegwijzerNeed.objects.get_or_create(
            slug=need.slug,
            defaults={"title": need.title, "description": need.description, "sort_order": order},
        )
    for entry in content.wegwijzer:
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
