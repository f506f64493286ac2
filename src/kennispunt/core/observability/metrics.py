"""Prometheus metrics.

Counters and histograms live in the process that counts (a gunicorn worker, a db_worker).
In multi-process mode (PROMETHEUS_MULTIPROC_DIR, set by the settings) prometheus_client keeps
them in files there, and /metrics adds up the files of every process on the machine.
Numbers that are facts in the database (queue depth, sign-ups) are read at scrape time instead.
Apps declare their own such numbers with ``register_gauge`` from ``AppConfig.ready``; core names
no app.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.db.models import Count, Model
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector

REQUEST_DURATION = Histogram(
    "kennispunt_http_request_duration_seconds",
    "Time from the first middleware to the response, by view (URL name), method and status class.",
    ["view", "method", "status"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
EMAILS_SENT = Counter("kennispunt_emails_sent", "E-mails the mail backend accepted.")
EMAILS_FAILED = Counter(
    "kennispunt_emails_failed", "E-mails whose sending raised an error (retried or lost)."
)

# Any other method becomes "other": the label must not take values an attacker chooses.
KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def observe_request(*, view: str, method: str, status: int, seconds: float) -> None:
    REQUEST_DURATION.labels(
        view=view,
        method=method if method in KNOWN_METHODS else "other",
        status=f"{status // 100}xx",
    ).observe(seconds)


def by_status(name: str, documentation: str, model: type[Model]) -> GaugeMetricFamily:
    """One gauge per value of the model's status field: a single GROUP BY query."""
    family = GaugeMetricFamily(name, documentation, labels=["status"])
    rows = model._default_manager.order_by().values("status").annotate(n=Count("pk"))
    for row in rows:
        family.add_metric([str(row["status"])], row["n"])
    return family


@dataclass(frozen=True)
class DatabaseGauge:
    name: str
    documentation: str
    model: type[Model]
    per_status: bool

    def collect(self) -> GaugeMetricFamily:
        if self.per_status:
            return by_status(self.name, self.documentation, self.model)
        count = self.model._default_manager.count()
        return GaugeMetricFamily(self.name, self.documentation, value=count)


_gauges: dict[str, DatabaseGauge] = {}


def register_gauge(
    name: str, documentation: str, *, model: type[Model], per_status: bool = False
) -> None:
    """A count of ``model``'s rows, one per value of its ``status`` field with ``per_status``."""
    _gauges[name] = DatabaseGauge(
        name=name, documentation=documentation, model=model, per_status=per_status
    )


def registered_gauges() -> list[DatabaseGauge]:
    return [_gauges[name] for name in sorted(_gauges)]


class DatabaseCollector(Collector):
    """Gauges computed from the database at scrape time, so they hold across processes."""

    def collect(self) -> Iterable[Metric]:
        from django_tasks_db.models import DBTaskResult

        from kennispunt.core.health import ready_task_queue

        # Finished results stay in the table until pruned (prune_db_task_results).
        yield by_status(
            "kennispunt_tasks",
            "Task results in the database task backend, by status.",
            DBTaskResult,
        )
        queue = ready_task_queue()
        yield GaugeMetricFamily(
            "kennispunt_tasks_ready",
            "Tasks due to run now (the queue a worker takes from).",
            value=queue.depth,
        )
        yield GaugeMetricFamily(
            "kennispunt_tasks_oldest_ready_age_seconds",
            "How long the oldest due task has been waiting for a worker (0: none waiting).",
            value=queue.lag_seconds,
        )
        for gauge in registered_gauges():
            yield gauge.collect()


def render_metrics(multiprocess_dir: Path) -> bytes:
    """The Prometheus text exposition of every process's counters plus the database gauges."""
    registry = CollectorRegistry()
    MultiProcessCollector(registry, path=str(multiprocess_dir))
    registry.register(DatabaseCollector())
    return generate_latest(registry)
