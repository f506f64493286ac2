"""Tests that need an outside tool: skipped on a developer's machine without it, failed on CI.

A developer without the PostgreSQL client tools or Redis can still run the rest of the suite.
On CI (the environment variable ``CI`` set, as ``.ci/run`` and most CI services do) the tool is
meant to be there, so a missing one is an error in the set-up, not a reason to test less.
"""

import os

import pytest


def on_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require(available: bool, reason: str) -> None:
    """Skip the calling test (or fixture) unless ``available``; fail it instead on CI."""
    if available:
        return
    if on_ci():
        pytest.fail(f"{reason} (CI is set, so this fails instead of skipping)", pytrace=False)
    pytest.skip(reason)
