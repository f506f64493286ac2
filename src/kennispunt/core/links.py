"""Absolute links for places without a request: e-mails, calendar files, feeds for robots.

Every such link is ``SITE_URL`` joined with a path in one way, so a site served below a
sub-path or moved to another host changes in one setting.
"""

from typing import Any
from urllib.parse import urljoin

from django.conf import settings
from django.shortcuts import resolve_url


def site_url() -> str:
    """The site's base URL without a trailing slash, e.g. ``https://kennispunt.nl``."""
    return str(settings.SITE_URL).rstrip("/")


def absolute_url(to: Any, *args: Any, **kwargs: Any) -> str:
    """An absolute URL for a path, a URL name (with arguments) or a model with
    ``get_absolute_url``; a URL that is already absolute is returned as it is."""
    if to in ("", None):
        return ""
    url = resolve_url(to, *args, **kwargs)
    return urljoin(site_url() + "/", url)
