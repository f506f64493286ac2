"""Periodic jobs: apps register what should run how often; `manage.py run_scheduler` fires them.

A job is claimed with one conditional UPDATE (compare-and-swap on ``last_run_at``), so two
schedulers running at once (two machines, a restart overlap) never fire the same run twice,
on SQLite and PostgreSQL alike. The job itself is a task: the scheduler only enqueues it.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from .models import ScheduledJob


@dataclass(frozen=True)
class Job:
    name: str
    every: timedelta
    enqueue: Callable[[], object]


_jobs: dict[str, Job] = {}


def register(name: str, *, every: timedelta, enqueue: Callable[[], object]) -> None:
    _jobs[name] = Job(name=name, every=every, enqueue=enqueue)


def registered_jobs() -> list[Job]:
    return [_jobs[name] for name in sorted(_jobs)]


def _claim(job: Job, now: datetime) -> bool:
    """True when this process won the right to run ``job`` now."""
    state, created = ScheduledJob.objects.get_or_create(name=job.name)
    if not created and state.last_run_at is not None and state.last_run_at + job.every > now:
        return False
    won = ScheduledJob.objects.filter(pk=state.pk, last_run_at=state.last_run_at).update(
        last_run_at=now
    )
    return won == 1


def run_due_jobs(now: datetime | None = None) -> list[str]:
    """Enqueue every job that is due; returns the names that were fired by this call."""
    now = now or timezone.now()
    fired = []
    for job in registered_jobs():
        with transaction.atomic():
            if not _claim(job, now):
                continue
            transaction.on_commit(job.enqueue)
        fired.append(job.name)
    return fired
