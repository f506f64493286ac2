"""Browser tests: Playwright (sync API) drives Debian's Chromium against pytest-django's live
server.

Run with ``uv run pytest tests/browser`` (or ``-m browser``). Chromium comes from the OS package
(``apt-get install chromium``), never from ``playwright install``.

The fixtures ``browser`` and ``page`` deliberately have the same names as those of the
pytest-playwright plugin: local fixtures win, so the plugin's browser download is never used.
"""

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Playwright's sync API runs an asyncio loop in the main thread; Django would refuse ORM calls
# made from the test body without this.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from mailsink import SmtpHandler, SmtpSink
from playwright.sync_api import Browser, Page, sync_playwright

BROWSER_DIR = Path(__file__).resolve().parent
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
PHONE_VIEWPORT = {"width": 390, "height": 844}
DEFAULT_TIMEOUT_MS = 15_000


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # This hook sees every collected item of the session: mark only those in this folder.
    for item in items:
        if BROWSER_DIR in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.browser)


# --- Browser ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    executable = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not Path(executable).is_file():
        pytest.fail(
            f"Chromium not found at {executable}. The browser tests need Debian's Chromium: "
            "run `.ci/run`, or `apt-get install chromium` (or set CHROMIUM_PATH). "
            "Do not use `playwright install`.",
            pytrace=False,
        )
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
    except Exception as exc:
        playwright.stop()
        pytest.fail(
            f"Could not start Chromium at {executable}: {exc}\n"
            "Run `.ci/run` or `apt-get install chromium` to install a working browser.",
            pytrace=False,
        )
    try:
        yield browser
    finally:
        browser.close()
        playwright.stop()


@pytest.fixture
def page(browser: Browser, live_server: Any, settings: Any) -> Iterator[Page]:
    # Links in e-mails (SITE_URL) lead to this test server, as they lead to the site in production.
    settings.SITE_URL = live_server.url
    context = browser.new_context(locale="nl-NL", viewport=PHONE_VIEWPORT, base_url=live_server.url)
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()


# --- Database state that a transactional flush removes ---------------------------------------


@pytest.fixture
def site_pages(transactional_db: None) -> Any:
    """The Wagtail page tree (home, section and statutory pages) and the staff groups.

    Transactional tests flush the database afterwards, which also removes what data migrations
    created; site_structure_ensure() recreates Wagtail's roots when they are gone.
    """
    from django.contrib.auth.models import Group

    from kennispunt.accounts.roles import STAFF_GROUP_NAMES
    from kennispunt.accounts.services import staff_groups_sync
    from kennispunt.pages.site_structure import site_structure_ensure

    if Group.objects.filter(name__in=STAFF_GROUP_NAMES).count() != len(STAFF_GROUP_NAMES):
        staff_groups_sync()
    return site_structure_ensure()


# --- A real SMTP server ----------------------------------------------------------------------


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_sink(settings: Any) -> Iterator[SmtpSink]:
    from aiosmtpd.controller import Controller

    sink = SmtpSink()
    sink.port = _free_port(sink.host)
    controller = Controller(SmtpHandler(sink), hostname=sink.host, port=sink.port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = sink.host
    settings.EMAIL_PORT = sink.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    try:
        yield sink
    finally:
        controller.stop()
