"""The error pages are Dutch, in the site layout, with a search box and ways out (DEBUG=False)."""

from unittest import mock

import pytest
from django.db import connection
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.utils import OperationalError
from django.test import Client, override_settings
from django.urls import get_resolver, include, path

from kennispunt.core import errors
from kennispunt_testing.access import client_for
from kennispunt_testing.world import Role


def _raise_400(request):
    from django.core.exceptions import SuspiciousOperation

    raise SuspiciousOperation("test")


def _raise_403(request):
    from django.core.exceptions import PermissionDenied

    raise PermissionDenied


def _raise_500(request):
    raise RuntimeError("test")


def _touch_database(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


urlpatterns = [
    path("_fout/400/", _raise_400),
    path("_fout/403/", _raise_403),
    path("_fout/500/", _raise_500),
    path("_fout/db/", _touch_database),
    path("", include("kennispunt.urls")),
]
handler400 = "kennispunt.core.errors.bad_request"
handler403 = "kennispunt.core.errors.permission_denied"
handler404 = "kennispunt.core.errors.page_not_found"
handler500 = "kennispunt.core.errors.server_error"


def assert_helpful_error(response, status: int, heading: str) -> str:
    assert response.status_code == status
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert heading in html
    assert 'class="utrecht-page-header kennispunt-header"' in html  # the site header
    assert 'href="/kennis/"' in html  # the main navigation
    assert 'role="search"' in html and 'action="/zoeken/"' in html
    assert '<label class="utrecht-form-label" for="fout-zoek-q">' in html
    assert 'href="/helpdesk/"' in html and 'href="/"' in html
    assert 'name="viewport"' in html  # no longer 980 px wide on a phone
    assert "Not Found" not in html and "Server Error" not in html
    return html


@pytest.fixture
def error_client(settings) -> Client:
    settings.ROOT_URLCONF = __name__
    settings.DEBUG = False
    return Client(raise_request_exception=False)


def test_debug_is_off_in_the_tests(settings) -> None:
    # Otherwise Django shows its debug pages and none of these tests would see ours.
    assert settings.DEBUG is False


@pytest.mark.django_db
def test_404_is_dutch_with_the_site_header(error_client) -> None:
    response = error_client.get("/bestaat-echt-niet/")
    assert_helpful_error(response, 404, "Deze pagina bestaat niet (meer)")


@pytest.mark.django_db
def test_404_of_a_django_view_and_of_a_signed_in_member(world) -> None:
    response = client_for(world, Role.MEMBER_A).get("/partijen/bestaat-niet/")
    html = assert_helpful_error(response, 404, "Deze pagina bestaat niet (meer)")
    assert "Uitloggen" in html  # the header of someone signed in


@pytest.mark.django_db
def test_400_is_dutch(error_client) -> None:
    assert_helpful_error(error_client.get("/_fout/400/"), 400, "Dit verzoek begrijpen we niet")


@pytest.mark.django_db
def test_403_is_dutch(error_client) -> None:
    html = assert_helpful_error(error_client.get("/_fout/403/"), 403, "Geen toegang")
    assert "Inloggen" in html


@pytest.mark.django_db
def test_500_is_dutch(error_client) -> None:
    assert_helpful_error(error_client.get("/_fout/500/"), 500, "Er ging bij ons iets mis")


@pytest.mark.django_db
def test_500_renders_with_the_database_down(error_client) -> None:
    down = OperationalError("database is unreachable")
    with (
        mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=down),
        mock.patch.object(BaseDatabaseWrapper, "cursor", side_effect=down),
    ):
        response = error_client.get("/_fout/db/")
        assert_helpful_error(response, 500, "Er ging bij ons iets mis")


def test_500_template_needs_no_request_and_no_database() -> None:
    down = OperationalError("database is unreachable")
    from django.test import RequestFactory

    with (
        mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=down),
        mock.patch.object(BaseDatabaseWrapper, "cursor", side_effect=down),
    ):
        response = errors.server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Er ging bij ons iets mis" in response.content.decode()


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__)
def test_csrf_failure_is_dutch(world) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.user(Role.MEMBER_A))
    response = client.post("/account/profiel/", {"first_name": "X"})
    html = assert_helpful_error(response, 403, "Het formulier is verlopen")
    assert "Ga terug, laad de pagina opnieuw" in html


def test_the_site_uses_these_handlers(settings) -> None:
    resolver = get_resolver(settings.ROOT_URLCONF)
    assert resolver.resolve_error_handler(404) is errors.page_not_found
    assert resolver.resolve_error_handler(500) is errors.server_error
    assert settings.CSRF_FAILURE_VIEW == "kennispunt.core.errors.csrf_failure"
