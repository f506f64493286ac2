"""Content Security Policy: a strict policy for the site, a looser one for the two admins.

Our own pages load scripts, styles, fonts and images only from our own origin and carry no
inline code, so the public policy is plain ``'self'`` and the same cached HTML is valid for
every visitor. The Wagtail and Django admins ship inline scripts and styles of their own, so
they get a policy with ``'unsafe-inline'``; it keeps the directives that stop framing, plugins
and ``<base>`` tricks.
"""

from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from csp.constants import HEADER, NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase


def url_origin(url: str) -> str:
    """The scheme and host of an absolute URL (a CDN or S3 bucket), or "" for a local path."""
    parts = urlsplit(url)
    if parts.scheme and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    if url.startswith("//") and parts.netloc:
        return f"https://{parts.netloc}"
    return ""


def _unique(sources: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(source for source in sources if source))


def public_directives(
    *, static_url: str, media_url: str, extra_sources: Iterable[str] = ()
) -> dict[str, Any]:
    """The enforced policy for the site: our own origin, plus where static and media files live.

    static_url and media_url count only when they are absolute (a CDN, an S3 bucket);
    extra_sources are origins for images, fonts and media (CSP_EXTRA_SOURCES).
    """
    static = url_origin(static_url)
    media = url_origin(media_url)
    extra = list(extra_sources)
    return {
        "default-src": [SELF],
        "script-src": _unique([SELF, static]),
        "style-src": _unique([SELF, static]),
        # data: for the QR code of the authenticator set-up and for CSS-embedded icons.
        "img-src": _unique([SELF, "data:", static, media, *extra]),
        "font-src": _unique([SELF, static, *extra]),
        "media-src": _unique([SELF, media, *extra]),
        "connect-src": [SELF],
        # No embeds: the rich-text features offer no "embed", so frames only come from us.
        "frame-src": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }


def admin_directives(public: dict[str, Any]) -> dict[str, Any]:
    """The admins' policy: the public one, with inline scripts and styles allowed.

    Wagtail's and Django's admin templates contain inline <script> blocks (date pickers,
    inline panels) and style attributes that we cannot change; blob: serves Wagtail's image
    upload previews. What an attacker needs most (framing, plugins, a rogue <base>, posting
    forms elsewhere) stays forbidden.
    """
    return {
        **public,
        "script-src": [*public["script-src"], UNSAFE_INLINE],
        "style-src": [*public["style-src"], UNSAFE_INLINE],
        "img-src": [*public["img-src"], "blob:"],
        "font-src": [*public["font-src"], "data:"],
    }


def is_admin_path(path: str) -> bool:
    return path.startswith(tuple(settings.CSP_ADMIN_PATH_PREFIXES))


def with_directive(policy: str, name: str, values: list[str]) -> str:
    """The policy header with one directive set to values (added when it was missing)."""
    directives = [part.strip() for part in policy.split(";") if part.strip()]
    kept = [part for part in directives if part.split()[0] != name]
    return "; ".join([*kept, " ".join([name, *values])])


class KennispuntCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, choosing the admin policy by path.

    A view's own @csp_replace/@csp_update still wins over the path. A view that allows
    same-origin framing through X-Frame-Options (Wagtail's preview, shown in an iframe of the
    editor) gets the matching frame-ancestors, or its preview would stay blank.
    """

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        # A preview is rendered inside the admin (Wagtail serves it through the page's own
        # path); the newsletter's "E-mail (HTML)" preview carries the mail's <style> block.
        in_admin = is_admin_path(request.path_info) or getattr(request, "is_preview", False)
        if not report_only and parts.config is None and in_admin:
            parts.config = settings.CSP_ADMIN_DIRECTIVES
        return parts

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        response = super().process_response(request, response)
        # Also when the header was already set: Wagtail renders a preview through a nested
        # request that got the public policy (frame-ancestors 'none') on its way out.
        if response.get("X-Frame-Options", "").upper() == "SAMEORIGIN" and HEADER in response:
            response[HEADER] = with_directive(response[HEADER], "frame-ancestors", [SELF])
        return response
