from typing import Any

from django.conf import settings
from django.http import HttpRequest

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
