"""Personal-data export and erasure (AVG art. 15, 17 and 20).

Each app that stores personal data registers an exporter and an eraser here from its
``AppConfig.ready``; accounts never imports the apps, so the floors stay in order.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

Exporter = Callable[[Any], Any]
Eraser = Callable[[Any], None]


@dataclass(frozen=True)
class Registration:
    key: str
    exporter: Exporter
    eraser: Eraser


_registry: dict[str, Registration] = {}


def register(key: str, *, exporter: Exporter, eraser: Eraser) -> None:
    _registry[key] = Registration(key=key, exporter=exporter, eraser=eraser)


def registered_keys() -> list[str]:
    return sorted(_registry)


def export_everything(user: Any) -> dict[str, Any]:
    return {
        "export_created_at": timezone.now().isoformat(),
        "data": {key: _registry[key].exporter(user) for key in registered_keys()},
    }


def erase_everything(user: Any) -> None:
    for key in registered_keys():
        _registry[key].eraser(user)
