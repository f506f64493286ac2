"""Production switches that need no server: S3 uploads, OpenSearch, far-future static files.

The settings module reads the environment when it is imported, so each switch is tested by
evaluating that module afresh with the variables set and applying what it produced.
"""

import re
import runpy
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.storage import default_storage, storages
from django.core.management import call_command
from django.test import Client, override_settings

SETTINGS_FILE = Path(settings.BASE_DIR) / "src" / "kennispunt" / "settings" / "__init__.py"


def settings_with_env(monkeypatch: pytest.MonkeyPatch, **variables: str) -> dict:
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS_FILE))


S3_ENV = {
    "MEDIA_STORAGE": "s3",
    "AWS_STORAGE_BUCKET_NAME": "kennispunt-uploads",
    "AWS_S3_ENDPOINT_URL": "https://s3.example.org",
    "AWS_S3_REGION_NAME": "nl-ams",
    "AWS_ACCESS_KEY_ID": "example-key-id",
    "AWS_SECRET_ACCESS_KEY": "example-secret",
}


def test_local_disk_is_the_default_for_uploads(monkeypatch):
    monkeypatch.delenv("MEDIA_STORAGE", raising=False)
    produced = settings_with_env(monkeypatch)
    assert produced["STORAGES"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert "WAGTAILIMAGES_RENDITION_STORAGE" not in produced


def test_media_storage_s3_stores_uploads_privately_and_renditions_publicly(monkeypatch):
    from storages.backends.s3 import S3Storage
    from wagtail.images.models import get_rendition_storage

    produced = settings_with_env(monkeypatch, **S3_ENV)
    with override_settings(
        STORAGES=produced["STORAGES"],
        WAGTAILIMAGES_RENDITION_STORAGE=produced["WAGTAILIMAGES_RENDITION_STORAGE"],
        WAGTAILDOCS_SERVE_METHOD=produced["WAGTAILDOCS_SERVE_METHOD"],
    ):
        uploads = storages["default"]
        assert isinstance(uploads, S3Storage)
        assert isinstance(default_storage, S3Storage)  # the lazy object proxies its class
        assert uploads.bucket_name == "kennispunt-uploads"
        assert uploads.endpoint_url == "https://s3.example.org"
        assert uploads.default_acl == "private"
        assert uploads.querystring_auth is True
        assert uploads.file_overwrite is False

        renditions = get_rendition_storage()
        assert isinstance(renditions, S3Storage)
        assert renditions.querystring_auth is False
        assert renditions.default_acl == "public-read"
        # Signing is local (no network): a document URL carries an expiring signature,
        # a rendition URL does not.
        assert "X-Amz-Signature=" in uploads.url("documents/verslag.pdf")
        assert "X-Amz-" not in renditions.url("images/foto.fill-300x200.jpg")
        # The Content Security Policy lets pages show images from the bucket's host.
        rendition_origin = "/".join(renditions.url("images/foto.jpg").split("/")[:3])
        assert rendition_origin in produced["CSP_PUBLIC_DIRECTIVES"]["img-src"]


def test_an_unknown_media_storage_is_refused(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured):
        settings_with_env(monkeypatch, MEDIA_STORAGE="ftp")


def test_search_backend_opensearch_selects_wagtails_opensearch_backend(monkeypatch):
    from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend
    from wagtail.search.backends import get_search_backend

    produced = settings_with_env(
        monkeypatch, SEARCH_BACKEND="opensearch", OPENSEARCH_URL="http://search.internal:9200"
    )
    with override_settings(WAGTAILSEARCH_BACKENDS=produced["WAGTAILSEARCH_BACKENDS"]):
        # Building the backend makes a client but does not connect.
        backend = get_search_backend()
    assert isinstance(backend, OpenSearch3SearchBackend)
    assert backend.hosts[0]["host"] == "search.internal"
    assert backend.settings["settings"]["analysis"]["analyzer"]["default"] == {"type": "dutch"}
    # Wagtail's own analyzers for partial matching are kept next to the Dutch default.
    assert "edgengram_analyzer" in backend.settings["settings"]["analysis"]["analyzer"]


def test_the_database_search_backend_is_the_default(monkeypatch):
    monkeypatch.delenv("SEARCH_BACKEND", raising=False)
    produced = settings_with_env(monkeypatch)
    assert produced["WAGTAILSEARCH_BACKENDS"]["default"]["BACKEND"] == "kennispunt.search.backends"


def test_collected_hashed_static_files_are_cached_for_a_year_and_immutable(tmp_path):
    """Production's static storage (hashed names + manifest) served by whitenoise's middleware."""
    production_static = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=production_static):
        call_command("collectstatic", "--noinput", verbosity=0)
        manifest = (tmp_path / "staticfiles.json").read_text()
        hashed = re.search(r'"(vendor/htmx/htmx\.min\.[0-9a-f]{12}\.js)"', manifest)
        assert hashed, "collectstatic did not write a hashed name for htmx"
        # A new client builds the middleware again, so whitenoise reads the new STATIC_ROOT.
        response = Client().get(f"/static/{hashed.group(1)}")
        unhashed = Client().get("/static/vendor/htmx/htmx.min.js")

    assert response.status_code == 200
    cache_control = response.headers["Cache-Control"]
    max_age = int(re.search(r"max-age=(\d+)", cache_control).group(1))  # type: ignore[union-attr]
    assert max_age >= 365 * 24 * 60 * 60
    assert "immutable" in cache_control
    # The unhashed name may change content at the next deploy: short cache, not immutable.
    assert "immutable" not in unhashed.headers.get("Cache-Control", "")
