"""Personal links in the site header with a count, e.g. unread forum notifications.

An app registers a link with a count function from ``AppConfig.ready``; the header shows the
link to a signed-in person when the count is above zero. Counted only for someone signed in
(one query per link), and only when the header is rendered: pages for someone signed in are
never stored in the public page cache (``caching.policy``), so no count reaches another
visitor.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.urls import reverse
from django.utils.functional import Promise

Label = str | Promise


@dataclass(frozen=True)
class HeaderLink:
    key: str
    label: Label
    url_name: str
    count: Callable[[Any], int]
    order: int = 100


@dataclass(frozen=True)
class CountedLink:
    label: Label
    url: str
    count: int


_registry: dict[str, HeaderLink] = {}


def register(
    key: str, *, label: Label, url_name: str, count: Callable[[Any], int], order: int = 100
) -> None:
    _registry[key] = HeaderLink(key=key, label=label, url_name=url_name, count=count, order=order)


def links_for(user: Any) -> list[CountedLink]:
    if not getattr(user, "is_authenticated", False):
        return []
    shown = []
    for link in sorted(_registry.values(), key=lambda item: (item.order, item.key)):
        number = link.count(user)
        if number > 0:
            shown.append(CountedLink(label=link.label, url=reverse(link.url_name), count=number))
    return shown
