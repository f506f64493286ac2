"""CPU per public-page-cache hit, as a share of a bare Django view, in one process.

    uv run python bench/page_cache_hit.py [--requests 3000] [--rounds 3]

The bare view returns 10 KB through a WSGI handler with no middleware; the cached pages (an
article, the home page, the training calendar) go through the project's whole middleware
stack and the public page cache in Redis (127.0.0.1:6379, db 6, emptied first), after one
miss has filled their entry. Rounds are interleaved and each figure is the median of the
rounds, in CPU time of this process (``time.process_time``), so other load on the machine
moves it less than wall time. Django's test client adds the same cost to every request; the
share is therefore a floor for what gunicorn would show (bench/load.py measures that).
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from inprocess import setup_django

BARE_BODY = b"<!doctype html><title>bare</title>" + b"x" * (10 * 1024)


def bare_view(request):  # type: ignore[no-untyped-def]
    from django.http import HttpResponse

    return HttpResponse(BARE_BODY)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    setup_django()
    from django.conf import settings
    from django.core.cache import caches
    from django.test import Client, override_settings
    from django.urls import path

    import kennispunt.urls

    urls = type(sys)("bench_urls")
    urls.urlpatterns = [path("__bare__/", bare_view), *kennispunt.urls.urlpatterns]  # type: ignore[attr-defined]
    sys.modules["bench_urls"] = urls
    redis = {
        "BACKEND": "kennispunt.core.redis_cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/6",
    }
    with override_settings(
        ROOT_URLCONF="bench_urls",
        CACHES={**settings.CACHES, "public_pages": redis},
        PUBLIC_PAGE_CACHE_SECONDS=3600,
    ):
        caches["public_pages"].clear()
        pages = _seed()
        bare = Client()
        with override_settings(MIDDLEWARE=[]):
            assert bare.get("/__bare__/").status_code == 200  # builds its empty chain
        client = Client()
        for url in pages.values():
            assert client.get(url)["X-Cache"] == "miss"
            assert client.get(url)["X-Cache"] == "hit"

        results: dict[str, list[float]] = {"bare view (10 KB)": []}
        results.update({f"{label}, cache hit": [] for label in pages})
        for _ in range(args.rounds):
            results["bare view (10 KB)"].append(_cpu_per_request(bare, "/__bare__/", args.requests))
            for label, url in pages.items():
                results[f"{label}, cache hit"].append(_cpu_per_request(client, url, args.requests))

    bare_ms = statistics.median(results["bare view (10 KB)"])
    print(f"{'page':<32} {'CPU/request':>12} {'share of bare':>14}  (median of {args.rounds})")
    for label, values in results.items():
        median = statistics.median(values)
        print(
            f"{label:<32} {median:>10.3f}ms {bare_ms / median:>13.0%}"
            f"  range {min(values):.3f} to {max(values):.3f} ms"
        )


def _cpu_per_request(client, url: str, count: int) -> float:  # type: ignore[no-untyped-def]
    started = time.process_time()
    for _ in range(count):
        response = client.get(url)
    assert response.status_code == 200
    return (time.process_time() - started) * 1000 / count


def _seed() -> dict[str, str]:
    from kennispunt_testing.knowledge import build_kb

    article = build_kb().article
    return {"article": article.url, "home": "/", "training calendar": "/trainingen/"}


if __name__ == "__main__":
    main()
