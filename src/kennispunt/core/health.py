"""Checks behind /health. Each returns "ok" or a short error class name (no details leak)."""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import Case, Count, F, Min, When
from django.db.models.functions import Greatest
from django.utils import timezone
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


@dataclass(frozen=True)
class ReadyQueue:
    depth: int
    lag_seconds: int


def ready_task_queue() -> ReadyQueue:
    """Tasks due now in the database backend, and how long the oldest has waited for a worker.

    One query, answered from django_tasks_db's index on (status, priority, run_after,
    enqueued_at) - partial, READY rows only, on PostgreSQL - so it costs the queue's length,
    not the table's. A task is due from enqueued_at, or from run_after when it was scheduled
    for later: waiting for the scheduled time is not worker lag.
    """
    from django_tasks_db.models import DBTaskResult, get_date_max

    due_since = Case(
        When(run_after=get_date_max(), then=F("enqueued_at")),
        default=Greatest("enqueued_at", "run_after"),
    )
    row = DBTaskResult.objects.ready().aggregate(depth=Count("pk"), oldest=Min(due_since))
    oldest = row["oldest"]
    lag = max(0, int((timezone.now() - oldest).total_seconds())) if oldest else 0
    return ReadyQueue(depth=row["depth"], lag_seconds=lag)


@dataclass(frozen=True)
class TasksHealth:
    status: str  # "ok", "lagging", or the class name of the error
    queue_depth: int | None = None  # None: the backend has no queue (immediate, tests)
    worker_lag_seconds: int | None = None


def uses_database_backend() -> bool:
    return task_backends["default"].__class__.__module__.startswith("django_tasks_db")


def check_tasks() -> TasksHealth:
    """The task backend is configured and, for the database backend, workers keep up."""
    try:
        if not uses_database_backend():
            return TasksHealth("ok")
        queue = ready_task_queue()
    except Exception as exc:  # any failure here means "not reachable" to an operator
        logger.warning("Health check: task backend unreachable (%s)", type(exc).__name__)
        return TasksHealth(type(exc).__name__)
    lagging = queue.lag_seconds > settings.HEALTH_MAX_WORKER_LAG_SECONDS
    if lagging:
        logger.warning("Health check: oldest due task waits %s s", queue.lag_seconds)
    return TasksHealth("lagging" if lagging else "ok", queue.depth, queue.lag_seconds)
