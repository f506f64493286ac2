import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.core.mail import send_mail
from django_tasks_db.models import DBTaskResult
from prometheus_client.parser import text_string_to_metric_families

from kennispunt.core.models import ScheduledJob
from kennispunt.core.observability import metrics
from kennispunt.core.tasks import publish_scheduled_pages

pytestmark = pytest.mark.django_db
REPO = Path(__file__).resolve().parents[5]
TOKEN = "scrape-token-for-tests"
AUTH = {"HTTP_AUTHORIZATION": f"Bearer {TOKEN}"}
COUNTING = "kennispunt.core.observability.mail.CountingEmailBackend"
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture
def metrics_on(settings):
    settings.METRICS_TOKEN = TOKEN


def scrape(client) -> dict[str, dict[frozenset, float]]:
    """Sample name -> {labels: value}, parsed by prometheus_client's own parser."""
    response = client.get("/metrics", **AUTH)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    samples: dict[str, dict[frozenset, float]] = {}
    for family in text_string_to_metric_families(response.content.decode()):
        for sample in family.samples:
            samples.setdefault(sample.name, {})[frozenset(sample.labels.items())] = sample.value
    return samples


def value(samples, name: str, **labels: str) -> float:
    return samples.get(name, {}).get(frozenset(labels.items()), 0.0)


def test_metrics_is_404_without_a_configured_token(client, settings) -> None:
    settings.METRICS_TOKEN = ""
    assert client.get("/metrics", **AUTH).status_code == 404


def test_metrics_needs_the_bearer_token(client, metrics_on) -> None:
    assert client.get("/metrics").status_code == 401
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer wrong").status_code == 401
    assert client.get("/metrics", HTTP_AUTHORIZATION=TOKEN).status_code == 401
    assert client.get("/metrics", **AUTH).status_code == 200


def test_request_latency_by_view_not_by_path(client, metrics_on) -> None:
    before = scrape(client)
    client.get("/health")
    client.post("/health")  # 405
    client.get("/trainingen/training/bestaat-niet/")
    after = scrape(client)
    name = "kennispunt_http_request_duration_seconds_count"
    labels = {"view": "health", "method": "GET", "status": "2xx"}
    assert value(after, name, **labels) == value(before, name, **labels) + 1
    labels = {"view": "health", "method": "POST", "status": "4xx"}
    assert value(after, name, **labels) == value(before, name, **labels) + 1
    views = {dict(labels)["view"] for labels in after[name]}
    assert not any("/" in view for view in views)  # no raw paths as label values
    assert "kennispunt_http_request_duration_seconds_bucket" in after


def test_gauges_registered_by_apps_are_read_at_scrape_time(
    client, metrics_on, monkeypatch, settings
) -> None:
    """Apps register their gauges (forum, helpdesk and trainings test their own); core reads
    whatever is registered, counting rows or rows per status."""
    monkeypatch.setattr(metrics, "_gauges", {})
    metrics.register_gauge("kennispunt_test_jobs", "Scheduled jobs.", model=ScheduledJob)
    metrics.register_gauge(
        "kennispunt_test_results", "Task results.", model=DBTaskResult, per_status=True
    )
    ScheduledJob.objects.create(name="een")
    ScheduledJob.objects.create(name="twee")
    settings.TASKS = DATABASE_TASKS
    publish_scheduled_pages.enqueue()
    samples = scrape(client)
    assert value(samples, "kennispunt_test_jobs") == 2
    assert value(samples, "kennispunt_test_results", status="READY") == 1
    assert "kennispunt_tasks_ready" in samples  # core's own gauges stay


def test_task_queue_gauges_count_database_tasks(client, metrics_on, settings) -> None:
    settings.TASKS = DATABASE_TASKS
    publish_scheduled_pages.enqueue()
    publish_scheduled_pages.enqueue()
    samples = scrape(client)
    assert value(samples, "kennispunt_tasks", status="READY") == 2
    assert value(samples, "kennispunt_tasks_ready") == 2
    assert "kennispunt_tasks_oldest_ready_age_seconds" in samples


def test_sent_mail_is_counted(client, metrics_on, settings) -> None:
    settings.EMAIL_BACKEND = COUNTING
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    before = value(scrape(client), "kennispunt_emails_sent_total")
    send_mail("Onderwerp", "Tekst", "noreply@example.org", ["piet@example.org"])
    assert len(mail.outbox) == 1  # the real backend still delivered it
    assert value(scrape(client), "kennispunt_emails_sent_total") == before + 1


def test_failed_mail_is_counted_and_raised(client, metrics_on, settings) -> None:
    with socket.socket() as probe:  # a port nobody listens on: the connection is refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = COUNTING
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2
    before = scrape(client)
    with pytest.raises(OSError):
        send_mail("Onderwerp", "Tekst", "noreply@example.org", ["piet@example.org"])
    after = scrape(client)
    assert (
        value(after, "kennispunt_emails_failed_total")
        == value(before, "kennispunt_emails_failed_total") + 1
    )
    assert value(after, "kennispunt_emails_sent_total") == value(
        before, "kennispunt_emails_sent_total"
    )


def test_mail_counted_in_a_worker_process_shows_in_the_web_process(
    client, metrics_on, settings, tmp_path
) -> None:
    """Two processes sharing PROMETHEUS_MULTIPROC_DIR, as web and db_worker do in production."""
    shared = tmp_path / "metrics"
    shared.mkdir()
    script = (
        "import django; django.setup(); from django.core.mail import send_mail; "
        "[send_mail('Onderwerp', 'Tekst', 'noreply@example.org', ['piet@example.org'])"
        " for _ in range(3)]"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kennispunt.settings",  # EMAIL_BACKEND: the counting one
        "EMAIL_URL": "consolemail://",
        "PROMETHEUS_MULTIPROC_DIR": str(shared),
        "KENNISPUNT_VAR_DIR": str(tmp_path / "var"),
        "DATABASE_URL": "",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(REPO / "src"),
    }
    subprocess.run([sys.executable, "-c", script], env=env, check=True, capture_output=True)  # noqa: S603
    assert list(shared.glob("counter_*.db"))  # the worker's own file, named by its pid

    settings.PROMETHEUS_MULTIPROC_DIR = shared
    samples = scrape(client)
    assert value(samples, "kennispunt_emails_sent_total") == 3
    assert value(samples, "kennispunt_emails_failed_total") == 0
