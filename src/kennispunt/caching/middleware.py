import logging
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

from . import policy
from .generation import GENERATION_KEY, current_generation, page_cache

CACHE_STATUS_HEADER = "X-Cache"

logger = logging.getLogger(__name__)


class PublicPageCacheMiddleware:
    """Serve anonymous public pages from the cache; never share a signed-in visitor's page.

    It sits last in MIDDLEWARE, so it stores exactly what the view produced and every
    middleware above it (language, security headers, request id, X-Frame-Options) runs on a
    hit just as it does on a miss.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not policy.may_use_cache(request):
            response = self.get_response(request)
            if policy.carries_visitor_state(request):
                mark_private(response)
            return response

        key = policy.page_key(request)
        cache = page_cache()
        try:
            found = cache.get_many([GENERATION_KEY, key])
            # The generation read before rendering: a change during rendering makes the
            # entry stale.
            generation = found.get(GENERATION_KEY) or current_generation()
        except Exception:  # the cache is down: serve the page from the database
            logger.exception("public page cache: unreachable")
            return self.get_response(request)
        entry = found.get(key)
        if isinstance(entry, tuple) and len(entry) == 3 and entry[0] == generation:
            _generation, view_name, response = entry
            request.cached_view_name = view_name  # type: ignore[attr-defined]
            mark_public(response, hit=True)
            return response

        response = self.get_response(request)
        if policy.may_store(request, response):
            view_name = request.resolver_match.view_name if request.resolver_match else ""
            try:
                cache.set(key, (generation, view_name, response), policy.cache_seconds())
            except Exception:
                logger.exception("public page cache: could not store a page")
            mark_public(response, hit=False)
        return response


def mark_public(response: HttpResponse, *, hit: bool) -> None:
    """Shared-cache headers, the same on a hit and on a miss."""
    response[CACHE_STATUS_HEADER] = "hit" if hit else "miss"
    # A proxy or browser must not hand this page to a visitor with other cookies (signed in).
    patch_vary_headers(response, ("Cookie", "HX-Request"))
    browser_seconds = min(settings.PUBLIC_PAGE_BROWSER_SECONDS, policy.cache_seconds())
    if browser_seconds > 0:
        patch_cache_control(response, public=True, max_age=browser_seconds)
    else:
        patch_cache_control(response, no_cache=True)


def mark_private(response: HttpResponse) -> None:
    """Pages for a visitor with a session: no shared cache may keep them."""
    patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ("Cookie",))
