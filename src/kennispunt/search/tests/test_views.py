"""The site search page: Dutch stemming end to end, snippets, filters and no-result help."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.search.backends import get_search_backend

from kennispunt_testing.access import assert_access, expect
from kennispunt_testing.knowledge import KB, make_article
from kennispunt_testing.world import World

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(kb: KB) -> KB:
    make_article(
        kb.theme,
        "vrijwilliger",
        "Wie helpt mee",
        intro="Een vrijwilliger is goud waard.",
        body=[("paragraph", "<p>Na de verkiezing zoekt elke vrijwilliger iets nieuws.</p>")],
    )
    backend = get_search_backend()
    for model in ("knowledge.ArticlePage", "knowledge.KennispuntDocument"):
        from django.apps import apps

        for obj in apps.get_model(model).objects.all():
            backend.add(obj)
    return kb


def test_search_is_public(world: World) -> None:
    assert_access(world, "/zoeken/?q=lijst", expect(default=200))


def test_plural_query_finds_singular_text_with_highlight(indexed: KB, client: Client) -> None:
    html = client.get("/zoeken/", {"q": "vrijwilligers"}).content.decode()
    assert "Wie helpt mee" in html
    assert "<mark>vrijwilliger</mark>" in html
    assert "Wie helpt mee" in client.get("/zoeken/", {"q": "verkiezingen"}).content.decode()


def test_type_and_theme_filters(indexed: KB, client: Client) -> None:
    html = client.get("/zoeken/", {"q": "kandidatenlijst", "type": "nieuws"}).content.decode()
    assert "Hoe stel ik een kandidatenlijst op?" not in html
    html = client.get(
        "/zoeken/", {"q": "kandidatenlijst", "thema": "kandidaatstelling"}
    ).content.decode()
    assert "Hoe stel ik een kandidatenlijst op?" in html


def test_documents_are_found_by_description(indexed: KB, client: Client) -> None:
    html = client.get("/zoeken/", {"q": "stappen"}).content.decode()
    assert "Checklist kandidaatstelling" in html


def test_no_results_suggests_a_spelling_and_the_helpdesk(indexed: KB, client: Client) -> None:
    html = client.get("/zoeken/", {"q": "kandidatenlijts"}).content.decode()
    assert "Geen resultaten" in html
    assert "Bedoelde u:" in html and "kandidatenlijst" in html
    assert 'href="/helpdesk/"' in html


def test_search_queries_are_bounded(indexed: KB, client: Client) -> None:
    client.get("/zoeken/", {"q": "kandidatenlijst"})
    with CaptureQueriesContext(connection) as few:
        client.get("/zoeken/", {"q": "lijst"})
    for i in range(5):
        article = make_article(indexed.theme, f"lijst-{i}", f"Lijst {i}", intro="Over de lijst.")
        get_search_backend().add(article)
    with CaptureQueriesContext(connection) as many:
        client.get("/zoeken/", {"q": "lijst"})
    assert len(many.captured_queries) == len(few.captured_queries)
