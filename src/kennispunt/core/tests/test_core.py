import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import RequestFactory
from django.views.debug import ExceptionReporter

from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db
REPO = Path(__file__).resolve().parents[4]


def test_health_reports_database_and_tasks(client) -> None:
    response = client.get("/health")
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "tasks": "ok"},
        # The test settings run tasks immediately: there is no queue to measure.
        "worker_lag_seconds": None,
        "queue_depth": None,
    }


def test_health_is_503_when_the_task_backend_is_missing(client, monkeypatch) -> None:
    monkeypatch.setattr("kennispunt.core.health.task_backends", {})
    response = client.get("/health")
    assert response.status_code == 503
    assert response.json()["checks"]["tasks"] != "ok"


def test_error_reports_hide_membership_data(world: World) -> None:
    request = RequestFactory().post(
        "/partijen/lidmaatschap/aanvragen/", {"party": "42", "role": "raadslid", "consent": "on"}
    )
    request.user = world.user(Role.MEMBER_A)
    try:
        party = "Lokaal Belang A"  # noqa: F841  (a local variable the report must hide)
        raise RuntimeError("boom")
    except RuntimeError:
        reporter = ExceptionReporter(request, *sys.exc_info())
        text = reporter.get_traceback_text()
    assert "raadslid" not in text
    assert "Lokaal Belang A" not in text


def test_production_settings_pass_the_deploy_check(tmp_path: Path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "kennispunt.example.org",
        "SITE_URL": "https://kennispunt.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "KENNISPUNT_VAR_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "kennispunt.settings.production",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_settings_refuse_to_start_without_a_secret(tmp_path: Path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "KENNISPUNT_VAR_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "kennispunt.settings.production",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_municipalities_are_loaded() -> None:
    from kennispunt.parties.models import Municipality

    assert Municipality.objects.count() == 342
    amsterdam = Municipality.objects.get(cbs_code="GM0363")
    assert (amsterdam.name, amsterdam.province) == ("Amsterdam", "Noord-Holland")
    assert Municipality.objects.values("province").distinct().count() == 12


def test_site_is_dutch_unless_english_is_chosen(client) -> None:
    english_browser = {"HTTP_ACCEPT_LANGUAGE": "en-US,en;q=0.9"}
    page = client.get("/partijen/", **english_browser).content.decode()
    assert "Direct naar de inhoud" in page
    client.post("/i18n/setlang/", {"language": "en", "next": "/partijen/"})
    assert "Skip to content" in client.get("/partijen/").content.decode()
