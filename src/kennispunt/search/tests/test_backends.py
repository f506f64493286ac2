"""The configured search backend, end to end on whichever database the suite runs on."""

from collections.abc import Callable
from contextlib import AbstractContextManager
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from modelsearch import index
from modelsearch.conf import get_app_config
from wagtail.search.backends import get_search_backend

from kennispunt.pages.models import ContentPage
from kennispunt.pages.site_structure import site_structure_ensure

pytestmark = pytest.mark.django_db

CaptureCallbacks = Callable[..., AbstractContextManager[list[Callable[[], Any]]]]


@pytest.fixture
def make_page(django_capture_on_commit_callbacks: CaptureCallbacks) -> Callable[..., ContentPage]:
    home = site_structure_ensure()
    counter = iter(range(1, 1000))

    def make(title: str, text: str, intro: str = "") -> ContentPage:
        page = ContentPage(
            title=title,
            slug=f"zoektest-{next(counter)}",
            intro=intro,
            body=[("paragraph", f"<p>{text}</p>")],
        )
        # Saving enqueues modelsearch's index task; run any on_commit hooks, then index
        # explicitly so the test never depends on how (or whether) that task ran.
        with django_capture_on_commit_callbacks(execute=True):
            home.add_child(instance=page)
            page.save_revision().publish()
        page.refresh_from_db()
        index.insert_or_update_object(page)
        return page

    return make


def search(query: str) -> list[ContentPage]:
    return list(ContentPage.objects.live().search(query))


def test_the_backend_is_the_dutch_one_for_this_database() -> None:
    # The vendor modules can only be imported on their own database (see backends/__init__.py).
    backend = get_search_backend()
    if connection.vendor == "postgresql":
        from kennispunt.search.backends.postgres import DutchPostgresSearchBackend

        assert isinstance(backend, DutchPostgresSearchBackend)
        assert backend.config == "dutch"
        assert backend.autocomplete_config == "simple"
    else:
        from kennispunt.search.backends.sqlite import DutchSQLiteSearchBackend

        assert connection.vendor == "sqlite"
        assert isinstance(backend, DutchSQLiteSearchBackend)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_postgres_search_config_can_still_be_overridden() -> None:
    from kennispunt.search.backends.postgres import DutchPostgresSearchBackend

    backend = DutchPostgresSearchBackend({"SEARCH_CONFIG": "simple"})
    assert backend.config == "simple"


def test_plural_query_finds_singular_text(make_page: Callable[..., ContentPage]) -> None:
    match = make_page("Aan de slag", "Alles over de verkiezing van de gemeenteraad.")
    other = make_page("Huisstijl", "Logo's, kleuren en lettertypen.")

    results = search("verkiezingen")

    assert match in results
    assert other not in results


def test_vrijwilligers_finds_vrijwilliger(make_page: Callable[..., ContentPage]) -> None:
    match = make_page("Helpen", "Word vrijwilliger bij onze afdeling.")
    other = make_page("Huisstijl", "Logo's, kleuren en lettertypen.")

    results = search("vrijwilligers")

    assert match in results
    assert other not in results


def test_singular_query_finds_plural_title(make_page: Callable[..., ContentPage]) -> None:
    match = make_page("Vrijwilligers gezocht", "Meld je aan.")

    assert match in search("vrijwilliger")


def test_accents_are_ignored(make_page: Callable[..., ContentPage]) -> None:
    match = make_page("Geld", "De financiën van de afdeling.", intro="Penningmeester")
    other = make_page("Huisstijl", "Logo's, kleuren en lettertypen.")

    assert match in search("financien")
    assert match in search("Financiën")
    assert other not in search("financien")


def test_intro_is_searched(make_page: Callable[..., ContentPage]) -> None:
    match = make_page("Geld", "Tekst.", intro="Tips voor penningmeesters")

    assert match in search("penningmeester")


def test_several_words_must_all_match(make_page: Callable[..., ContentPage]) -> None:
    both = make_page("Campagne", "Vrijwilligers helpen bij de verkiezing.")
    one = make_page("Verkiezing", "Alleen over de verkiezing.")

    results = search("verkiezingen vrijwilligers")

    assert both in results
    assert one not in results


def test_an_updated_page_is_reindexed(make_page: Callable[..., ContentPage]) -> None:
    page = make_page("Huisstijl", "Logo's, kleuren en lettertypen.")
    assert page not in search("verkiezingen")

    page.body = [("paragraph", "<p>Huisstijl voor de verkiezing.</p>")]
    page.save_revision().publish()
    page.refresh_from_db()
    index.insert_or_update_object(page)

    assert page in search("verkiezingen")


# Queries whose only word is "verkiezingen": the punctuation around it must not matter.
WRAPPED_QUERIES = [
    '"verkiezingen',
    'verkiezingen"',
    '"verkiezingen"',
    "(verkiezingen",
    "verkiezingen)",
    "^verkiezingen",
    "verkiezingen!",
]
# Anything else a visitor might type, including FTS5 and tsquery syntax; results may vary.
ODD_QUERIES = [
    'verkie"zingen',
    "verkiez*",
    "*",
    "-verkiezingen",
    "verkiezingen -huisstijl",
    "verkiezingen OR",
    "OR verkiezingen",
    "verkiezingen OR raad",
    "AND",
    "NOT verkiezingen",
    "((",
    "verkiezingen: raad",
    "title:verkiezingen",
    "{title}: verkiezingen",
    "verkiezingen NEAR(raad)",
    "'verkiezingen'",
    "verkiezingen & raad | !x",
    "100% verkiezingen",
    "\\",
    "%s %%",
    "<script>alert(1)</script>",
    "!!!",
    "   ",
]


@pytest.mark.parametrize("query", WRAPPED_QUERIES)
def test_punctuation_around_a_word_is_ignored(
    make_page: Callable[..., ContentPage], query: str
) -> None:
    match = make_page("Aan de slag", "Alles over de verkiezing van de gemeenteraad.")

    assert match in search(query)


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_special_characters_do_not_raise(make_page: Callable[..., ContentPage], query: str) -> None:
    make_page("Aan de slag", "Alles over de verkiezing van de gemeenteraad.")
    unrelated = make_page("Huisstijl", "Kleuren en lettertypen.")

    results = ContentPage.objects.live().search(query)
    found = list(results)

    # Which pages match varies by backend, but no operator may turn into "match everything"
    # (a page none of whose words is in the query is never found), the count must agree with
    # the rows, and a query without a letter or digit finds nothing.
    assert unrelated not in found
    assert results.count() == len(found)
    if not any(character.isalnum() for character in query):
        assert found == []


def test_empty_query_returns_nothing(make_page: Callable[..., ContentPage]) -> None:
    make_page("Aan de slag", "Alles over de verkiezing.")

    assert search("") == []
    assert ContentPage.objects.live().search("").count() == 0


def test_autocomplete_matches_prefixes(make_page: Callable[..., ContentPage]) -> None:
    match = make_page("Verkiezingsprogramma schrijven", "Tekst.")

    assert match in list(ContentPage.objects.live().autocomplete("verkiezingsprog"))
    assert list(ContentPage.objects.live().autocomplete('"(*')) == []


def test_update_index_rebuilds_the_dutch_index(make_page: Callable[..., ContentPage]) -> None:
    # What a deployment runs once so that entries indexed before this backend get stemmed too.
    match = make_page("Aan de slag", "Alles over de verkiezing van de gemeenteraad.")
    IndexEntry = get_app_config().get_model("IndexEntry")
    IndexEntry.objects.all().delete()
    assert match not in search("verkiezingen")

    call_command("update_index", stdout=StringIO())

    assert match in search("verkiezingen")


def test_a_sentence_searches_on_its_telling_words(make_page: Callable[..., ContentPage]) -> None:
    """Stop words are dropped from a query (as PostgreSQL's dutch configuration does), so
    "any of the words" ranks by the words that carry the question."""
    both = make_page("Wethouders", "Een wethouder mag op de kandidatenlijst staan.")
    one = make_page("Lijst", "Over de kandidatenlijst.")
    only_stop_words = make_page("Over de", "Een en ander.")

    found = list(
        ContentPage.objects.live().search(
            "Mag een wethouder op onze kandidatenlijst?", operator="or"
        )
    )

    assert found[0] == both
    assert one in found
    assert only_stop_words not in found
