"""deploy/gunicorn.conf.py: worker recycling must never restart all workers at the same moment.

With ``max_requests=2000`` and a fixed jitter of 200, equally loaded workers reached their limit
together and booted (~2 s) together, which gave seconds of tail latency under load (issue 18).
Recycling is off by default; when switched on, each worker's limit is spread over at least half
of ``max_requests``.
"""

import runpy
from pathlib import Path
from typing import Any

import pytest
from gunicorn.config import Config

CONFIG = Path(__file__).resolve().parents[4] / "deploy" / "gunicorn.conf.py"


@pytest.fixture(autouse=True)
def _metrics_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # The module fills this in when missing; keep it from leaking into other tests.
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))


def _load(monkeypatch: pytest.MonkeyPatch, **env: str) -> dict[str, Any]:
    for name in ("GUNICORN_MAX_REQUESTS", "GUNICORN_MAX_REQUESTS_JITTER"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    namespace = runpy.run_path(str(CONFIG))
    config = Config()
    for name in ("max_requests", "max_requests_jitter"):
        config.set(name, namespace[name])  # gunicorn's own validation of the values
    return namespace


def test_workers_are_not_recycled_by_default(monkeypatch):
    namespace = _load(monkeypatch)
    assert namespace["max_requests"] == 0
    assert namespace["max_requests_jitter"] == 0


@pytest.mark.parametrize("max_requests", [1, 2000, 10_000])
def test_recycling_when_switched_on_spreads_restarts_over_half_the_interval(
    monkeypatch, max_requests
):
    namespace = _load(monkeypatch, GUNICORN_MAX_REQUESTS=str(max_requests))
    assert namespace["max_requests"] == max_requests
    assert namespace["max_requests_jitter"] == max_requests // 2


def test_a_smaller_jitter_from_the_environment_is_raised_to_half(monkeypatch):
    namespace = _load(monkeypatch, GUNICORN_MAX_REQUESTS="2000", GUNICORN_MAX_REQUESTS_JITTER="200")
    assert namespace["max_requests_jitter"] == 1000


def test_a_larger_jitter_from_the_environment_is_kept(monkeypatch):
    namespace = _load(
        monkeypatch, GUNICORN_MAX_REQUESTS="2000", GUNICORN_MAX_REQUESTS_JITTER="3000"
    )
    assert namespace["max_requests"] == 2000
    assert namespace["max_requests_jitter"] == 3000
