"""A test needing a missing tool is skipped on a developer's machine and fails on CI."""

import pytest

from kennispunt_testing.requirements import require


@pytest.mark.parametrize("ci", ["", "0", "false"])
def test_a_missing_tool_skips_outside_ci(monkeypatch: pytest.MonkeyPatch, ci: str) -> None:
    monkeypatch.setenv("CI", ci)
    require(True, "pg_dump ontbreekt")  # present: nothing happens
    with pytest.raises(pytest.skip.Exception, match="pg_dump ontbreekt"):
        require(False, "pg_dump ontbreekt")


@pytest.mark.parametrize("ci", ["1", "true"])
def test_a_missing_tool_fails_on_ci(monkeypatch: pytest.MonkeyPatch, ci: str) -> None:
    monkeypatch.setenv("CI", ci)
    require(True, "Redis ontbreekt")
    with pytest.raises(pytest.fail.Exception, match="Redis ontbreekt"):
        require(False, "Redis ontbreekt")


def test_unset_ci_is_not_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        require(False, "psql ontbreekt")
