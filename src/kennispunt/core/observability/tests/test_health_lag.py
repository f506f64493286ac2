from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from kennispunt.core.tasks import publish_scheduled_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_tasks(settings):
    """The real database backend, as production runs it (tests otherwise run tasks at once)."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    settings.HEALTH_MAX_WORKER_LAG_SECONDS = 300


def enqueue_waiting_for(seconds: int, **options) -> DBTaskResult:
    task = publish_scheduled_pages.using(**options) if options else publish_scheduled_pages
    result = task.enqueue()
    row = DBTaskResult.objects.get(pk=result.id)
    row.enqueued_at = timezone.now() - timedelta(seconds=seconds)
    row.save(update_fields=["enqueued_at"])
    return row


def test_health_reports_queue_depth_and_lag(client, database_tasks) -> None:
    enqueue_waiting_for(20)
    enqueue_waiting_for(5)
    response = client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["tasks"] == "ok"
    assert body["queue_depth"] == 2
    assert 20 <= body["worker_lag_seconds"] < 30


def test_health_is_degraded_not_down_when_workers_fall_behind(client, database_tasks) -> None:
    enqueue_waiting_for(400)
    response = client.get("/health")
    assert response.status_code == 200  # load balancers keep the web processes in rotation
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"] == {"database": "ok", "tasks": "lagging"}
    assert body["worker_lag_seconds"] >= 400


def test_finished_and_future_tasks_are_not_lag(client, database_tasks) -> None:
    done = enqueue_waiting_for(4000)
    DBTaskResult.objects.filter(pk=done.pk).update(status="SUCCESSFUL")
    enqueue_waiting_for(4000, run_after=timezone.now() + timedelta(hours=1))
    body = client.get("/health").json()
    assert (body["status"], body["queue_depth"], body["worker_lag_seconds"]) == ("ok", 0, 0)


def test_lag_of_a_scheduled_task_counts_from_its_run_after(client, database_tasks) -> None:
    """Enqueued an hour ago to run 10 s ago: it has waited 10 s for a worker, not an hour."""
    enqueue_waiting_for(3600, run_after=timezone.now() - timedelta(seconds=10))
    body = client.get("/health").json()
    assert body["queue_depth"] == 1
    assert 10 <= body["worker_lag_seconds"] < 20
