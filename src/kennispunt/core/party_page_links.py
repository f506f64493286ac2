"""Links a feature app adds to a party's page (e.g. its public finances, its gift register).

The parties app (a lower floor) names no feature app: a feature registers, from
``AppConfig.ready``, a template and a read function taking the party and the user; the party
page renders what comes back (``None`` renders nothing)::

    party_page_links.register(
        "finance", template="finance/includes/party_links.html", context=links, order=10
    )
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

LinksContext = Callable[[Any, Any], dict[str, Any] | None]


@dataclass(frozen=True)
class PartyPageLinks:
    key: str
    template: str
    context: LinksContext
    order: int = 100


_registry: dict[str, PartyPageLinks] = {}


def register(key: str, *, template: str, context: LinksContext, order: int = 100) -> None:
    _registry[key] = PartyPageLinks(key=key, template=template, context=context, order=order)


def links_for(party: Any, user: Any) -> list[tuple[str, dict[str, Any]]]:
    """(template, context) of every registered block that has something for this person."""
    filled = []
    for item in sorted(_registry.values(), key=lambda i: (i.order, i.key)):
        context = item.context(party, user)
        if context is not None:
            filled.append((item.template, context))
    return filled
