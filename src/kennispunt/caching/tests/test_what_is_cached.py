"""Which views are stored, which query parameters they may carry, and which saves empty the cache.

Pinned in full so that moving these lists into the apps that own the views and models cannot
change what the cache does.
"""

from django.apps import apps
from django.db.models.signals import post_save
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import ResolverMatch, URLPattern, URLResolver, get_resolver
from wagtail.models import Page

from kennispunt.caching import invalidation, policy

CACHEABLE_VIEWS = {
    "wagtail_serve",
    "trainings:calendar",
    "trainings:training",
    "trainings:session",
    "trainings:feed",
    "trainings:session_ics",
    "parties:list",
    "parties:detail",
    "elections:list",
    "elections:detail",
    "outreach:explanation",
    "outreach:pdf",
    "outreach:municipalities",
    "outreach:municipality",
}
QUERY_PARAMETERS = {"pagina", "thema", "provincie", "online", "maand", "voor"}
CONTENT_MODELS = {
    "wagtailcore.PageViewRestriction",
    "wagtailcore.Site",
    "wagtailimages.Image",
    "knowledge.KennispuntDocument",
    "knowledge.WegwijzerNeed",
    "knowledge.WegwijzerEntry",
    "knowledge.RelatedArticle",
    "trainings.Training",
    "trainings.Session",
    "trainings.SignUp",
    "parties.Municipality",
    "parties.Party",
    "parties.Membership",
    "elections.Election",
    "elections.StepOverride",
    "elections.CouncilSize",
    "outreach.OutreachText",
    "mailings.Mailing",
}


def view_names(patterns: list, namespace: str = "") -> set[str]:
    names = set()
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= view_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(f"{namespace}{pattern.name}")
    return names


def stored(view_name: str, query: dict[str, str] | None = None) -> bool:
    request = RequestFactory().get("/", query or {})
    *names, url_name = view_name.split(":")
    namespaces: list[str | None] = list(names)
    request.resolver_match = ResolverMatch(
        lambda r: None, (), {}, url_name=url_name, namespaces=namespaces
    )
    return policy.may_store(request, HttpResponse("page"))


def test_exactly_these_views_are_stored() -> None:
    every_view = view_names(get_resolver().url_patterns)
    assert CACHEABLE_VIEWS <= every_view
    assert {name for name in every_view if stored(name)} == CACHEABLE_VIEWS


def test_only_known_query_parameters_of_the_right_shape_are_stored() -> None:
    for name in QUERY_PARAMETERS:
        assert stored("parties:list", {name: "2"}), name
        assert not stored("parties:list", {name: "twee woorden"}), name
    for name in ("q", "partij", "verleden", "formaat", "na", "jaar"):
        assert not stored("parties:list", {name: "2"}), name
    assert not stored("parties:list", {"pagina": "12345"})


def test_exactly_these_models_empty_the_cache_when_saved() -> None:
    bumping = set()
    for model in apps.get_models():
        receivers, _async = post_save._live_receivers(model)
        if invalidation.public_content_changed in receivers and not issubclass(model, Page):
            bumping.add(model._meta.label)
    assert bumping == CONTENT_MODELS
