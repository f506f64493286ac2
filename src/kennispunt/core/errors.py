"""The error pages: Dutch, in the site's layout, with a search box and the ways out.

Django's own handlers render 400 and 500 without the request (so without the header's
navigation) and its CSRF page in English. These render every page with ``base.html``:

- 400, 403, 404 and the CSRF failure get the request, so the header is the one the visitor
  knows (signed in or not).
- 500 gets a fixed context and no request: whatever broke (the database, a context
  processor) must not break the error page too. The header then shows the public navigation.
"""

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

from .navigation import MAIN_NAVIGATION


def static_context() -> dict[str, Any]:
    """What base.html needs, from settings and code only: no request, no database."""
    return {
        "main_navigation": [
            {"label": item.label, "path": item.path, "current": False} for item in MAIN_NAVIGATION
        ],
        "contact_email": settings.KENNISPUNT_CONTACT_EMAIL,
        "contact_phone": settings.KENNISPUNT_CONTACT_PHONE,
    }


def _render(request: HttpRequest, template_name: str, status: int, **extra: Any) -> HttpResponse:
    template = loader.get_template(template_name)
    try:
        content = template.render(extra, request)
    except Exception:
        # A request Django could not make sense of (a bad Host header, say) may break a
        # context processor; the page then renders as the 500 page does.
        content = template.render({**static_context(), **extra})
    return HttpResponse(content, status=status)


@requires_csrf_token
def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _render(request, "400.html", 400)


@requires_csrf_token
def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _render(request, "403.html", 403)


@requires_csrf_token
def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _render(request, "404.html", 404)


def server_error(request: HttpRequest) -> HttpResponse:
    return HttpResponse(loader.get_template("500.html").render(static_context()), status=500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """CSRF_FAILURE_VIEW: what happened in plain Dutch, and how to try again."""
    from django.middleware.csrf import REASON_NO_CSRF_COOKIE

    return _render(request, "403_csrf.html", 403, no_cookies=reason == REASON_NO_CSRF_COOKIE)
