"""Every URL of the project has an access table (in the manner of Zulip's untested-URL check).

``assert_access`` records the name of every URL it asks for (``access.EXERCISED``). When the
whole suite has run, this plugin compares those names with the project's URLs and fails the
run for each one no table asked for:

- every named URL whose view is our code (a module under ``kennispunt``), and
- every Wagtail admin viewset we register (snippets and model viewsets): at least one of its
  URLs, as its views are Wagtail's and share one permission check per model.

Third-party URLs (Wagtail's own admin, Django's admin, allauth) are tested by their projects;
their front doors have rows in ``core/tests/test_access.py`` all the same.

Under pytest-xdist each worker sends its names to the controller (``workeroutput``), which
checks the union, so the check never sees only a part of the run. A run narrowed by paths,
``-k`` or ``-m``, or stopped early (``-x``), is not checked: it would miss tables by design.
"""

from collections.abc import Iterator
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

# Our URLs that are not a page for a role, so that an access table would say nothing about
# them: name -> why, and where they are tested instead. Empty today: even the health check,
# metrics, robots.txt, security.txt, the language switch, the image files, the login redirects
# and the inbound-mail webhook have rows (core, accounts and helpdesk test_access.py). Keep it
# that way where a row can say something; an entry here is a URL whose access nobody checks.
NOT_ROLE_PAGES: dict[str, str] = {}

_KEY = "kennispunt_access_url_names"


def _walk(patterns: list[Any], namespace: str = "") -> Iterator[tuple[str, Any]]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _walk(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            callback = pattern.callback
            view = getattr(callback, "view_class", None) or callback
            yield f"{namespace}{pattern.name}", view


def project_url_names(urlconf: str | None = None) -> set[str]:
    """The named URLs whose view is our code."""
    return {
        name
        for name, view in _walk(get_resolver(urlconf).url_patterns)
        if getattr(view, "__module__", "").startswith("kennispunt.")
    }


def our_viewset_namespaces() -> set[str]:
    """The URL namespaces of the Wagtail admin viewsets (snippets too) we register."""
    from wagtail.admin.viewsets import viewsets

    get_resolver().url_patterns  # noqa: B018 - loading the URLconf registers the viewsets
    return {
        viewset.url_namespace
        for viewset in viewsets.viewsets
        if type(viewset).__module__.startswith("kennispunt.")
    }


def untested(exercised: set[str], urlconf: str | None = None) -> list[str]:
    """What no access table asked for: URL names, and viewsets as ``<namespace>:*``."""
    missing = project_url_names(urlconf) - exercised - set(NOT_ROLE_PAGES)
    covered_namespaces = {name.rsplit(":", 1)[0] for name in exercised if ":" in name}
    missing |= {f"{ns}:*" for ns in our_viewset_namespaces() - covered_namespaces}
    return sorted(missing)


# --- The pytest plugin (registered in the root conftest.py) -------------------------------------


class _State:
    worker_names: set[str] = set()
    workers_failed = False
    report: list[str] = []


def _whole_run(config: pytest.Config) -> bool:
    return (
        config.args_source == pytest.Config.ArgsSource.TESTPATHS
        and not config.getoption("keyword")
        and not config.getoption("markexpr")
    )


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    # pytest-xdist, in the controller: a worker is done and sends what its tests asked for.
    output = getattr(node, "workeroutput", None) or {}
    if error or _KEY not in output:
        _State.workers_failed = True
        return
    _State.worker_names.update(output[_KEY])


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    from .access import EXERCISED

    config = session.config
    if hasattr(config, "workeroutput"):  # an xdist worker: the controller checks
        config.workeroutput[_KEY] = sorted(EXERCISED)
        return
    if not _whole_run(config):
        return
    if session.shouldstop or session.shouldfail or _State.workers_failed:
        _State.report = ["URL coverage not checked: the run stopped early."]
        return
    missing = untested(EXERCISED | _State.worker_names)
    if missing:
        _State.report = [
            "These URLs have no access table (add a row with assert_access, see "
            "tests/kennispunt_testing/access.py, or, for a URL that is not a page for a role, "
            "an entry in url_coverage.NOT_ROLE_PAGES):",
            *(f"  {name}" for name in missing),
        ]
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _State.report:
        terminalreporter.section("URL coverage", red=True)
        for line in _State.report:
            terminalreporter.line(line)
