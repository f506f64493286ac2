"""What the public page cache may keep, declared by the apps that own the views and the data.

Each app registers from its ``AppConfig.ready``: the URL names whose anonymous answers depend
only on the URL, the language and the database; the query parameters those views read, with
the shape of their values; and the models whose rows show on those pages, so that saving one
empties the cache. ``kennispunt.caching`` reads this. It lives in core because caching sits on
the top floor, where the apps below cannot import it.
"""

import re
from collections.abc import Iterable, Mapping

from django.core.exceptions import ImproperlyConfigured

PAGE_NUMBER = re.compile(r"\d{1,4}")
CHOICE = re.compile(r"[\w-]{1,40}")


class Registry:
    def __init__(self) -> None:
        self.views: set[str] = set()
        self.query: dict[str, re.Pattern[str]] = {}
        self.models: list[str] = []
        self.models_read = False

    def register(
        self,
        *,
        views: Iterable[str] = (),
        query: Mapping[str, re.Pattern[str]] | None = None,
        models: Iterable[str] = (),
    ) -> None:
        models = list(models)
        if models and self.models_read:
            # The cache connects its signals once, in its own ready(); a model added later
            # would quietly never empty it.
            raise ImproperlyConfigured(
                f"{models} registered after kennispunt.caching connected its signals: "
                "list the app before kennispunt.caching in INSTALLED_APPS."
            )
        for name, shape in (query or {}).items():
            known = self.query.setdefault(name, shape)
            if known.pattern != shape.pattern:
                raise ImproperlyConfigured(
                    f"Query parameter {name!r} is registered with two shapes: "
                    f"{known.pattern!r} and {shape.pattern!r}."
                )
        self.views.update(views)
        self.models.extend(label for label in models if label not in self.models)


_registry = Registry()


def register(
    *,
    views: Iterable[str] = (),
    query: Mapping[str, re.Pattern[str]] | None = None,
    models: Iterable[str] = (),
) -> None:
    """``views``: URL names (``"trainings:calendar"``); ``query``: parameter name to the shape
    of its value (``PAGE_NUMBER``, ``CHOICE``); ``models``: labels (``"trainings.Session"``)."""
    _registry.register(views=views, query=query, models=models)


def cacheable_views() -> frozenset[str]:
    return frozenset(_registry.views)


def query_shape(name: str) -> re.Pattern[str] | None:
    return _registry.query.get(name)


def content_models() -> tuple[str, ...]:
    _registry.models_read = True
    return tuple(_registry.models)
