"""The registries that upper floors fill in from AppConfig.ready, read by core and caching."""

import re

import pytest
from django.core.exceptions import ImproperlyConfigured

from kennispunt.core import announcements, cacheable, suggestions
from kennispunt.core.announcements import Announcement
from kennispunt.core.suggestions import Suggestion


@pytest.fixture
def fresh_cacheable(monkeypatch: pytest.MonkeyPatch) -> cacheable.Registry:
    registry = cacheable.Registry()
    monkeypatch.setattr(cacheable, "_registry", registry)
    return registry


def test_cacheable_collects_views_parameters_and_models(fresh_cacheable) -> None:
    cacheable.register(views=["a:list"], query={"pagina": cacheable.PAGE_NUMBER})
    cacheable.register(
        views=["b:list"],
        query={"pagina": re.compile(r"\d{1,4}"), "soort": cacheable.CHOICE},
        models=["b.Thing", "b.Other"],
    )
    cacheable.register(models=["b.Thing"])
    assert cacheable.cacheable_views() == {"a:list", "b:list"}
    assert cacheable.query_shape("soort") is cacheable.CHOICE
    assert cacheable.query_shape("q") is None
    assert cacheable.content_models() == ("b.Thing", "b.Other")


def test_a_parameter_with_two_shapes_is_refused(fresh_cacheable) -> None:
    cacheable.register(query={"jaar": cacheable.PAGE_NUMBER})
    with pytest.raises(ImproperlyConfigured, match="two shapes"):
        cacheable.register(query={"jaar": cacheable.CHOICE})


def test_a_model_registered_after_the_cache_connected_is_refused(fresh_cacheable) -> None:
    cacheable.register(models=["a.Early"])
    cacheable.content_models()  # what caching's ready() does
    cacheable.register(views=["a:late"])  # views are read per request: still fine
    with pytest.raises(ImproperlyConfigured, match="INSTALLED_APPS"):
        cacheable.register(models=["a.Late"])


def test_suggestions_come_in_provider_order_and_members_only_for_members(monkeypatch) -> None:
    monkeypatch.setattr(suggestions, "_registry", {})

    def provider(kind: str):
        def find(*, text: str, limit: int) -> list[Suggestion]:
            return [Suggestion(title=f"{kind} {n}", url="/", kind=kind) for n in range(limit)]

        return find

    suggestions.register("second", provider("B"), members_only=True, order=20)
    suggestions.register("first", provider("A"), order=10)
    found = suggestions.suggestions(text="vraag", members=True, limit=2)
    assert [s.title for s in found] == ["A 0", "A 1", "B 0", "B 1"]
    found = suggestions.suggestions(text="vraag", members=False, limit=2)
    assert [s.title for s in found] == ["A 0", "A 1"]


def test_announcements_by_key_with_a_limit(monkeypatch) -> None:
    monkeypatch.setattr(announcements, "_registry", {})
    items = [Announcement(title=str(n), url="/", meta="") for n in range(5)]
    announcements.register("agenda", lambda limit: items)
    assert [a.title for a in announcements.upcoming("agenda", limit=2)] == ["0", "1"]
    assert announcements.upcoming("niemand", limit=2) == []
