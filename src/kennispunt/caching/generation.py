"""One generation token for the whole public page cache.

Every cached page is stored together with the token that was current when its rendering
started; a page whose token is no longer current is a miss. Changing public content replaces
the token, so nothing has to be found and deleted. One global generation (not one per section)
because content changes are rare next to page views, and a section map would have to know
every page that shows, say, a training's free seats: forgetting one would serve stale data.
"""

import logging
import uuid

from django.conf import settings
from django.core.cache import BaseCache, caches

GENERATION_KEY = "public-page-cache:generation"

logger = logging.getLogger(__name__)


def page_cache() -> BaseCache:
    """Redis (the default cache) when configured, otherwise files shared by all processes."""
    return caches["public_pages" if "public_pages" in settings.CACHES else "default"]


def current_generation() -> str:
    cache = page_cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # Missing after a restart or eviction: a fresh random token, never an old one again.
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    return str(generation)


def bump_generation() -> None:
    # A cache outage must not make a sign-up or a publish fail; the pages it holds expire
    # within PUBLIC_PAGE_CACHE_SECONDS, and an empty (restarted) Redis holds none.
    try:
        page_cache().set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
    except Exception:
        logger.exception("public page cache: could not invalidate")
