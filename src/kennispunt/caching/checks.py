"""The two parts of the page cache only work together, in this order."""

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error

FRONT = "kennispunt.caching.middleware.PublicPageCacheMiddleware"
RULES = "kennispunt.caching.middleware.PublicPageCacheRules"


def check_middleware_order(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    middleware = list(settings.MIDDLEWARE)
    present = [name for name in (FRONT, RULES) if name in middleware]
    if not present:
        return []
    if len(present) == 1 or middleware.index(FRONT) > middleware.index(RULES):
        return [
            Error(
                "The public page cache needs both of its middleware, the front part near the "
                "top and the rules part last.",
                hint=f"MIDDLEWARE: {FRONT} after the access log, {RULES} at the end.",
                id="kennispunt_caching.E001",
            )
        ]
    if middleware[-1] != RULES:
        return [
            Error(
                "The page cache rules must be the last middleware: they judge what the view did.",
                id="kennispunt_caching.E002",
            )
        ]
    return []
