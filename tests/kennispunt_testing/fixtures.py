"""pytest fixtures shared by every app's tests (registered in the root conftest.py)."""

import importlib
from typing import Any

import pytest
from django.db.models.signals import post_migrate

from .world import World, build_world


def _municipalities_back_after_a_flush(sender: Any, using: str = "default", **kwargs: Any) -> None:
    """A transactional test ends with a flush, which also empties the municipalities that a data
    migration loaded; Django then sends post_migrate. Load them again, so a test after it sees
    the database as migrated, whatever the order (pytest-xdist mixes transactional tests in)."""
    if getattr(sender, "label", "") != "parties":
        return
    from django.apps import apps

    municipality = apps.get_model("parties", "Municipality")
    if municipality.objects.using(using).exists():
        return
    importlib.import_module("kennispunt.parties.migrations.0002_load_municipalities").load(
        apps, None
    )


post_migrate.connect(
    _municipalities_back_after_a_flush, dispatch_uid="kennispunt_tests_municipalities"
)


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
