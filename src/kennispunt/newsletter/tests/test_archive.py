"""The public archive: index by year, RSS feed, issue pages; query counts pinned."""

from datetime import date
from typing import Any

import pytest
from django.test import Client

from kennispunt_testing.newsletter import make_issue

pytestmark = pytest.mark.django_db


def _issues() -> list[Any]:
    return [
        make_issue(f"Nieuwsbrief {n}", f"nieuwsbrief-{n}", date(year, month, 1))
        for n, (year, month) in enumerate(((2025, 11), (2025, 12), (2026, 1), (2026, 2)))
    ]


def test_index_lists_issues_newest_first_with_a_year_filter() -> None:
    _issues()
    client = Client()
    page = client.get("/nieuwsbrieven/").content.decode()
    assert page.index("Nieuwsbrief 3") < page.index("Nieuwsbrief 0")
    assert 'href="/nieuwsbrieven/2025/"' in page
    year = client.get("/nieuwsbrieven/2025/").content.decode()
    assert "Nieuwsbrief 0" in year and "Nieuwsbrief 3" not in year


def test_a_year_without_issues_or_out_of_range_is_not_found() -> None:
    _issues()
    client = Client()
    for year in (99999, 2024, 0):
        assert client.get(f"/nieuwsbrieven/{year}/").status_code == 404
    assert client.get("/nieuwsbrieven/2026/").status_code == 200


def test_rss_feed_lists_the_issues() -> None:
    _issues()
    response = Client().get("/nieuwsbrieven/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    body = response.content.decode()
    assert body.count("<item>") == 4
    assert "/nieuwsbrieven/nieuwsbrief-2/" in body


def test_an_issue_page_shows_every_section() -> None:
    issue = make_issue()
    body = Client().get(issue.url).content.decode()
    for text in (
        "Welkom bij de nieuwsbrief",
        "Begroting lezen",
        "Nieuwe wegwijzer",
        "Naar de helpdesk",
    ):
        assert text in body


@pytest.mark.usefixtures("page_cache_off")
def test_archive_queries_do_not_grow_with_the_number_of_issues(
    django_assert_num_queries: Any,
) -> None:
    _issues()
    client = Client()
    client.get("/nieuwsbrieven/")
    with django_assert_num_queries(12) as context:
        client.get("/nieuwsbrieven/")
    baseline = len(context.captured_queries)
    make_issue("Nieuwsbrief extra", "extra", date(2026, 3, 1))
    with django_assert_num_queries(baseline):
        client.get("/nieuwsbrieven/")


@pytest.mark.usefixtures("page_cache_off")
def test_issue_page_query_count(django_assert_num_queries: Any) -> None:
    issue = make_issue()
    client = Client()
    client.get(issue.url)
    with django_assert_num_queries(11):  # with the look-up of a sent version
        client.get(issue.url)


@pytest.mark.usefixtures("page_cache_off")
def test_a_sent_issue_is_served_from_its_stored_version_in_fixed_queries(
    django_assert_num_queries: Any,
) -> None:
    from kennispunt.newsletter.services import issue_send

    issue = make_issue()
    issue_send(page=issue, user=None)
    client = Client()
    client.get(issue.url)
    with django_assert_num_queries(11):  # the stored HTML, whatever the blocks hold
        body = client.get(issue.url).content.decode()
    assert "Begroting lezen" in body
