"""The panels of "Mijn Kennispunt" (/mijn/): what is next for the signed-in person.

Each feature app registers its panel from ``AppConfig.ready``: a read function that takes the
user and gives the panel's context (or ``None`` when the panel is not for this person), and a
template that renders it (the context arrives as ``panel``). The start page lists the panels
in order and knows no feature app::

    start_panels.register(
        "helpdesk", template="helpdesk/start_panel.html", context=selectors.start_panel, order=30
    )

A panel's read function is one of the page's query costs: keep it to a few queries, and let it
say what to do first when there is nothing yet (the empty state is the panel's own).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

PanelContext = Callable[[Any], dict[str, Any] | None]


@dataclass(frozen=True)
class StartPanel:
    key: str
    template: str
    context: PanelContext
    order: int = 100


@dataclass(frozen=True)
class FilledPanel:
    key: str
    template: str
    context: dict[str, Any]


_registry: dict[str, StartPanel] = {}


def register(key: str, *, template: str, context: PanelContext, order: int = 100) -> None:
    _registry[key] = StartPanel(key=key, template=template, context=context, order=order)


def start_panels() -> list[StartPanel]:
    return sorted(_registry.values(), key=lambda panel: (panel.order, panel.key))


def panels_for(user: Any) -> list[FilledPanel]:
    filled = []
    for panel in start_panels():
        context = panel.context(user)
        if context is not None:
            filled.append(FilledPanel(key=panel.key, template=panel.template, context=context))
    return filled
