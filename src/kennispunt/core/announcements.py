"""Things coming up that one app keeps and another announces (the newsletter's "Binnenkort:
trainingen").

The owning app registers a provider under a key from ``AppConfig.ready``; a reader asks by key
and gets an empty list when no app provides it, so the features never import each other.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Announcement:
    title: str
    url: str  # path on this site
    meta: str  # one line: when and where


Provider = Callable[[int], list[Announcement]]  # (limit)

_registry: dict[str, Provider] = {}


def register(key: str, provider: Provider) -> None:
    _registry[key] = provider


def upcoming(key: str, *, limit: int) -> list[Announcement]:
    provider = _registry.get(key)
    return provider(limit)[:limit] if provider is not None else []
