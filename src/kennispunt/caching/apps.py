from django.apps import AppConfig


class CachingConfig(AppConfig):
    name = "kennispunt.caching"
    label = "caching"
    verbose_name = "Public page cache"

    def ready(self) -> None:
        from django.core import checks

        from . import invalidation
        from .checks import check_middleware_order

        invalidation.connect_signals()
        checks.register(check_middleware_order)
