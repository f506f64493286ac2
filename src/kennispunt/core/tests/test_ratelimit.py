"""The one fixed-window rate limit our own forms use, on each kind of cache it meets."""

import time

import pytest
from django.core.management import call_command

from kennispunt.core import ratelimit

DATABASE_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "kennispunt_cache_test",
    }
}


@pytest.fixture(params=["memory", "database"])
def backend(request, settings, db) -> str:
    if request.param == "database":
        settings.CACHES = DATABASE_CACHE
        call_command("createcachetable", verbosity=0)
    return request.param


@pytest.fixture
def clock(monkeypatch) -> list[float]:
    now = [time.time()]
    monkeypatch.setattr(time, "time", lambda: now[0])
    return now


def test_the_attempt_after_the_limit_is_refused(backend: str) -> None:
    answers = [ratelimit.attempt("test", "192.0.2.1", limit=3, window=60) for _ in range(5)]
    assert answers == [True, True, True, False, False]
    # Another address, another scope: counted apart.
    assert ratelimit.attempt("test", "192.0.2.2", limit=3, window=60)
    assert ratelimit.attempt("other", "192.0.2.1", limit=3, window=60)


def test_addresses_count_whatever_their_capitals(backend: str) -> None:
    assert ratelimit.attempt("test", "Lezer@Example.org", limit=1, window=60)
    assert not ratelimit.attempt("test", "lezer@example.org ", limit=1, window=60)


def test_the_window_runs_from_the_first_attempt_and_counting_does_not_stretch_it(
    backend: str, clock: list[float]
) -> None:
    assert ratelimit.attempt("test", "192.0.2.1", limit=2, window=60)
    clock[0] += 50
    assert ratelimit.attempt("test", "192.0.2.1", limit=2, window=60)
    assert not ratelimit.attempt("test", "192.0.2.1", limit=2, window=60)
    clock[0] += 11  # 61 s after the first attempt, only 11 after the last ones
    assert ratelimit.attempt("test", "192.0.2.1", limit=2, window=60)


def test_several_limits_all_count_the_attempt_also_after_one_refused(backend: str) -> None:
    checks = [("test-ip", "192.0.2.1", 3, 60), ("test-email", "a@example.org", 1, 60)]
    assert ratelimit.attempt_all(checks)
    assert not ratelimit.attempt_all(checks)  # the e-mail address is used up
    assert not ratelimit.attempt_all(checks)
    # The IP address counted all three attempts, so its limit of three is used up as well.
    assert not ratelimit.attempt_all([("test-ip", "192.0.2.1", 3, 60)])
    assert ratelimit.attempt_all([("test-ip", "192.0.2.2", 3, 60)])
