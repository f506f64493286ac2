from django.apps import AppConfig


class CachingConfig(AppConfig):
    name = "kennispunt.caching"
    label = "caching"
    verbose_name = "Public page cache"

    def ready(self) -> None:
        from . import invalidation

        invalidation.connect_signals()
