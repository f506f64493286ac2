import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django_guid.context import guid
from django_guid.log_filters import CorrelationId

from kennispunt.core.observability.logs import (
    KennispuntJsonFormatter,
    RedactEmailFilter,
    RedactRequestPathFilter,
    RequestIdDefaultFilter,
)
from kennispunt.core.tasks import send_email

REPO = Path(__file__).resolve().parents[5]
pytestmark = pytest.mark.django_db


@pytest.fixture
def json_lines():
    """Records of every logger as the production JSON handler writes them, one per line."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(KennispuntJsonFormatter())
    for log_filter in (
        CorrelationId("request_id"),
        RequestIdDefaultFilter(),
        RedactRequestPathFilter(),
        RedactEmailFilter(),
    ):
        handler.addFilter(log_filter)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    root.removeHandler(handler)
    root.setLevel(old_level)


def test_email_addresses_are_redacted_in_message_and_traceback(json_lines) -> None:
    logger = logging.getLogger("kennispunt.test")
    logger.warning("Bounce for %s", "Jan.de-Vries+raad@gemeente.example.nl")
    try:
        raise ValueError("duplicate key (email)=(piet@example.org)")
    except ValueError:
        logger.exception("Could not save")
    first, second = json_lines()
    assert first["message"] == "Bounce for [e-mail]"
    assert "piet@" not in second["exc_info"]
    assert "ValueError: duplicate key (email)=([e-mail])" in second["exc_info"]


def test_a_broken_format_string_does_not_break_the_caller(json_lines, monkeypatch) -> None:
    monkeypatch.setattr(logging, "raiseExceptions", False)  # as in production
    logging.getLogger("kennispunt.test").warning("%s and %s", "one")  # must not raise


def test_json_line_has_fixed_fields_and_drops_request_objects(json_lines, rf) -> None:
    request = rf.get("/zoeken/?q=geheim&email=piet@example.org")
    logging.getLogger("django.request").warning(
        "Not Found: %s",
        request.path,
        extra={
            "request": request,
            "status_code": 404,
        },
    )
    (line,) = json_lines()
    assert set(line) == {"timestamp", "level", "logger", "message", "request_id"}
    assert line["level"] == "WARNING"
    assert line["logger"] == "django.request"
    assert line["message"] == "Not Found: /zoeken/"
    assert line["request_id"] == "-"


def test_access_log_line_per_request_without_query_string(client, json_lines) -> None:
    incoming = "3f2b8c1e9d7a4b6c8e0f1a2b3c4d5e6f"
    response = client.get("/health?token=abc&email=piet@example.org", HTTP_X_REQUEST_ID=incoming)
    assert response["X-Request-ID"] == incoming
    access = [line for line in json_lines() if line["logger"] == "kennispunt.access"]
    assert len(access) == 1
    line = access[0]
    assert line["request_id"] == incoming
    assert (line["method"], line["path"], line["status"], line["view"]) == (
        "GET",
        "/health",
        200,
        "health",
    )
    assert isinstance(line["duration_ms"], float)
    text = json.dumps(line)
    assert "token" not in text and "piet" not in text and "127.0.0.1" not in text


def test_secret_url_parts_are_blanked_in_the_access_log(client, json_lines) -> None:
    client.get("/account/confirm-email/Mzk:1vWx2y:secretkeyvalue/")
    (line,) = [line for line in json_lines() if line["logger"] == "kennispunt.access"]
    assert line["path"] == "/account/confirm-email/[redacted]/"


@pytest.mark.parametrize("incoming", ["abc", "x" * 40, "<script>", "not a uuid at all!"])
def test_unsafe_incoming_request_id_is_replaced(client, incoming: str) -> None:
    response = client.get("/health", HTTP_X_REQUEST_ID=incoming)
    generated = response["X-Request-ID"]
    assert generated != incoming
    assert len(generated) == 32 and all(c in "0123456789abcdef" for c in generated)


def test_every_response_gets_a_fresh_request_id(client) -> None:
    first, second = client.get("/health"), client.get("/robots.txt")
    assert first["X-Request-ID"] != second["X-Request-ID"]


def test_enqueued_task_is_logged_with_the_request_id(json_lines, settings) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    token = guid.set("0123456789abcdef0123456789abcdef")
    try:
        send_email.enqueue(
            {
                "subject": "Hallo",
                "body": "Tekst",
                "from_email": "noreply@example.org",
                "to": ["piet@example.org"],
                "cc": [],
                "bcc": [],
                "reply_to": [],
                "headers": {},
                "alternatives": [],
            }
        )
    finally:
        guid.reset(token)
    (line,) = [line for line in json_lines() if line["logger"] == "kennispunt.tasks"]
    assert line["request_id"] == "0123456789abcdef0123456789abcdef"
    assert line["task"] == "kennispunt.core.tasks.send_email"
    assert line["task_id"]


def test_log_format_json_from_the_environment(tmp_path) -> None:
    """The real settings module, in a fresh process: LOG_FORMAT=json gives JSON lines."""
    script = (
        "import django, logging; django.setup(); "
        "logging.getLogger('kennispunt.x').warning('Mail naar %s mislukt', 'piet@example.org')"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kennispunt.settings",
        "LOG_FORMAT": "json",
        "KENNISPUNT_VAR_DIR": str(tmp_path),
        "DATABASE_URL": "",
        "PYTHONPATH": str(REPO / "src"),
    }
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    (line,) = [json.loads(text) for text in result.stderr.splitlines()]
    assert line["message"] == "Mail naar [e-mail] mislukt"
    assert line["level"] == "WARNING" and line["request_id"] == "-"
    assert (tmp_path / "metrics").is_dir()


def test_djangos_own_request_log_does_not_carry_path_tokens(rf, json_lines) -> None:
    # Django logs every 4xx/5xx as "Not Found: /path" on django.request, with the raw path.
    from django.http import HttpResponse
    from django.utils.log import log_response

    request = rf.get("/nieuwsbrief/afmelden/SECRETTOKEN123/")
    log_response("Not Found: %s", request.path, response=HttpResponse(status=404), request=request)
    (line,) = [line for line in json_lines() if line["logger"] == "django.request"]
    assert line["message"] == "Not Found: /nieuwsbrief/afmelden/[redacted]/"


def test_paths_answered_before_url_resolution_are_redacted_too(client, json_lines) -> None:
    # Without the trailing slash CommonMiddleware redirects before any view resolves.
    response = client.get("/nieuwsbrief/bevestigen/SECRETTOKEN123")
    assert response.status_code == 301
    (line,) = [line for line in json_lines() if line["logger"] == "kennispunt.access"]
    assert line["path"] == "/nieuwsbrief/bevestigen/[redacted]"
    assert "SECRETTOKEN123" not in json.dumps(json_lines())


def test_a_cache_hit_is_logged_with_the_view_that_made_the_page(client, kb, json_lines) -> None:
    assert client.get(kb.article.url)["X-Cache"] == "miss"
    assert client.get(kb.article.url)["X-Cache"] == "hit"
    views = [line["view"] for line in json_lines() if line["logger"] == "kennispunt.access"]
    assert views == ["wagtail_serve", "wagtail_serve"]
