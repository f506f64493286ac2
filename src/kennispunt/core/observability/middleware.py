"""The access log and request timing, outermost after the request id (django-guid).

Outside the cache and security middleware, so cached answers and redirects are logged and
timed too. Gunicorn's own access log can then stay off: it would log the visitor's IP
address and the query string (which can carry tokens and e-mail addresses).
"""

import logging
import time
from collections.abc import Callable

from django.http import HttpRequest, HttpResponseBase
from django.urls import Resolver404, ResolverMatch, resolve

from .logs import redact_emails
from .metrics import observe_request

logger = logging.getLogger("kennispunt.access")


def view_label(request: HttpRequest) -> str:
    """The URL pattern's name: few distinct values, unlike the path (which holds slugs and ids)."""
    # A page served from the public page cache never reached URL resolution; the cache entry
    # remembers which view made it.
    cached_view = getattr(request, "cached_view_name", None)
    if cached_view:
        return str(cached_view)
    match = getattr(request, "resolver_match", None)
    if match is None:
        return "unresolved"
    return match.view_name or match.route or "unnamed"


# URL parts that are secrets: e-mail confirmation and password reset keys, unsubscribe tokens.
SECRET_URL_PARTS = ("key", "token", "uid", "sig")


def _match_for(request: HttpRequest) -> ResolverMatch | None:
    """The URL pattern of the request, also when resolution never ran or failed.

    A 400 for a wrong host, the HTTPS redirect, a cache hit or the redirect that adds a missing
    trailing slash all answer before URL resolution, yet their path can hold a token.
    """
    match = getattr(request, "resolver_match", None)
    if match is not None:
        return match
    path = request.path_info
    for candidate in (path, path if path.endswith("/") else path + "/"):
        try:
            return resolve(candidate)
        except Resolver404:
            continue
    return None


def loggable_path(request: HttpRequest) -> str:
    """The path, with the values of secret-looking URL parameters blanked out."""
    path = request.path
    match = _match_for(request)
    if match is not None:
        for name, value in match.kwargs.items():
            if value and any(part in name for part in SECRET_URL_PARTS):
                path = path.replace(str(value), "[redacted]")
    return redact_emails(path)


class AccessLogMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        started = time.perf_counter()
        response = self.get_response(request)
        seconds = time.perf_counter() - started
        view = view_label(request)
        # A page cache hit brings the log path its miss computed: no URL resolution per hit.
        path = getattr(request, "cached_log_path", None) or loggable_path(request)
        observe_request(
            view=view, method=request.method or "", status=response.status_code, seconds=seconds
        )
        logger.info(
            "%s %s %s %.1fms",
            request.method,
            path,
            response.status_code,
            seconds * 1000,
            extra={
                "method": request.method,
                "path": path,  # never get_full_path(): no query string in logs
                "status": response.status_code,
                "duration_ms": round(seconds * 1000, 1),
                "view": view,
            },
        )
        return response
