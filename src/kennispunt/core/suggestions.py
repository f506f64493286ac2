"""Pages that may already answer a question someone is typing (the helpdesk's ask form).

Apps that hold answers (knowledge articles, solved forum topics) register a provider from
``AppConfig.ready``; the helpdesk asks ``suggestions()`` and imports none of them.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Suggestion:
    title: str
    url: str
    kind: str  # shown next to the title, e.g. "Artikel"


class Provider(Protocol):
    def __call__(self, *, text: str, limit: int) -> Iterable[Suggestion]: ...


@dataclass(frozen=True)
class Registration:
    key: str
    provider: Provider
    members_only: bool
    order: int


_registry: dict[str, Registration] = {}


def register(key: str, provider: Provider, *, members_only: bool = False, order: int = 100) -> None:
    """``members_only``: the provider shows what only eligible members may see (the forum)."""
    _registry[key] = Registration(
        key=key, provider=provider, members_only=members_only, order=order
    )


def suggestions(*, text: str, members: bool, limit: int) -> list[Suggestion]:
    """Up to ``limit`` from each provider, in their order. ``members``: the asker is an eligible
    member (``parties.eligibility.is_eligible``), so members-only providers are asked too."""
    found: list[Suggestion] = []
    for registration in sorted(_registry.values(), key=lambda r: (r.order, r.key)):
        if registration.members_only and not members:
            continue
        found.extend(registration.provider(text=text, limit=limit))
    return found
