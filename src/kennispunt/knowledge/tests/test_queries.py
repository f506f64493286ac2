"""Theme and article pages run a fixed number of queries, whatever the amount of content."""

import itertools

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from kennispunt.knowledge.models import RelatedArticle
from kennispunt_testing.knowledge import KB, make_article

# The page cache is off: these tests count what the views themselves query.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]
_n = itertools.count()


def _queries(client: Client, url: str) -> int:
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def _more_articles(kb: KB, count: int) -> None:
    for _ in range(count):
        i = next(_n)
        article = make_article(kb.theme, f"extra-{i}", f"Extra artikel {i}")
        RelatedArticle.objects.create(page=kb.article, article=article, sort_order=i + 1)


def test_theme_page_queries_do_not_grow(kb: KB, client: Client) -> None:
    few = _queries(client, kb.theme.url)
    _more_articles(kb, 4)
    assert _queries(client, kb.theme.url) == few


def test_article_page_queries_do_not_grow(kb: KB, client: Client) -> None:
    few = _queries(client, kb.article.url)
    _more_articles(kb, 4)
    assert _queries(client, kb.article.url) == few


def test_module_page_queries_do_not_grow_with_lessons(kb: KB, client: Client) -> None:
    from kennispunt.knowledge.models import LessonPage
    from kennispunt_testing.knowledge import publish

    few = _queries(client, kb.module.url)
    for i in range(3):
        publish(kb.module, LessonPage(title=f"Les {i + 3}", slug=f"les-{i + 3}", body=[]))
    assert _queries(client, kb.module.url) == few
