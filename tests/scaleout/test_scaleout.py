"""Scale-out: two web processes, two task workers and two schedulers on one PostgreSQL and Redis.

The stack runs with the production settings (HTTPS behind a proxy, Redis cache, SMTP mail to a
real SMTP sink). A flow touches every kind of background job: a training sign-up's
confirmation, a forum notification, two newsletter mailings in batches, a helpdesk e-mail
received through the webhook, and the periodic jobs. The test checks that every job ran exactly
once, that both workers sent newsletter batches, that every page answers the same from
either web process with one session, that the anonymous page cache is shared (and made stale)
across processes, that the workers' mail counts reach /metrics of both web processes, and
that no long-running process died on the way. gunicorn runs with deploy/gunicorn.conf.py.

Needs DATABASE_URL pointing at PostgreSQL (a fresh database is created next to it and dropped
afterwards) and Redis at SCALEOUT_REDIS_URL (default redis://127.0.0.1:6379/5).
"""

import itertools
import json
import os
import re
import secrets
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "browser"))

from mailsink import SmtpHandler, SmtpSink
from stack import MANAGE, Browser, Stack, admin_execute, free_port, query, wait_until

from kennispunt_testing.requirements import require
from kennispunt_testing.world import TEST_PASSWORD

DATABASE_URL = os.environ.get("DATABASE_URL", "")
REDIS_URL = os.environ.get("SCALEOUT_REDIS_URL", "redis://127.0.0.1:6379/5")
INBOUND_SECRET = secrets.token_urlsafe(24)
METRICS_TOKEN = secrets.token_urlsafe(24)
# The same site under a second host name: the page cache keys on the host, so a page asked for
# under it is rendered afresh even when the other host's copy is cached.
OTHER_HOST = "localhost"
LONG_RUNNING = ("web-a", "web-b", "worker-1", "worker-2", "scheduler-1", "scheduler-2")
BATCH_SIZE = 20
HELPDESK_MAIL = Path(__file__).resolve().parents[2] / (
    "src/kennispunt/helpdesk/tests/mail/plain.eml"
)


def _redis_reachable() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


pytestmark = [
    pytest.mark.scaleout,
    pytest.mark.skipif(
        not DATABASE_URL.startswith(("postgres://", "postgresql://")),
        reason="scale-out test needs DATABASE_URL pointing at PostgreSQL",
    ),
]


@pytest.fixture(scope="module", autouse=True)
def _redis_is_there() -> None:
    # Skipped without Redis on a developer's machine, failed on CI
    # (see kennispunt_testing.requirements).
    require(_redis_reachable(), f"scale-out test needs Redis at {REDIS_URL}")


# --- The stack --------------------------------------------------------------------------------


class Running:
    def __init__(self, stack: Stack, sink: SmtpSink, database_url: str, seed: dict[str, Any]):
        self.stack = stack
        self.sink = sink
        self.database_url = database_url
        self.seed = seed
        self.web: list[str] = []
        self.started_at = time.monotonic()
        self.failed = False

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return query(self.database_url, sql, params)


@pytest.fixture(scope="module")
def sink() -> Iterator[SmtpSink]:
    from aiosmtpd.controller import Controller

    sink = SmtpSink()
    sink.port = free_port()
    controller = Controller(SmtpHandler(sink), hostname=sink.host, port=sink.port)
    controller.start()
    try:
        yield sink
    finally:
        controller.stop()


@pytest.fixture(scope="module")
def running(sink: SmtpSink, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    import redis

    name = f"kennispunt_scaleout_{secrets.token_hex(4)}"
    database_url = f"{DATABASE_URL.rsplit('/', 1)[0]}/{name}"
    var_dir = tmp_path_factory.mktemp("scaleout")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kennispunt.settings.production",
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": f"127.0.0.1,{OTHER_HOST}",
        "SITE_URL": "https://127.0.0.1",
        "KENNISPUNT_VAR_DIR": str(var_dir),
        # One machine: web processes and workers share the metrics files, as in production.
        "PROMETHEUS_MULTIPROC_DIR": str(var_dir / "metrics"),
        "METRICS_TOKEN": METRICS_TOKEN,
        "WEB_CONCURRENCY": "2",
        "EMAIL_URL": f"smtp://{sink.host}:{sink.port}",
        "HELPDESK_INBOUND_SECRET": INBOUND_SECRET,
        "NEWSLETTER_BATCH_SIZE": str(BATCH_SIZE),
        # Slow enough that one mailing keeps a worker busy for seconds: the other worker must
        # take the second mailing meanwhile.
        "NEWSLETTER_RATE_PER_SECOND": "60",
        # This folder (seed.py) and the test harness (kennispunt_testing), which the seed uses.
        "PYTHONPATH": os.pathsep.join(
            [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]
        ),
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("TASKS_BACKEND", None)
    stack = Stack(env=env, log_dir=var_dir)
    redis.Redis.from_url(REDIS_URL).flushdb()  # rate limits of an earlier run (our db only)
    admin_execute(DATABASE_URL, f'CREATE DATABASE "{name}"')
    running: Running | None = None
    try:
        # Static files (hashed names, as in production) and the schema at the same time.
        static = stack.start("collectstatic", [*MANAGE, "collectstatic", "--noinput", "-v0"])
        stack.run("migrate", [*MANAGE, "migrate", "--noinput", "-v0"], timeout=180)
        stack.mark("migrated")
        assert static.popen.wait(timeout=180) == 0, static.output()
        stack.mark("static files collected")
        # Web processes and workers start while the seed is made. The schedulers start in the
        # test, after the anonymous pages are checked: until then nothing changes the data.
        web = [_start_web(stack, label) for label in ("a", "b")]
        for n in (1, 2):
            stack.start(
                f"worker-{n}",
                [*MANAGE, "db_worker", "--queue-name", "*", "--worker-id", f"worker-{n}"],
            )
        out = stack.run("seed", [*MANAGE, "shell", "-c", "import seed; seed.run()"])
        seed = json.loads(next(line for line in out.splitlines() if line.startswith("{")))
        stack.mark("seeded")
        running = Running(stack, sink, database_url, seed)
        running.web = web
        for base in web:
            wait_until(lambda b=base: _answers(b), timeout=90, what=f"{base} to answer")
        stack.mark("web processes answer")
        yield running
    finally:
        stack.stop_all()
        if running is None or running.failed:
            print(stack.logs())
        else:
            print("\n".join(stack.timeline))  # shown with -rP
        admin_execute(DATABASE_URL, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _start_web(stack: Stack, label: str) -> str:
    """gunicorn with the deployed configuration, on a port of its own; its base URL."""
    port = free_port()
    stack.start(
        f"web-{label}",
        [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"],
        extra_env={"GUNICORN_BIND": f"127.0.0.1:{port}"},
    )
    return f"http://127.0.0.1:{port}"


def _answers(base: str) -> bool:
    import requests

    try:
        return Browser().get(base, "/health", timeout=5).status_code == 200
    except requests.RequestException:
        return False


@pytest.fixture
def show_logs_on_failure(running: Running, request: pytest.FixtureRequest) -> Iterator[None]:
    """The processes' logs are printed when they have stopped (module teardown) on failure."""
    yield
    report = getattr(request.node, "rep_call", None)
    running.failed = report is None or report.failed


# --- The flow ---------------------------------------------------------------------------------


def _task_rows(running: Running) -> list[tuple[Any, ...]]:
    """(task_path, status, worker_ids, enqueued_at) of every task, oldest first."""
    return running.query(
        "SELECT task_path, status, worker_ids, enqueued_at"
        " FROM django_tasks_database_dbtaskresult ORDER BY enqueued_at"
    )


def _all_done(running: Running, expected_mails: int) -> bool:
    open_tasks = running.query(
        "SELECT count(*) FROM django_tasks_database_dbtaskresult"
        " WHERE status IN ('READY', 'RUNNING')"
    )[0][0]
    unsent = "SELECT count(*) FROM newsletter_mailing WHERE status <> 'done'"
    open_mailings = running.query(unsent)[0][0]
    return open_tasks == 0 and open_mailings == 0 and len(running.sink.messages) >= expected_mails


_MAIN = re.compile(r"<main\b.*?</main>", re.DOTALL)
_CSRF_VALUE = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*"')


def _page_content(response: Any) -> str:
    """The page's <main> (the whole body when it has none), without the per-visitor CSRF token
    and with the second host name written as the first."""
    found = _MAIN.search(response.text)
    content = found.group() if found else response.text
    return _CSRF_VALUE.sub(r'\1"', content).replace(f"//{OTHER_HOST}", "//127.0.0.1")


def _metric(exposition: str, name: str) -> float:
    """The sum of a metric's samples in Prometheus' text format."""
    samples = re.findall(rf"^{re.escape(name)}(?:{{[^}}]*}})? (\S+)$", exposition, re.MULTILINE)
    assert samples, f"{name} not in /metrics"
    return sum(float(value) for value in samples)


def _assert_alive(running: Running, names: tuple[str, ...]) -> None:
    dead = [name for name in names if not running.stack.process(name).alive()]
    assert not dead, f"stopped early: {dead}"


def test_two_of_everything_do_each_job_once(running: Running, show_logs_on_failure: None) -> None:
    web_a, web_b = running.web
    seed = running.seed
    session_pk, topic_pk = seed["session"], seed["topic"]

    # Anonymous pages: each process renders each page itself (asked under the second host name,
    # which has cache entries of its own) and both renders agree. Under one host name, as
    # behind the proxy, a page one process rendered is a cache hit on the other.
    anonymous = Browser(host="127.0.0.1")
    session_path = f"/trainingen/sessie/{session_pk}/"
    cached_paths = {"/", "/kennis/", "/trainingen/", session_path, "/nieuwsbrieven/"}
    public_paths = [
        "/",
        "/kennis/",
        "/trainingen/",
        f"/trainingen/sessie/{session_pk}/",
        "/nieuwsbrieven/",
        "/nieuwsbrief/",
        "/helpdesk/",
        "/zoeken/?q=vrijwilligers",
        "/health",
    ]
    for path in public_paths:
        first = anonymous.get(web_a, path)
        own = anonymous.get(web_b, path, headers={"Host": OTHER_HOST})
        shared = anonymous.get(web_b, path)
        expected = ("miss", "miss", "hit") if path in cached_paths else (None, None, None)
        answers = {"A": first, f"B as {OTHER_HOST}": own, "B": shared}
        for (where, response), cache_status in zip(answers.items(), expected, strict=True):
            assert response.status_code == 200, f"GET {path} on {where}: {response.status_code}"
            assert response.headers.get("X-Cache") == cache_status, (path, where)
            assert _page_content(response) == _page_content(first), f"{path}: {where} differs"
    assert "0 van 10 plaatsen bezet" in anonymous.get(web_b, session_path).text

    # Both mailings are due: the schedulers' first dispatch queues them together, while both
    # workers are running.
    for n in (1, 2):
        running.stack.start(f"scheduler-{n}", [*MANAGE, "run_scheduler", "--interval", "1"])
    running.started_at = time.monotonic()

    # Member A signs in on A; the session (in the database) works on B too.
    member_a = Browser()
    member_a.login(web_a, seed["member_a"], TEST_PASSWORD)
    member_paths = [
        "/account/profiel/",
        "/forum/",
        f"/forum/onderwerp/{topic_pk}/",
        "/trainingen/mijn-aanmeldingen/",
        "/forum/meldingen/",
    ]
    for path in member_paths:
        for base in (web_a, web_b):
            response = member_a.get(base, path)
            assert response.status_code == 200, f"GET {path} on {base}: {response.status_code}"
            assert "/account/logout/" in response.text, f"{path} on {base}: not signed in"

    # Training sign-up: form from B, posted to A.
    signup = member_a.post_form(
        web_a,
        f"/trainingen/sessie/{session_pk}/aanmelden/",
        {"name": "Anna de Vries", "email": seed["member_a"], "role": "raadslid"},
        form_base=web_b,
    )
    assert signup.status_code == 302, signup.text[:2000]
    assert re.search(r"/trainingen/aanmelding/\d+/$", signup.headers["Location"])

    # The sign-up on A made every cached page stale, for B too: B renders the session anew.
    fresh = anonymous.get(web_b, session_path)
    assert fresh.headers.get("X-Cache") == "miss"
    assert "1 van 10 plaatsen bezet" in fresh.text, _page_content(fresh)

    # Forum: member B (signed in on B) replies; A follows the topic as its author.
    member_b = Browser()
    member_b.login(web_b, seed["member_b"], TEST_PASSWORD)
    reply = member_b.post_form(
        web_b, f"/forum/onderwerp/{topic_pk}/", {"body": "Via de dorpskrant werkte goed."}
    )
    assert reply.status_code == 302, reply.text[:2000]

    # Helpdesk: the mail provider posts an incoming e-mail to process A.
    inbound = anonymous.request(
        "POST",
        web_a,
        "/helpdesk/inkomend/",
        data=HELPDESK_MAIL.read_bytes(),
        headers={"Authorization": f"Bearer {INBOUND_SECRET}", "Content-Type": "message/rfc822"},
    )
    assert inbound.status_code == 200, inbound.text[:2000]
    assert inbound.json()["outcome"] == "ticket_created"

    mailings = seed["mailings"]
    newsletter_mails = seed["subscribers"] * len(mailings)
    expected_mails = newsletter_mails + 3
    running.stack.mark("flow posted")
    wait_until(
        lambda: _all_done(running, expected_mails),
        timeout=90,
        what=f"the queue to empty and {expected_mails} e-mails to arrive",
    )

    # The periodic jobs: stop the schedulers first, so nothing new is queued while we look.
    # Up to here every long-running process must have lived; each scheduler has run its loop.
    _assert_alive(running, LONG_RUNNING)
    from kennispunt.core.periodic import registered_jobs

    for name in ("scheduler-1", "scheduler-2"):
        started = running.stack.process(name).output().splitlines()[:1]
        assert started and all(job.name in started[0] for job in registered_jobs()), started
        running.stack.process(name).stop()
    wait_until(
        lambda: _all_done(running, expected_mails), timeout=30, what="the last periodic jobs"
    )
    running.stack.mark("all jobs done")
    elapsed = time.monotonic() - running.started_at

    # --- Every job exactly once -------------------------------------------------------------
    rows = _task_rows(running)
    statuses = Counter(status for _path, status, _w, _e in rows)
    assert set(statuses) == {"SUCCESSFUL"}, f"Task statuses: {statuses}"
    per_task = Counter(path for path, *_ in rows)
    # Rendered in the request, delivered by the worker: the sign-up confirmation, the forum
    # notification and the helpdesk acknowledgement.
    assert per_task["kennispunt.core.tasks.send_email"] == 3

    messages = running.sink.messages
    assert len(messages) == expected_mails, Counter(str(m["Subject"]) for m in messages)
    message_ids = Counter(str(m["Message-ID"]) for m in messages)
    assert all(count == 1 for count in message_ids.values()), "a Message-ID was sent twice"
    received = Counter(
        (rcpt.lower(), str(m["Subject"]))
        for m, (_from, rcpts) in zip(messages, running.sink.envelopes, strict=True)
        for rcpt in rcpts
    )
    assert all(count == 1 for count in received.values()), [
        key for key, count in received.items() if count > 1
    ]
    to_a = sorted(subject for (rcpt, subject) in received if rcpt == seed["member_a"])
    assert to_a == [
        "Aangemeld: Campagne voeren met weinig geld",
        'Nieuwe reactie in "Hoe vinden jullie vrijwilligers?"',
    ], to_a
    to_asker = [subject for (rcpt, subject) in received if rcpt == "piet@example.org"]
    assert len(to_asker) == 1
    assert "We hebben uw vraag ontvangen: Hoe schrijven we ons in" in to_asker[0]
    for mailing in mailings:
        readers = {rcpt for (rcpt, subject) in received if subject == mailing["subject"]}
        assert len(readers) == seed["subscribers"], (mailing["subject"], len(readers))
    deliveries = running.query(
        "SELECT status, count(*) FROM newsletter_delivery GROUP BY status ORDER BY status"
    )
    assert deliveries == [("sent", newsletter_mails)], deliveries

    # --- Both workers took part -------------------------------------------------------------
    senders = {
        worker
        for path, _s, worker_ids, _e in rows
        if path == "kennispunt.mailings.tasks.send_mailing"
        for worker in worker_ids
    }
    assert senders == {"worker-1", "worker-2"}, f"newsletter sent by {senders}"
    assert all(len(worker_ids) == 1 for _p, _s, worker_ids, _e in rows), "a task ran twice"

    # --- Periodic jobs: fired, and never twice within their period -------------------------
    scheduler_logs = "\n".join(
        p.output() for p in running.stack.processes if p.name.startswith("scheduler-")
    )
    enqueued: dict[str, list[Any]] = {}
    for path, _s, _w, enqueued_at in rows:
        enqueued.setdefault(path, []).append(enqueued_at)
    for job in registered_jobs():
        task_path = job.enqueue.__self__.module_path  # type: ignore[attr-defined]
        times = enqueued.get(task_path, [])
        fired = scheduler_logs.count(f"scheduler: queued {job.name}\n")
        assert times, f"{job.name} never ran"
        assert fired == len(times), f"{job.name}: fired {fired}x, ran {len(times)}x"
        assert len(times) <= elapsed / job.every.total_seconds() + 1, (job.name, len(times))
        for earlier, later in itertools.pairwise(times):
            assert later - earlier >= job.every - timedelta(seconds=2), (job.name, times)
    last_runs = dict(running.query("SELECT name, last_run_at FROM core_scheduledjob"))
    assert set(last_runs) == {job.name for job in registered_jobs()}
    assert all(last_runs.values())

    # --- Metrics: the workers' mail counts reach /metrics of both web processes ---------------
    for base in (web_a, web_b):
        scrape = anonymous.get(
            base, "/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"}
        )
        assert scrape.status_code == 200, f"/metrics on {base}: {scrape.status_code}"
        assert _metric(scrape.text, "kennispunt_emails_sent_total") == len(messages), base
    _assert_alive(running, ("web-a", "web-b", "worker-1", "worker-2"))
