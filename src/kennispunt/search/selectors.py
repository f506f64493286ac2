"""Site search over all public content: pages (with Dutch stemming) and documents."""

import difflib
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import Page

from kennispunt.knowledge.models import (
    ArticlePage,
    LessonPage,
    ModulePage,
    NewsPage,
    ThemePage,
)
from kennispunt.knowledge.models.mixins import stream_text

from .highlight import snippet
from .text import WORD_RE, fold

PAGE_SIZE = 10
MAX_QUERY_LENGTH = 200

# Filter key -> (label, page types). Everything else public is "pagina".
TYPES: dict[str, tuple[str | Promise, tuple[type[Page], ...]]] = {
    "artikel": (_("Artikelen"), (ArticlePage,)),
    "module": (_("Modules en lessen"), (ModulePage, LessonPage)),
    "nieuws": (_("Nieuws"), (NewsPage,)),
}


@dataclass
class Hit:
    title: str
    url: str
    kind: str
    snippet: str


def _kind(page: Any) -> str:
    return str(page._meta.verbose_name).capitalize()


def _page_text(page: Any) -> str:
    parts = [getattr(page, "intro", "") or "", getattr(page, "search_description", "") or ""]
    body = getattr(page, "body", None)
    if body is not None and not isinstance(body, str):
        parts.append(stream_text(body))
    return " ".join(p for p in parts if p)


def themes() -> list[ThemePage]:
    return list(ThemePage.objects.live().public().order_by("title"))


def search_pages(
    *, query: str, kind: str = "", theme: str = "", page_number: Any = 1
) -> PaginatorPage:
    pages = Page.objects.live().public().exclude(depth__lte=2)
    if kind in TYPES:
        pages = pages.type(*TYPES[kind][1])
    if theme:
        theme_page = ThemePage.objects.live().filter(slug=theme).first()
        if theme_page is not None:
            pages = pages.descendant_of(theme_page, inclusive=True)
    results = pages.specific().search(query[:MAX_QUERY_LENGTH])
    paginated = Paginator(results, PAGE_SIZE).get_page(page_number)
    paginated.object_list = [
        Hit(title=p.title, url=p.url, kind=_kind(p), snippet=snippet(_page_text(p), query))
        for p in paginated.object_list
    ]
    return paginated


def search_documents(*, query: str, limit: int = 5) -> list[Any]:
    return list(get_document_model().objects.search(query[:MAX_QUERY_LENGTH])[:limit])


def _vocabulary() -> list[str]:
    """Words from page titles, for "bedoelde u ...?" suggestions. Cached: titles change rarely."""
    words = cache.get("search:vocabulary")
    if words is None:
        titles = Page.objects.live().public().values_list("title", flat=True)
        words = sorted({fold(w) for t in titles for w in WORD_RE.findall(t) if len(w) > 3})
        cache.set("search:vocabulary", words, 60 * 15)
    return words


def suggestion(query: str) -> str:
    """A corrected query when some words look like typos of words in our titles, else ""."""
    vocabulary = _vocabulary()
    corrected, changed = [], False
    for word in WORD_RE.findall(query):
        folded = fold(word)
        if folded in vocabulary or len(folded) <= 3:
            corrected.append(word)
            continue
        close = difflib.get_close_matches(folded, vocabulary, n=1, cutoff=0.75)
        corrected.append(close[0] if close else word)
        changed = changed or bool(close)
    return " ".join(corrected) if changed else ""
