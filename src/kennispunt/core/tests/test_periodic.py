"""Periodic jobs fire when due, and never twice for one run, even with two schedulers."""

from datetime import timedelta

import pytest
from django.utils import timezone

from kennispunt.core import periodic
from kennispunt.core.models import ScheduledJob

pytestmark = pytest.mark.django_db


@pytest.fixture
def job(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    fired: list[str] = []
    monkeypatch.setattr(periodic, "_jobs", {})
    periodic.register("test.job", every=timedelta(hours=1), enqueue=lambda: fired.append("run"))
    return fired


def test_job_fires_when_due_and_not_before(
    job: list[str], django_capture_on_commit_callbacks
) -> None:
    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        assert periodic.run_due_jobs(now) == ["test.job"]
        assert periodic.run_due_jobs(now + timedelta(minutes=59)) == []
        assert periodic.run_due_jobs(now + timedelta(minutes=61)) == ["test.job"]
    assert job == ["run", "run"]


def test_a_second_scheduler_with_a_stale_view_does_not_fire_again(job: list[str]) -> None:
    now = timezone.now()
    periodic.run_due_jobs(now - timedelta(hours=2))
    stale = ScheduledJob.objects.get(name="test.job")  # what scheduler B read
    assert periodic.run_due_jobs(now) == ["test.job"]  # scheduler A fires
    # B now tries its compare-and-swap with the value it read before A's update: it loses.
    won = ScheduledJob.objects.filter(pk=stale.pk, last_run_at=stale.last_run_at).update(
        last_run_at=now
    )
    assert won == 0


def test_apps_register_their_jobs() -> None:
    names = {job.name for job in periodic.registered_jobs()}
    assert {"wagtail.publish_scheduled", "knowledge.review_reminders"} <= names
    assert "knowledge.wegwijzer_links" in names


def test_scheduler_command_runs_once(job: list[str]) -> None:
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("run_scheduler", "--once", stdout=out)
    assert "queued test.job" in out.getvalue()


@pytest.mark.django_db(transaction=True)
def test_two_schedulers_at_the_same_moment_fire_once(
    job: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two schedulers read the due job at the same time; only one wins the compare-and-swap.

    Needs row locks: on SQLite a write transaction holds the whole database, so two schedulers
    cannot even read the job at the same moment there.
    """
    import threading

    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("two transactions reading at once need PostgreSQL")
    ScheduledJob.objects.create(name="test.job", last_run_at=timezone.now() - timedelta(hours=2))
    both_have_read = threading.Barrier(2, timeout=10)
    read = ScheduledJob.objects.get_or_create

    def read_then_wait(*args: object, **kwargs: object) -> object:
        result = read(*args, **kwargs)  # type: ignore[arg-type]
        both_have_read.wait()
        return result

    monkeypatch.setattr(ScheduledJob.objects, "get_or_create", read_then_wait)
    fired: list[list[str]] = []

    def scheduler() -> None:
        try:
            fired.append(periodic.run_due_jobs())
        finally:
            connections.close_all()

    threads = [threading.Thread(target=scheduler) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert sorted(fired) == [[], ["test.job"]]
    assert job == ["run"]
