"""Security headers (CSP, HSTS, framing, sniffing, referrer, permissions), security.txt and
`manage.py check --deploy` with the production settings."""

import json
import os
import re
import secrets
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory

from kennispunt.core.csp import (
    KennispuntCSPMiddleware,
    admin_directives,
    public_directives,
    url_origin,
)
from kennispunt.core.security_txt import security_txt_text
from kennispunt.pages.site_structure import site_structure_ensure
from kennispunt_testing.world import Role, World

REPO = Path(__file__).resolve().parents[4]
UNSAFE = ("'unsafe-inline'", "'unsafe-eval'")


def csp_directives(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def assert_common_headers(response) -> None:
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    directives = csp_directives(response["Content-Security-Policy"])
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]


def assert_strict_csp(response) -> None:
    header = response["Content-Security-Policy"]
    assert not any(word in header for word in UNSAFE), header
    directives = csp_directives(header)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]


# --- Headers on the pages people see ---------------------------------------------------------


@pytest.mark.django_db
def test_public_page_has_strict_csp_and_the_other_headers(client: Client) -> None:
    site_structure_ensure()
    response = client.get("/")
    assert response.status_code == 200
    assert_common_headers(response)
    assert_strict_csp(response)
    # The policy is enforced, not only reported.
    assert "Content-Security-Policy-Report-Only" not in response


def test_signed_in_page_has_strict_csp(client: Client, world: World) -> None:
    client.force_login(world.user(Role.MEMBER_A))
    response = client.get("/account/profiel/")
    assert response.status_code == 200
    assert_common_headers(response)
    assert_strict_csp(response)


@pytest.mark.django_db
def test_not_found_page_has_the_headers(client: Client) -> None:
    site_structure_ensure()
    response = client.get("/bestaat-echt-niet/")
    assert response.status_code == 404
    assert_common_headers(response)
    assert_strict_csp(response)


@pytest.mark.parametrize("path", ["/beheer/cms/", "/beheer/django/"])
def test_admins_have_their_own_looser_policy(client: Client, world: World, path: str) -> None:
    from allauth.mfa.totp.internal.auth import TOTP

    from kennispunt.accounts.models import User

    admin = User.objects.create_superuser(email="root@example.org", password="x-Geheim-1234")
    TOTP.activate(admin, "JBSWY3DPEHPK3PXP")
    client.force_login(admin)
    response = client.get(path)
    assert response.status_code == 200
    assert_common_headers(response)
    directives = csp_directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in directives["script-src"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


@pytest.mark.parametrize(
    ("path", "frame_options", "frame_ancestors"),
    [
        # Wagtail's preview view sets SAMEORIGIN: the editor shows it in an iframe.
        ("/beheer/cms/pages/3/edit/preview/", "SAMEORIGIN", "'self'"),
        ("/beheer/cms/pages/3/edit/", "DENY", "'none'"),
        ("/kennis/", "DENY", "'none'"),
    ],
)
def test_frame_ancestors_follow_the_views_framing_decision(
    rf: RequestFactory, path: str, frame_options: str, frame_ancestors: str
) -> None:
    def view(request: HttpRequest) -> HttpResponse:
        response = HttpResponse("<p>voorbeeld</p>")
        response["X-Frame-Options"] = frame_options
        return response

    response = KennispuntCSPMiddleware(view)(rf.get(path))
    assert isinstance(response, HttpResponse)
    directives = csp_directives(response["Content-Security-Policy"])
    assert directives["frame-ancestors"] == [frame_ancestors]


def test_a_preview_rendered_through_a_nested_request_may_be_framed(rf: RequestFactory) -> None:
    # Wagtail renders the previewed page through the middleware again: the response arrives
    # with the public policy already set, and the preview view then allows SAMEORIGIN.
    def preview(request: HttpRequest) -> HttpResponse:
        inner = KennispuntCSPMiddleware(lambda _request: HttpResponse("<p>pagina</p>"))
        response = inner(rf.get("/kennis/"))
        assert isinstance(response, HttpResponse)
        response["X-Frame-Options"] = "SAMEORIGIN"
        return response

    response = KennispuntCSPMiddleware(preview)(rf.get("/beheer/cms/pages/3/edit/preview/"))
    assert isinstance(response, HttpResponse)
    directives = csp_directives(response["Content-Security-Policy"])
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]  # still the strict policy of the page itself


def test_a_cdn_or_s3_host_joins_the_policy() -> None:
    directives = public_directives(
        static_url="https://cdn.example.org/static/",
        media_url="https://bucket.s3.example.org/media/",
        extra_sources=["https://fonts.example.org"],
    )
    assert directives["script-src"] == ["'self'", "https://cdn.example.org"]
    assert "https://bucket.s3.example.org" in directives["img-src"]
    assert "https://fonts.example.org" in directives["font-src"]
    assert "https://bucket.s3.example.org" not in directives["script-src"]
    assert url_origin("/media/") == ""
    admin = admin_directives(directives)
    assert admin["frame-ancestors"] == ["'none'"]
    assert admin["object-src"] == ["'none'"]


# --- security.txt ----------------------------------------------------------------------------


def test_security_txt_is_plain_text_with_the_rfc_9116_fields(client: Client, settings) -> None:
    settings.SITE_URL = "https://kennispunt.example.nl"
    settings.SECURITY_TXT_CONTACTS = ["mailto:security@kennispunt.example.nl"]
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert "Contact: mailto:security@kennispunt.example.nl\n" in text
    assert "Preferred-Languages: nl, en\n" in text
    assert "Canonical: https://kennispunt.example.nl/.well-known/security.txt\n" in text
    expires_text = re.search(r"^Expires: (\S+)$", text, re.M)
    assert expires_text is not None
    expires = datetime.strptime(expires_text.group(1), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    now = datetime.now(UTC)
    assert now < expires <= now + timedelta(days=365)


def test_security_txt_contact_defaults_to_the_contact_address() -> None:
    from django.conf import settings

    assert settings.SECURITY_TXT_CONTACTS == [f"mailto:{settings.KENNISPUNT_CONTACT_EMAIL}"]


def test_security_txt_names_a_policy_only_when_there_is_one() -> None:
    def text(policy_url: str = "") -> str:
        return security_txt_text(
            contacts=["mailto:a@b.nl"],
            expires=datetime(2030, 1, 1, 12, tzinfo=UTC),
            canonical="https://x/",
            policy_url=policy_url,
        )

    assert "Policy:" not in text()
    assert "Policy: https://x/beleid/\n" in text("https://x/beleid/")
    assert "Expires: 2030-01-01T12:00:00Z\n" in text()


# --- Production settings, in a process of their own ------------------------------------------


def production_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment production.py requires, and nothing from the test run's settings."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "SECURE_", "SECURITY_", "CSP_", "REDIS_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="kennispunt.settings.production",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="kennispunt.example.nl",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        SITE_URL="https://kennispunt.example.nl",
        KENNISPUNT_VAR_DIR=str(tmp_path / "var"),
        PYTHONPATH=str(REPO / "src"),
        **extra,
    )
    return env


def run_check_deploy(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_reports_no_warnings_with_production_settings(tmp_path: Path) -> None:
    result = run_check_deploy(production_env(tmp_path))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues" in output, output
    assert "WARNING" not in output, output


def test_check_deploy_would_report_a_weakened_setting(tmp_path: Path) -> None:
    # Proves the test above can fail: without the HTTPS redirect Django warns (security.W008).
    result = run_check_deploy(production_env(tmp_path, SECURE_SSL_REDIRECT="false"))
    assert result.returncode != 0
    assert "security.W008" in result.stdout + result.stderr


HEADERS_SCRIPT = """
import json
import django
django.setup()
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory
client = Client(SERVER_NAME="kennispunt.example.nl")
secure = client.get("/.well-known/security.txt", secure=True)
plain = client.get("/.well-known/security.txt")
health = client.get("/health")
print(json.dumps({
    "health_status": health.status_code,
    "status": secure.status_code,
    "headers": dict(secure.headers),
    "plain_status": plain.status_code,
    "plain_location": plain.get("Location", ""),
}))
"""


def test_production_sends_hsts_for_a_year_and_redirects_to_https(tmp_path: Path) -> None:
    result = subprocess.run(  # noqa: S603 (our own interpreter, fixed arguments)
        [sys.executable, "-c", HEADERS_SCRIPT],
        env=production_env(tmp_path),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["status"] == 200
    hsts = seen["headers"]["Strict-Transport-Security"]
    max_age = int(re.search(r"max-age=(\d+)", hsts).group(1))  # type: ignore[union-attr]
    assert max_age >= 31_536_000
    assert "includeSubDomains" in hsts
    assert "'unsafe-inline'" not in seen["headers"]["Content-Security-Policy"]
    assert seen["headers"]["X-Frame-Options"] == "DENY"
    assert seen["plain_status"] == 301
    assert seen["plain_location"].startswith("https://kennispunt.example.nl/")
    # Load balancers probe /health over plain HTTP: it answers instead of redirecting.
    assert seen["health_status"] in (200, 503)


def test_a_preview_inside_the_admin_gets_the_admin_policy(rf) -> None:
    # Wagtail renders a preview through the page's own (public) path; the newsletter's e-mail
    # preview carries the mail's <style> block, which the public policy would block.
    from typing import cast

    from django.http import HttpResponse

    from kennispunt.core.csp import KennispuntCSPMiddleware

    middleware = KennispuntCSPMiddleware(lambda request: HttpResponse("preview"))
    public = cast(HttpResponse, middleware(rf.get("/nieuwsbrieven/2026/november/")))
    preview_request = rf.get("/nieuwsbrieven/2026/november/")
    preview_request.is_preview = True
    preview = cast(HttpResponse, middleware(preview_request))
    assert "'unsafe-inline'" not in public["Content-Security-Policy"]
    assert "'unsafe-inline'" in preview["Content-Security-Policy"]
