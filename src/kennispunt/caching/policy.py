"""Which requests may be answered from the cache and which responses may be stored.

The rules are deliberately narrow: a page is shared between visitors only when nothing in it
can belong to one visitor. Whoever carries a session cookie (signed in, or in the middle of a
flow that keeps state) or has a message waiting never touches the cache.
"""

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import cc_delim_re, get_max_age
from django.utils.translation import get_language

from kennispunt.core import cacheable

# Which views are stored, and which query parameters they may carry, is declared by the apps
# that own the views (``kennispunt.core.cacheable``). Not registered anywhere: the site search
# (every query its own entry, rarely repeated), token URLs (unsubscribe, election agenda),
# member and staff pages. A parameter nobody registered, or free text such as ?q=, is answered
# but not stored: endless random variants would otherwise fill the cache and push the real
# pages out.

# Vary headers a view may set and still be cached: the key already holds what they vary on.
_KEYED_VARY_HEADERS = frozenset({"accept-language", "hx-request", "hx-target"})
_UNCACHEABLE_DIRECTIVES = ("private", "no-cache", "no-store")
_MESSAGES_COOKIE = "messages"


def cache_seconds() -> int:
    return int(settings.PUBLIC_PAGE_CACHE_SECONDS)


def carries_visitor_state(request: HttpRequest) -> bool:
    """A session or a waiting message: the page may hold something of this visitor only."""
    return (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or _MESSAGES_COOKIE in request.COOKIES
        or "Authorization" in request.headers
    )


def may_use_cache(request: HttpRequest) -> bool:
    return (
        cache_seconds() > 0
        and request.method in ("GET", "HEAD")
        and not carries_visitor_state(request)
    )


def page_key(request: HttpRequest, *, language: str | None = None) -> str:
    """Language, htmx target, scheme, host, path and the query string in a fixed order.

    ``language``: the one the request will be served in, when asked before the language
    middleware has activated it.
    """
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    htmx = (
        f"htmx:{request.headers.get('HX-Target', '')}"
        if request.headers.get("HX-Request") == "true"
        else "page"
    )
    url = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    digest = hashlib.sha256(f"{htmx}|{url}".encode()).hexdigest()
    return f"public-page-cache:page:{language or get_language()}:{digest}"


def _vary_headers(response: HttpResponse) -> set[str]:
    if not response.has_header("Vary"):
        return set()
    return {header.strip().lower() for header in cc_delim_re.split(response["Vary"])}


def _used_per_visitor_state(request: HttpRequest) -> bool:
    """The view touched the CSRF token, the session or the messages of this visitor."""
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return True  # a form with {% csrf_token %}: its token belongs to one visitor
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return True
    messages = getattr(request, "_messages", None)
    if messages is not None and getattr(messages, "added_new", False):
        return True
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


def has_cacheable_query(request: HttpRequest) -> bool:
    for name, values in request.GET.lists():
        shape = cacheable.query_shape(name)
        if shape is None or len(values) != 1 or not shape.fullmatch(values[0]):
            return False
    return True


def may_store(request: HttpRequest, response: HttpResponse) -> bool:
    match = request.resolver_match
    if match is None or match.view_name not in cacheable.cacheable_views():
        return False
    if not has_cacheable_query(request):
        return False
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or _used_per_visitor_state(request):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in _UNCACHEABLE_DIRECTIVES):
        return False
    if get_max_age(response) == 0:
        return False
    return _vary_headers(response) <= _KEYED_VARY_HEADERS
