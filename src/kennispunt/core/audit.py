"""The one audit-log helper every app uses for changes (and reads) that must be accounted for."""

from collections.abc import Iterable
from typing import Any

from django.db import models

from .models import AuditLogEntry


def _object_type(obj: models.Model) -> str:
    return obj._meta.label_lower


def log_action(
    obj: models.Model, action: str, user: Any = None, data: dict[str, Any] | None = None
) -> AuditLogEntry:
    """Record that ``user`` did ``action`` to ``obj``. Keep personal data out of ``data``."""
    actor = user if user is not None and getattr(user, "is_authenticated", False) else None
    return AuditLogEntry.objects.create(
        actor=actor,
        action=action,
        object_type=_object_type(obj),
        object_id=str(obj.pk),
        data=data or {},
    )


def log_actions(objs: Iterable[models.Model], action: str, user: Any = None) -> None:
    """Record the same action on many objects in one query (e.g. a list that was viewed)."""
    actor = user if user is not None and getattr(user, "is_authenticated", False) else None
    AuditLogEntry.objects.bulk_create(
        [
            AuditLogEntry(
                actor=actor, action=action, object_type=_object_type(o), object_id=str(o.pk)
            )
            for o in objs
        ]
    )


def entries_for(obj: models.Model) -> models.QuerySet[AuditLogEntry]:
    return AuditLogEntry.objects.filter(
        object_type=_object_type(obj), object_id=str(obj.pk)
    ).select_related("actor")
