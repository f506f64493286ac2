"""Facts about the request that several apps need."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect

View = Callable[..., HttpResponse]


def client_ip(request: HttpRequest) -> str:
    """The visitor's IP address, found the way allauth finds it for the login rate limits.

    Behind a reverse proxy REMOTE_ADDR is the proxy's own address, so every visitor would share
    one rate-limit bucket; ``TRUSTED_PROXY_COUNT`` (settings) tells allauth which
    X-Forwarded-For entry to believe. An unusable header gives "" (one shared bucket) rather
    than an error page.
    """
    from allauth.account.adapter import get_adapter

    try:
        return get_adapter(request).get_client_ip(request)
    except (ImproperlyConfigured, PermissionDenied):
        return ""


def renamed_query_parameters(**renamed: str) -> Callable[[View], View]:
    """Old links keep working after a query parameter got its one (Dutch) name.

    ``@renamed_query_parameters(province="provincie")``: a GET with ``?province=`` answers a
    permanent redirect (301) to the same address with ``?provincie=``; the view itself only
    ever reads the new name. Where both are given, the new one wins.
    """

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if request.method in ("GET", "HEAD") and any(old in request.GET for old in renamed):
                query = request.GET.copy()
                for old, new in renamed.items():
                    values = query.pop(old, [])
                    if values and new not in query:
                        query.setlist(new, values)
                target = f"{request.path}?{query.urlencode()}" if query else request.path
                return HttpResponsePermanentRedirect(target)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
