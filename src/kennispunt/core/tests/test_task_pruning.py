"""Finished task results (which hold e-mail recipients and texts) are pruned by a daily job."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from kennispunt.core import periodic
from kennispunt.core.tasks import prune_task_results, send_email

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def _result(status: str, days_ago: int) -> str:
    result = send_email.enqueue({"to": ["a@example.org"]})
    DBTaskResult.objects.filter(pk=result.id).update(
        status=status, finished_at=timezone.now() - timedelta(days=days_ago)
    )
    return result.id


@pytest.mark.django_db
@override_settings(
    TASKS=DATABASE_TASKS, TASK_RESULT_RETENTION_DAYS=7, TASK_RESULT_FAILED_RETENTION_DAYS=30
)
def test_old_results_are_deleted_and_recent_or_failed_ones_kept() -> None:
    old_success = _result("SUCCESSFUL", 8)
    recent_success = _result("SUCCESSFUL", 2)
    failed_kept = _result("FAILED", 10)
    failed_old = _result("FAILED", 31)
    waiting = send_email.enqueue({"to": ["b@example.org"]}).id

    prune_task_results.call()

    left = set(DBTaskResult.objects.values_list("id", flat=True))
    assert {str(pk) for pk in left} == {recent_success, failed_kept, waiting}
    assert old_success not in left and failed_old not in left


def test_pruning_is_a_daily_job() -> None:
    jobs = {job.name: job for job in periodic.registered_jobs()}
    assert jobs["tasks.prune_results"].every == timedelta(days=1)
