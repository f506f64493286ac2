"""Time article pages and site search under load, served by gunicorn.

Builds a throw-away database (SQLite in a temp folder unless DATABASE_URL is set) with the
normal settings (real cache and search backend; tasks run inline so pages are indexed), seeds
9 themes and 5,000 articles of Dutch text, starts gunicorn on 127.0.0.1 and measures, for a
random article page and for a search on a random word: the median and p95 response time of
sequential requests, and the requests per second with several concurrent clients.

Articles are saved live without revisions and indexed once at the end: publishing 5,000 of
them through revisions, as editors do, takes about five minutes on SQLite (``--revisions``).
Every run is bounded by a count and a time limit; non-200 answers count as errors and print
the end of gunicorn's stderr (where Django logs tracebacks).
"""

import argparse
import http.client
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

HOST = "127.0.0.1"
WORKERS = 2
THEMES = 9

# Subject words, most frequent first: drawn with Zipf weights, so a search matches anything
# from most articles (the first words) to a handful (the last ones).
TOPICS = (
    "vereniging bestuur gemeente raad partij leden verkiezingen campagne vrijwilligers "
    "begroting kandidatenlijst ledenvergadering statuten penningmeester secretaris voorzitter "
    "fractie raadswerk wethouder coalitie oppositie motie amendement integriteit "
    "fondsenwerving subsidie kascommissie jaarrekening notaris huishoudelijk reglement "
    "programma verkiezingsprogramma lijsttrekker ondersteuning inwoners wijk dorp participatie "
    "communicatie nieuwsbrief website sociale media debat fusie samenwerking opvolging "
    "scholing training privacy persoonsgegevens klachtenregeling vertrouwenspersoon "
    "ondernemingsnummer kiesraad ondersteuningsverklaring registratie waarborgsom "
    "kieskring stembureau burgerraad referendum inspraak rekenkamer ombudsman "
    "raadsvoorstel commissievergadering interpellatie schriftelijke vragen"
).split()
FILLER = (
    "de het een en van voor met op in aan bij om te als dat die dit is zijn wordt worden "
    "kan moet heeft hebben ook nog meer over door naar tot uit zo dan wel niet vaak altijd "
    "lokale politieke nieuwe eerste belangrijke goede praktische duidelijke"
).split()
HEADINGS = (
    "Waar begin je",
    "Wat zegt de wet",
    "Zo pak je het aan",
    "Veelgemaakte fouten",
    "Tips uit de praktijk",
    "Rollen en taken",
    "Planning",
)
WEIGHTS = [1 / (rank + 1) for rank in range(len(TOPICS))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=200, help="sequential, per page")
    parser.add_argument(
        "--sequential-seconds", type=float, default=120, help="time limit of a sequential run"
    )
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--load", type=int, default=1000, help="concurrent requests, per page")
    parser.add_argument("--seconds", type=float, default=20, help="time limit of a load run")
    parser.add_argument(
        "--revisions",
        action="store_true",
        help="publish every article through a revision, as editors do (slow)",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="measure the articles already in the database (from an earlier run) again, "
        "e.g. before and after a change, instead of refusing a database that has articles",
    )
    args = parser.parse_args()

    if "bench" not in os.environ.get("DATABASE_URL", "bench"):
        sys.exit("DATABASE_URL must name a throw-away database with 'bench' in its name.")
    var_dir = os.environ.setdefault(
        "KENNISPUNT_VAR_DIR", tempfile.mkdtemp(prefix="kennispunt-bench-")
    )
    os.environ["DJANGO_SETTINGS_MODULE"] = "kennispunt.settings"
    os.environ["TASKS_BACKEND"] = "django_tasks.backends.immediate.ImmediateBackend"
    os.environ["ALLOWED_HOSTS"] = HOST
    os.environ.pop("DEBUG", None)
    os.environ.setdefault("LOG_LEVEL", "WARNING")  # errors (with tracebacks) still show
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)  # DEBUG off: manifest needed
    urls, queries, built = seed(args)
    run(args, urls, queries, built, Path(var_dir))


def words(rng: random.Random, count: int, focus: list[str]) -> list[str]:
    """Mostly filler, a quarter the article's own subjects, a sprinkle of any subject."""
    result = []
    for _ in range(count):
        draw = rng.random()
        if draw < 0.25:
            result.append(rng.choice(focus))
        elif draw < 0.30:
            result.append(rng.choices(TOPICS, WEIGHTS)[0])
        else:
            result.append(rng.choice(FILLER))
    return result


def sentence(rng: random.Random, count: int, focus: list[str]) -> str:
    text = " ".join(words(rng, count, focus))
    return f"{text[0].upper()}{text[1:]}."


def body(rng: random.Random, focus: list[str], total_words: int = 400) -> list[tuple[str, str]]:
    blocks: list[tuple[str, str]] = []
    for heading in rng.sample(HEADINGS, 4):
        paragraph = " ".join(sentence(rng, 12, focus) for _ in range(total_words // 4 // 12))
        blocks += [("heading", heading), ("paragraph", f"<p>{paragraph}</p>")]
    return blocks


def seed(args: argparse.Namespace) -> tuple[list[str], list[str], float]:
    from django.db import transaction
    from django.db.models.signals import post_save
    from django.utils import timezone
    from django.utils.text import slugify
    from modelsearch.signal_handlers import post_save_signal_handler

    from kennispunt.knowledge.models import ArticlePage, KnowledgeIndexPage, ThemePage
    from kennispunt.pages.site_structure import site_structure_ensure

    home = site_structure_ensure()
    index = KnowledgeIndexPage.objects.get()
    if ArticlePage.objects.exists():
        if not args.reuse:
            sys.exit(
                "The database already has articles: give the benchmark an empty database "
                "(or --reuse to measure them again)."
            )
        prefix = len(home.url_path) - 1
        urls = [path[prefix:] for path in ArticlePage.objects.values_list("url_path", flat=True)]
        return urls, TOPICS, 0.0
    rng = random.Random(42)  # noqa: S311 - reproducible text, not secrets
    started = time.perf_counter()
    themes = []
    for i in range(THEMES):
        name = f"{TOPICS[i * 3].capitalize()} en {TOPICS[i * 3 + 1]}"
        intro = sentence(rng, 15, TOPICS[i * 3 : i * 3 + 2])
        theme = ThemePage(title=name, slug=f"thema-{i}-{slugify(name)}", intro=intro)
        index.add_child(instance=theme)
        theme.save_revision().publish()
        themes.append(theme)

    now = timezone.now()
    if not args.revisions:
        # Index once at the end rather than on every save.
        post_save.disconnect(post_save_signal_handler, sender=ArticlePage)
    for t, theme in enumerate(themes):
        with transaction.atomic():
            for i in range(t, args.articles, THEMES):
                focus = rng.choices(TOPICS, WEIGHTS, k=4)
                title = f"{focus[0].capitalize()} en {focus[1]}: {' '.join(focus[2:])} ({i})"
                page = ArticlePage(
                    title=title,
                    slug=f"{slugify(title)[:50]}-{i}",
                    intro=sentence(rng, 20, focus),
                    body=body(rng, focus),
                )
                if args.revisions:
                    theme.add_child(instance=page)
                    page.save_revision().publish()
                else:
                    page.first_published_at = page.last_published_at = now - timedelta(minutes=i)
                    page.live = True
                    theme.add_child(instance=page)
    if not args.revisions:
        post_save.connect(post_save_signal_handler, sender=ArticlePage)
        call_command_quiet("update_index")
    built = time.perf_counter() - started

    prefix = len(home.url_path) - 1  # url_path starts with the home page's slug
    urls = [path[prefix:] for path in ArticlePage.objects.values_list("url_path", flat=True)]
    return urls, TOPICS, built


def call_command_quiet(name: str) -> None:
    import io

    from django.core.management import call_command

    call_command(name, stdout=io.StringIO(), verbosity=0)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class Client:
    """One keep-alive connection (reopened when the server closes it) per thread."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.local = threading.local()

    def get(self, path: str) -> tuple[int, bytes]:
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = self.local.conn = http.client.HTTPConnection(HOST, self.port, timeout=60)
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            return response.status, response.read()
        except (OSError, http.client.HTTPException):
            conn.close()
            self.local.conn = None
            raise


def sequential(
    client: Client, make_path: Callable[[], str], count: int, seconds: float, errors: list[str]
) -> list[float]:
    timings: list[float] = []
    deadline = time.perf_counter() + seconds
    for _ in range(count):
        if time.perf_counter() > deadline:
            break
        path = make_path()
        t0 = time.perf_counter()
        try:
            status, content = client.get(path)
        except (OSError, http.client.HTTPException) as exc:
            errors.append(f"{path}: {type(exc).__name__}: {exc}")
            continue
        timings.append(time.perf_counter() - t0)
        if status != 200:
            errors.append(f"{path}: HTTP {status}: {content[:300]!r}")
    return timings


def concurrent(
    client: Client,
    make_path: Callable[[], str],
    total: int,
    workers: int,
    seconds: float,
    errors: list[str],
) -> tuple[int, float]:
    lock = threading.Lock()
    issued = [0]
    deadline = time.perf_counter() + seconds

    def worker() -> int:
        done = 0
        while time.perf_counter() < deadline:
            with lock:
                if issued[0] >= total:
                    break
                issued[0] += 1
                path = make_path()
            try:
                status, content = client.get(path)
            except (OSError, http.client.HTTPException) as exc:
                errors.append(f"{path}: {type(exc).__name__}: {exc}")
                continue
            done += 1
            if status != 200:
                errors.append(f"{path}: HTTP {status}: {content[:300]!r}")
        return done

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        done = sum(pool.map(lambda _: worker(), range(workers)))
    return done, time.perf_counter() - t0


def wait_until_up(server: subprocess.Popen, port: int, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn exited with {server.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}/health", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    sys.exit(f"gunicorn did not answer /health within 60s:\n{log.read_text()[-3000:]}")


def run(
    args: argparse.Namespace, urls: list[str], queries: list[str], built: float, var_dir: Path
) -> None:
    from urllib.parse import quote

    from django.db import connection

    print(
        f"data: {THEMES} themes, {len(urls)} articles "
        f"({'revisions' if args.revisions else 'no revisions, one update_index'}, "
        f"{built:.1f}s to build)"
    )
    print(
        f"environment: {connection.vendor}, gunicorn {WORKERS} sync workers, "
        f"{os.cpu_count()} CPUs, {args.concurrency} concurrent clients"
    )
    connection.close()  # the server has the database to itself

    with serve(var_dir) as (port, log):
        client = Client(port)
        rng = random.Random(7)  # noqa: S311
        pages = [
            ("article page", lambda: rng.choice(urls)),
            ("search", lambda: f"/zoeken/?q={quote(rng.choice(queries))}"),
        ]
        hits = []
        for word in (queries[0], queries[len(queries) // 2], queries[-1]):
            status, content = client.get(f"/zoeken/?q={quote(word)}")
            found = re.search(rb'result-count" role="status">(\d+)', content)
            hits.append(f"{word!r} {int(found[1]) if found else 0:,} ({status})")
        print(f"search results: {', '.join(hits)}")
        rows, all_errors = measure(client, pages, args)
    report(rows, all_errors, args, log)


@contextmanager
def serve(var_dir: Path) -> Iterator[tuple[int, Path]]:
    """gunicorn on a free port for the duration; yields the port and its stderr log."""
    port = free_port()
    log = var_dir / "gunicorn.log"
    with log.open("w") as stderr:
        server = subprocess.Popen(  # noqa: S603 - fixed arguments
            [
                *(sys.executable, "-m", "gunicorn", "--pythonpath", "src", "kennispunt.wsgi"),
                *("--bind", f"{HOST}:{port}", "--workers", str(WORKERS), "--log-level", "warning"),
            ],
            cwd=ROOT,
            env=os.environ.copy(),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,
        )
    try:
        wait_until_up(server, port, log)
        yield port, log
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


Row = tuple[str, list[float], int, float, int]


def measure(
    client: Client, pages: list[tuple[str, Callable[[], str]]], args: argparse.Namespace
) -> tuple[list[Row], list[str]]:
    """Per page: warm up, time sequential requests, then count requests/second under load."""
    rows: list[Row] = []
    all_errors: list[str] = []
    for label, make_path in pages:
        errors: list[str] = []
        # Warm up every worker (imports, templates, caches) before timing.
        sequential(client, make_path, 2 * WORKERS * 5, args.seconds, errors)
        timings = sorted(
            sequential(client, make_path, args.requests, args.sequential_seconds, errors)
        )
        done, elapsed = concurrent(
            client, make_path, args.load, args.concurrency, args.seconds, errors
        )
        rows.append((label, timings, done, elapsed, len(errors)))
        all_errors += errors
    return rows, all_errors


def report(rows: list[Row], all_errors: list[str], args: argparse.Namespace, log: Path) -> None:
    req_s = f"req/s ({args.concurrency})"
    print(
        f"{'page':<14} {'n':>5} {'median':>9} {'p95':>9} {req_s:>11} {'requests':>9} {'errors':>7}"
    )
    for label, timings, done, elapsed, error_count in rows:
        median = statistics.median(timings) * 1000 if timings else float("nan")
        p95 = timings[max(int(len(timings) * 0.95) - 1, 0)] * 1000 if timings else float("nan")
        print(
            f"{label:<14} {len(timings):>5} {median:>7.1f}ms {p95:>7.1f}ms {done / elapsed:>11.1f} "
            f"{done:>9} {error_count:>7}"
        )
    if all_errors:
        print(f"\n{len(all_errors)} errors, first ones:")
        for error in all_errors[:5]:
            print(f"  {error}")
        print(f"\ngunicorn stderr (last 4,000 characters):\n{log.read_text()[-4000:]}")
        sys.exit(1)


if __name__ == "__main__":
    main()
