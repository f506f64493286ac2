"""Shared by the in-process benchmarks: a throw-away database and a timing table of pages."""

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def setup_django() -> None:
    """Test settings on a throw-away database (SQLite in a temp folder, or a 'bench' one)."""
    if "bench" not in os.environ.get("DATABASE_URL", "bench"):
        sys.exit("DATABASE_URL must name a throw-away database with 'bench' in its name.")
    os.environ.setdefault("KENNISPUNT_VAR_DIR", tempfile.mkdtemp(prefix="kennispunt-bench-"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "kennispunt.settings.test"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()
    call_command("migrate", verbosity=0, run_syncdb=True)


def time_pages(pages: Iterable[tuple[str, Any, str]], runs: int) -> None:
    """Print the median and p95 response time and the query count of each (label, client, url)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    print(f"{'page':<30} {'median':>9} {'p95':>9} {'queries':>8}")
    for label, client, url in pages:
        timings = []
        for _ in range(runs):
            with CaptureQueriesContext(connection) as queries:
                t0 = time.perf_counter()
                response = client.get(url)
                timings.append(time.perf_counter() - t0)
            assert response.status_code == 200, (url, response.status_code)
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(
            f"{label:<30} {statistics.median(timings) * 1000:>7.1f}ms {p95 * 1000:>7.1f}ms "
            f"{len(queries.captured_queries):>8}"
        )
