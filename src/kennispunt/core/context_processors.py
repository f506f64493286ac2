from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from . import header_links
from .navigation import MAIN_NAVIGATION


def site(request: HttpRequest) -> dict[str, Any]:
    return {
        "main_navigation": [
            {
                "label": item.label,
                "path": item.path,
                "description": item.description,
                "current": item.is_current(request.path),
            }
            for item in MAIN_NAVIGATION
        ],
        "contact_email": settings.KENNISPUNT_CONTACT_EMAIL,
        "contact_phone": settings.KENNISPUNT_CONTACT_PHONE,
    }


def personal(request: HttpRequest) -> dict[str, Any]:
    """The header's counted links (core.header_links): worked out only when the header shows
    them, and only for someone signed in (their pages never enter the public page cache)."""
    user = getattr(request, "user", None)
    return {"header_links": SimpleLazyObject(lambda: header_links.links_for(user))}
