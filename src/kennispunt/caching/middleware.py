"""The public page cache, in two parts that must both be in MIDDLEWARE.

``PublicPageCacheMiddleware`` sits near the top, right after the request id and the access
log: a hit is answered there, from bytes and headers stored exactly as they left the stack the
first time, without sessions, authentication, CSRF, messages, CSP or URL resolution running
again (they ran on the miss that filled the entry, and their headers are in it).

``PublicPageCacheRules`` sits last, next to the view: only there is it known which view
answered and whether it touched anything of this visitor (session, CSRF token, messages), so
it decides whether the answer may be shared, and marks it. The front part then stores the
final response once every middleware above has added its headers.
"""

import logging
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

from kennispunt.core.middleware import chosen_language
from kennispunt.core.observability.middleware import loggable_path

from . import policy
from .generation import GENERATION_KEY, current_generation, page_cache

CACHE_STATUS_HEADER = "X-Cache"

logger = logging.getLogger(__name__)

# Set on the request by the front part for the rules part, and back.
_GENERATION_ATTR = "_public_page_generation"
_SHAREABLE_ATTR = "_public_page_shareable"

# Static files (WhiteNoise) and media are never page-cached: no cache round trip for them.
_NEVER_PAGES = tuple(prefix for prefix in (settings.STATIC_URL, settings.MEDIA_URL) if prefix)


def _entry(
    generation: str, view_name: str, log_path: str, response: HttpResponse
) -> tuple[Any, ...]:
    """What is stored: plain bytes and header pairs, cheap to load (no pickled response).

    With the view's name and the path as the access log writes it, so that a hit needs no
    URL resolution for its log line either.
    """
    headers = tuple(
        (name, value) for name, value in response.items() if name != CACHE_STATUS_HEADER
    )
    return (generation, view_name, log_path, response.status_code, headers, response.content)


def _response_from(request: HttpRequest, entry: tuple[Any, ...]) -> HttpResponse:
    _generation, view_name, log_path, status, headers, content = entry
    request.cached_view_name = view_name  # type: ignore[attr-defined]
    request.cached_log_path = log_path  # type: ignore[attr-defined]
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response[CACHE_STATUS_HEADER] = "hit"
    return response


def _is_entry(entry: object, generation: str) -> bool:
    return isinstance(entry, tuple) and len(entry) == 6 and entry[0] == generation


class PublicPageCacheMiddleware:
    """Answer anonymous public pages from the cache, before the rest of the stack runs."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not policy.may_use_cache(request) or request.path.startswith(_NEVER_PAGES):
            return self.get_response(request)

        key = policy.page_key(request, language=chosen_language(request))
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
        if _is_entry(entry, generation):
            return _response_from(request, entry)  # type: ignore[arg-type]

        setattr(request, _GENERATION_ATTR, generation)
        response = self.get_response(request)
        view_name = getattr(request, _SHAREABLE_ATTR, None)
        # A middleware above the rules part may still have made the answer personal.
        if view_name is not None and not response.cookies and response.status_code == 200:
            try:
                stored = _entry(generation, view_name, loggable_path(request), response)
                cache.set(key, stored, policy.cache_seconds())
            except Exception:
                logger.exception("public page cache: could not store a page")
        return response


class PublicPageCacheRules:
    """Decide, next to the view, whether its answer may be shared; mark it either way.

    Last in MIDDLEWARE on purpose: what it marks is then exactly what the view produced.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not hasattr(request, _GENERATION_ATTR):
            # Not looked up in the cache (signed in, POST, cache off or down).
            if policy.carries_visitor_state(request):
                mark_private(response)
            return response
        if policy.may_store(request, response):
            match = request.resolver_match
            setattr(request, _SHAREABLE_ATTR, match.view_name if match else "")
            mark_public(response, hit=False)
        return response


def mark_public(response: HttpResponse, *, hit: bool) -> None:
    """Shared-cache headers; a hit carries the ones stored with its miss."""
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
