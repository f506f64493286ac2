"""Load and soak test of the production setup on loopback, with locust.

One command starts everything, measures, stops everything and prints a Markdown report:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kennispunt_load \\
        uv run --group bench python bench/load.py --minutes 10 --users 30

1. Seeds the database (bench/load_seed.py: the demo content, --members load members with
   verified memberships, a training session with room for everyone).
2. Starts bin/production-local: production settings, PostgreSQL, Redis, gunicorn with
   --web-workers processes, --task-workers db_workers and the scheduler, e-mail into files.
3. Runs locust headless (bench/locustfile.py): anonymous reading, search, members reading the
   forum, replying, signing up for a training and cancelling again.
4. Samples the memory (RSS) of every process of the stack every few seconds.
5. Stops the stack and prints throughput, p50/p95/p99 latency and failures (overall and per
   request type), RSS per process at start, end and peak, and the background tasks the run
   queued, by status.

The database must be PostgreSQL and its name must contain "load" or "bench": the run adds
members, forum replies and sign-ups to it. Locust runs on the same machine and takes CPU from
the site, so the figures are a floor, not a ceiling.
"""

import argparse
import csv
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import psutil

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
SHELLS = {"sh", "bash", "dash", "uv"}


@dataclass
class MemorySamples:
    """RSS per process (by pid), first and last sample and the peak, in bytes."""

    labels: dict[int, str] = field(default_factory=dict)
    first: dict[int, int] = field(default_factory=dict)
    last: dict[int, int] = field(default_factory=dict)
    peak: dict[int, int] = field(default_factory=dict)

    def record(self, processes: dict[int, tuple[str, int]]) -> None:
        for pid, (label, rss) in processes.items():
            self.labels.setdefault(pid, label)
            self.first.setdefault(pid, rss)
            self.last[pid] = rss
            self.peak[pid] = max(rss, self.peak.get(pid, 0))


def role_of(process: psutil.Process) -> str | None:
    """What a process of the stack is, from its command line; None for shells and wrappers."""
    try:
        command = " ".join(process.cmdline())
        parent = process.parent()
        parent_command = " ".join(parent.cmdline()) if parent else ""
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return None
    if process.name() in SHELLS or "honcho" in command:
        return None
    if "gunicorn" in command:
        # A worker's parent is the gunicorn master; the master's parent is honcho's shell.
        forked = parent is not None and parent.name() not in SHELLS and "gunicorn" in parent_command
        return "gunicorn worker" if forked else "gunicorn master"
    if "db_worker" in command:
        return "db_worker"
    if "run_scheduler" in command:
        return "scheduler"
    return None


def stack_processes(root_pid: int) -> dict[int, tuple[str, int]]:
    found: dict[int, tuple[str, int]] = {}
    try:
        children = psutil.Process(root_pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return found
    for process in children:
        role = role_of(process)
        if role is None:
            continue
        try:
            found[process.pid] = (role, process.memory_info().rss)
        except psutil.NoSuchProcess:
            continue
    return found


def sample_memory(root_pid: int, samples: MemorySamples, stop: threading.Event) -> None:
    while not stop.wait(5):
        samples.record(stack_processes(root_pid))


def wait_for_health(base_url: str, timeout: float, stack: subprocess.Popen) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if stack.poll() is not None:
            sys.exit(f"The production stack stopped early (exit {stack.returncode}).")
        try:
            with urllib.request.urlopen(f"{base_url}/health", timeout=5) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(2)
    sys.exit(f"No answer from {base_url}/health within {timeout:.0f} s.")


def stop_stack(stack: subprocess.Popen) -> None:
    """SIGINT to the group we started (honcho passes it on), then SIGKILL if it hangs."""
    if stack.poll() is not None:
        return
    os.killpg(stack.pid, signal.SIGINT)
    try:
        stack.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(stack.pid, signal.SIGKILL)
        stack.wait()


def task_counts(env: dict[str, str], since: str) -> dict[str, int]:
    """Background tasks queued since the run started, by status (read with Django's ORM)."""
    script = (
        "import django, json; django.setup();"
        "from django.db.models import Count;"
        "from django_tasks_db.models import DBTaskResult;"
        f"rows = DBTaskResult.objects.filter(enqueued_at__gte='{since}')"
        ".values('status').annotate(n=Count('id'));"
        "print(json.dumps({r['status']: r['n'] for r in rows}))"
    )
    dev_env = {**env, "DJANGO_SETTINGS_MODULE": "kennispunt.settings"}
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        cwd=ROOT / "src",
        env=dev_env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def megabytes(value: int) -> str:
    return f"{value / 1024 / 1024:.0f}"


def ms(value: str) -> str:
    return f"{float(value):.0f}" if value not in {"", "N/A"} else "-"


def report(
    args: argparse.Namespace,
    stats_file: Path,
    memory: MemorySamples,
    tasks: dict[str, int],
    seconds: float,
) -> str:
    with stats_file.open() as handle:
        rows = list(csv.DictReader(handle))
    total = next(row for row in rows if row["Name"] == "Aggregated")
    lines = [
        f"## Load run: {args.minutes:g} min, {args.users} users, {args.web_workers} web "
        f"processes, {args.task_workers} task workers ({seconds:.0f} s measured)",
        "",
        "| Requests | Failures | Requests/s | p50 ms | p95 ms | p99 ms | max ms |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| {total['Request Count']} | {total['Failure Count']} | "
        f"{float(total['Requests/s']):.1f} | {ms(total['50%'])} | {ms(total['95%'])} | "
        f"{ms(total['99%'])} | {ms(total['Max Response Time'])} |",
        "",
        "| Request | Count | Failures | p50 ms | p95 ms |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        if row["Name"] != "Aggregated":
            lines.append(
                f"| {row['Type']} {row['Name']} | {row['Request Count']} | "
                f"{row['Failure Count']} | {ms(row['50%'])} | {ms(row['95%'])} |"
            )
    lines += [
        "",
        "| Process | pid | RSS start MB | RSS end MB | RSS peak MB |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    order = {"gunicorn master": 0, "gunicorn worker": 1, "db_worker": 2, "scheduler": 3}
    for pid in sorted(memory.labels, key=lambda p: (order[memory.labels[p]], p)):
        lines.append(
            f"| {memory.labels[pid]} | {pid} | {megabytes(memory.first[pid])} | "
            f"{megabytes(memory.last[pid])} | {megabytes(memory.peak[pid])} |"
        )
    summary = ", ".join(f"{status.lower()} {count}" for status, count in sorted(tasks.items()))
    lines += ["", f"Background tasks queued during the run: {summary or 'none'}."]
    failures = stats_file.with_name(stats_file.name.replace("_stats.csv", "_failures.csv"))
    if failures.exists():
        with failures.open() as handle:
            failed = list(csv.DictReader(handle))
        if failed:
            lines += ["", "| Failed request | Error | Occurrences |", "| --- | --- | ---: |"]
            lines += [
                f"| {row['Method']} {row['Name']} | {row['Error'][:80]} | {row['Occurrences']} |"
                for row in failed
            ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--users", type=int, default=30, help="simulated visitors at once")
    parser.add_argument("--spawn-rate", type=float, default=2, help="new users per second")
    parser.add_argument("--members", type=int, default=None, help="load members (default --users)")
    parser.add_argument("--web-workers", type=int, default=2)
    parser.add_argument("--task-workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8017)
    parser.add_argument("--output", type=Path, help="also write the report to this file")
    args = parser.parse_args()

    database_url = os.environ.get("DATABASE_URL", "")
    name = urlparse(database_url).path.lstrip("/")
    if not database_url.startswith(("postgres://", "postgresql://")) or not (
        "load" in name or "bench" in name
    ):
        sys.exit("DATABASE_URL must be a PostgreSQL database with 'load' or 'bench' in its name.")

    work = Path(tempfile.mkdtemp(prefix="kennispunt-load-"))
    env = {
        **os.environ,
        "KENNISPUNT_VAR_DIR": str(work / "var"),
        "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
        # Mail goes into files: the workers still render and "send" every message.
        # django-environ drops one slash: four make an absolute path.
        "EMAIL_URL": f"filemail:///{work / 'mail'}",
        "WEB_CONCURRENCY": str(args.web_workers),
        "TASK_WORKERS": str(args.task_workers),
        "GUNICORN_BIND": f"127.0.0.1:{args.port}",
        # No worker recycling during the run, so memory growth shows instead of being reset.
        "GUNICORN_MAX_REQUESTS": "0",
        "SKIP_SETUP": "1",
        "LOG_LEVEL": "WARNING",
        "LOAD_PLAN": str(work / "plan.json"),
    }
    base_url = f"http://127.0.0.1:{args.port}"

    print(f"==> Seeding ({args.members or args.users} load members) in {work}", flush=True)
    subprocess.run(  # noqa: S603
        [
            sys.executable,
            str(BENCH / "load_seed.py"),
            "--members",
            str(args.members or args.users),
            "--plan",
            env["LOAD_PLAN"],
        ],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "kennispunt.settings"},
        check=True,
        stdout=subprocess.DEVNULL,
    )

    print(
        f"==> Starting the production stack on {base_url} (log: {work / 'stack.log'})", flush=True
    )
    with (work / "stack.log").open("w") as log:
        stack = subprocess.Popen(  # noqa: S603
            [str(ROOT / "bin" / "production-local")],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    memory = MemorySamples()
    stop_sampling = threading.Event()
    try:
        wait_for_health(base_url, timeout=300, stack=stack)
        time.sleep(3)  # let every worker finish starting
        memory.record(stack_processes(stack.pid))
        sampler = threading.Thread(
            target=sample_memory, args=(stack.pid, memory, stop_sampling), daemon=True
        )
        sampler.start()
        started_at = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
        print(f"==> locust: {args.users} users for {args.minutes:g} min", flush=True)
        began = time.monotonic()
        subprocess.run(  # noqa: S603
            [
                sys.executable,
                "-m",
                "locust",
                "-f",
                str(BENCH / "locustfile.py"),
                "--headless",
                "--only-summary",
                "--users",
                str(args.users),
                "--spawn-rate",
                str(args.spawn_rate),
                "--run-time",
                f"{int(args.minutes * 60)}s",
                "--stop-timeout",
                "10",
                "--host",
                base_url,
                "--csv",
                str(work / "locust"),
                "--loglevel",
                "WARNING",
            ],
            cwd=ROOT,
            env=env,
            check=False,  # locust exits 1 when any request failed; the report shows them
        )
        measured = time.monotonic() - began
        time.sleep(10)  # the workers finish the tasks the last requests queued
        stop_sampling.set()
        memory.record(stack_processes(stack.pid))
        tasks = task_counts(env, started_at)
    finally:
        stop_sampling.set()
        stop_stack(stack)

    text = report(args, work / "locust_stats.csv", memory, tasks, measured)
    print()
    print(text)
    if args.output:
        args.output.write_text(text + "\n")


if __name__ == "__main__":
    main()
