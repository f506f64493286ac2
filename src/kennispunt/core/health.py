"""Checks behind /health. Each returns "ok" or a short error class name (no details leak)."""

import logging

from django.db import DatabaseError
from django.db.backends.base.base import BaseDatabaseWrapper
from django_tasks import task_backends

logger = logging.getLogger(__name__)


def check_database(connection: BaseDatabaseWrapper) -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        logger.warning("Health check: database unreachable (%s)", type(exc).__name__)
        return type(exc).__name__
    return "ok"


def check_tasks() -> str:
    """The task backend is configured and, for the database backend, its table answers."""
    try:
        backend = task_backends["default"]
        if backend.__class__.__module__.startswith("django_tasks_db"):
            from django_tasks_db.models import DBTaskResult

            DBTaskResult.objects.exists()
    except Exception as exc:  # any failure here means "not reachable" to an operator
        logger.warning("Health check: task backend unreachable (%s)", type(exc).__name__)
        return type(exc).__name__
    return "ok"
