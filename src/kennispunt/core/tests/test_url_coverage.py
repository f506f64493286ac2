"""The URL-coverage check itself: what counts as our URL, and that a URL without a table shows."""

from kennispunt_testing import access
from kennispunt_testing.url_coverage import (
    NOT_ROLE_PAGES,
    our_viewset_namespaces,
    project_url_names,
    untested,
)

VIEWSETS = {
    "wagtailsnippets_helpdesk_cannedanswer",
    "wagtailsnippets_trainings_training",
    "wagtailsnippets_elections_stepoverride",
    "wagtailsnippets_knowledge_wegwijzerneed",
    "register_parties",
    "forum_categories",
}


def test_our_urls_are_those_with_our_views() -> None:
    names = project_url_names()
    assert {"forum:attachment", "helpdesk:inbound", "health", "newsletter_send"} <= names
    # Wagtail's, Django's and allauth's own URLs are theirs to test.
    assert not {"wagtailadmin_home", "admin:index", "account_login"} & names
    assert not any(name.startswith("wagtailsnippets_") for name in names)


def test_our_viewsets_are_those_we_register() -> None:
    namespaces = our_viewset_namespaces()
    assert namespaces >= VIEWSETS
    assert "wagtailimages" not in namespaces  # Wagtail's own
    assert not any(ns.startswith("wagtailsnippetchoosers_") for ns in namespaces)


def test_a_url_or_viewset_without_a_table_is_reported() -> None:
    everything = project_url_names() | {f"{ns}:list" for ns in our_viewset_namespaces()}
    assert untested(everything) == []
    assert untested(everything - {"forum:attachment"}) == ["forum:attachment"]
    without_canned_answers = {
        name for name in everything if not name.startswith("wagtailsnippets_helpdesk_")
    }
    assert untested(without_canned_answers) == ["wagtailsnippets_helpdesk_cannedanswer:*"]


def test_assert_access_records_the_url_names_it_asks_for(world) -> None:
    access.EXERCISED.discard("robots_txt")
    access.assert_access(world, "/robots.txt?x=1", access.expect(default=200))
    assert "robots_txt" in access.EXERCISED


def test_the_allow_list_names_only_existing_urls() -> None:
    assert set(NOT_ROLE_PAGES) <= project_url_names()
