"""Relevance order and paging of search results (the SQLite fast path and PostgreSQL alike)."""

import pytest
from wagtail.search.backends import get_search_backend

from kennispunt.knowledge.models import ArticlePage
from kennispunt_testing.knowledge import KB, make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def many(kb: KB) -> list[ArticlePage]:
    backend = get_search_backend()
    articles = [
        make_article(
            kb.theme,
            f"tekst-{i}",
            f"Artikel {i}",
            intro="Iets anders.",
            body=[("paragraph", "<p>Hier staat het woord begroting een keer.</p>")],
        )
        for i in range(14)
    ]
    articles.append(make_article(kb.theme, "begroting", "De begroting", intro="Over de begroting."))
    for article in articles:
        backend.add(article)
    return articles


def test_title_match_ranks_first_and_pages_do_not_overlap(many: list[ArticlePage]) -> None:
    results = ArticlePage.objects.live().search("begrotingen")
    assert results.count() == 15
    first, second = list(results[:10]), list(results[10:20])
    assert first[0].slug == "begroting"
    assert len(first) == 10 and len(second) == 5
    assert not {p.pk for p in first} & {p.pk for p in second}


def test_scores_can_be_annotated(many: list[ArticlePage]) -> None:
    results = list(ArticlePage.objects.live().search("begroting").annotate_score("_score")[:3])
    assert all(isinstance(page._score, float) for page in results)


def test_filters_on_the_source_queryset_still_apply(many: list[ArticlePage]) -> None:
    many[-1].unpublish()
    results = ArticlePage.objects.live().search("begroting")
    assert "begroting" not in [page.slug for page in results[:10]]
