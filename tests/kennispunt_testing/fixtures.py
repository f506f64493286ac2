"""pytest fixtures shared by every app's tests (registered in the root conftest.py)."""

import pytest

from .world import World, build_world


@pytest.fixture
def world(db: None) -> World:
    return build_world()


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    # Rate limits and cached flags live in the cache; every test starts without them.
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _dutch_by_default() -> None:
    # A request with the English cookie leaves English active in the thread; messages made
    # outside a request in a later test must still be Dutch, as on the site.
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def page_cache_off(settings) -> None:
    """For tests that count a view's queries: a cached second request would run none."""
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0
