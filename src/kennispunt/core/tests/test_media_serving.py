"""The embedded default serves uploaded images itself, but never documents or attachments.

Documents (collection privacy) and forum attachments (members only) live in MEDIA_ROOT too;
fetching them by their file path would skip the views that check who may download them. The
URL pattern only sees the path after the server decoded it (``..%2f`` arrives as ``../``), so
the view decides on the real file: resolved, symlinks followed, inside an image folder or 404.

Each hostile path is tried three ways, because each decodes the request line itself: the test
client, a raw request to the live server (Django's WSGI server), and gunicorn's own request
parser feeding the WSGI application, as in production.
"""

import http.client
import os
import shutil
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connections
from django.utils.http import http_date
from gunicorn.config import Config
from gunicorn.http.parser import RequestParser
from gunicorn.http.wsgi import create as gunicorn_environ

from kennispunt_testing.access import assert_access, expect
from kennispunt_testing.world import World

CONTENT = b"geheime inhoud"


@dataclass
class Media:
    name: str
    made: list[Path]

    def url(self, folder: str) -> str:
        return f"/media/{folder}/{self.name}"


@pytest.fixture
def media(tmp_path: Path) -> Iterator[Media]:
    """A file in every folder of MEDIA_ROOT, and symlinks from the image folder to elsewhere."""
    root = Path(settings.MEDIA_ROOT)
    name = f"test-{uuid.uuid4().hex}.txt"
    made: list[Path] = []
    # "images-private" shares its first letters with "images": a string prefix test would pass.
    for folder in ("images", "original_images", "documents", "forum/2026/11", "images-private"):
        path = root / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(CONTENT)
        made.append(path)
    outside = tmp_path / name
    outside.write_bytes(CONTENT)
    links = {
        f"images/doc-{name}": root / "documents" / name,
        f"images/outside-{name}": outside,
        f"images/dir-{name}": root / "documents",
        f"images/same-{name}": root / "images" / name,
    }
    for link, target in links.items():
        (root / link).symlink_to(target)
        made.append(root / link)
    yield Media(name, made)
    for path in made:
        path.unlink()
    private = root / "images-private"
    if not any(private.iterdir()):
        shutil.rmtree(private)


def hostile_paths(name: str) -> list[str]:
    """Request targets as sent on the wire; each one points outside the image folders."""
    return [
        f"/media/images/..%2fdocuments/{name}",
        f"/media/images/..%2Fdocuments/{name}",
        f"/media/images/%2e%2e/documents/{name}",
        f"/media/images/%2e%2e%2fdocuments/{name}",
        f"/media/images/%2E%2E%2Fforum/2026/11/{name}",
        f"/media/original_images/..%2fforum%2f2026%2f11%2f{name}",
        f"/media/images/./..%2fdocuments/{name}",
        f"/media/images//..%2f..%2fmedia/documents/{name}",
        f"/media/images/..%2fimages-private/{name}",
        f"/media/images/..%5cdocuments/{name}",
        f"/media/images/..%5c..%5cdocuments%5c{name}",
        f"/media/images/..%252fdocuments/{name}",
        f"/media/images/%252e%252e%252fdocuments/{name}",
        f"/media/images/..%c0%afdocuments/{name}",
        f"/media/images/..%2fdocuments/{name}%00.png",
        f"/media/images/doc-{name}",
        f"/media/images/outside-{name}",
        f"/media/images/dir-{name}/{name}",
        "/media/images/..%2f..%2f..%2f..%2f..%2f..%2fetc/passwd",
        "/media/images/",
        "/media/images/..%2f",
    ]


def served(status: int, body: bytes) -> bool:
    return status == 200 and body == CONTENT


# --- Through the test client -------------------------------------------------------------------


@pytest.mark.django_db
def test_images_are_served_with_their_headers(client, media: Media) -> None:
    for url in (
        media.url("images"),
        media.url("original_images"),
        f"/media/images/same-{media.name}",  # a link that stays inside the image folder
        f"/media/original_images/..%2fimages/{media.name}",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert b"".join(response.streaming_content) == CONTENT
        assert response["Content-Type"].startswith("text/plain")
        assert response["Content-Length"] == str(len(CONTENT))
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "Last-Modified" in response

    last_modified = client.get(media.url("images"))["Last-Modified"]
    again = client.get(media.url("images"), headers={"If-Modified-Since": last_modified})
    assert again.status_code == 304
    assert client.head(media.url("images")).status_code == 200
    assert client.post(media.url("images")).status_code == 405


@pytest.mark.django_db
def test_documents_and_attachments_are_not_served_by_their_path(client, media: Media) -> None:
    assert client.get(media.url("documents")).status_code == 404
    assert client.get(media.url("forum/2026/11")).status_code == 404
    assert client.get(media.url("images-private")).status_code == 404


@pytest.mark.django_db
def test_no_encoded_path_or_symlink_leaves_the_image_folders(client, media: Media) -> None:
    answers = {url: client.get(url) for url in hostile_paths(media.name)}
    leaks = [url for url, r in answers.items() if r.status_code != 404]
    assert leaks == []


@pytest.mark.django_db
def test_media_urls_answer_the_same_for_every_role(world: World, media: Media) -> None:
    assert_access(world, media.url("images"), expect(default=200))
    assert_access(world, media.url("documents"), expect(default=404))
    assert_access(world, f"/media/images/..%2fdocuments/{media.name}", expect(default=404))


# --- Through a real HTTP server ----------------------------------------------------------------


@pytest.fixture
def http_server(transactional_db: None) -> Iterator[tuple[str, int]]:
    """Django's own WSGI server (runserver's) in a thread, running the site's application.

    Not pytest-django's live_server: that one answers /media/ itself (Django's test media
    handler) before the site's URLs ever see the request.
    """
    # An in-memory SQLite database exists only on this thread's connection: share it.
    shared = {c.alias: c for c in connections.all() if _in_memory(c)}
    for connection in shared.values():
        connection.inc_thread_sharing()
    server = ThreadedWSGIServer(
        ("127.0.0.1", 0),
        _QuietHandler,
        allow_reuse_address=False,
        connections_override=shared,
    )
    server.set_app(WSGIHandler())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield str(host), int(port)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
        for connection in shared.values():
            connection.dec_thread_sharing()


def _in_memory(connection: Any) -> bool:
    return connection.vendor == "sqlite" and bool(connection.is_in_memory_db())


def raw_get(
    address: tuple[str, int], target: str, headers: dict[str, str] | None = None
) -> tuple[int, bytes, dict[str, str]]:
    """One request with ``target`` exactly as given: no client-side normalising or quoting."""
    connection = http.client.HTTPConnection(*address, timeout=10)
    try:
        connection.putrequest("GET", target, skip_accept_encoding=True)
        for key, value in (headers or {}).items():
            connection.putheader(key, value)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read(), dict(response.getheaders())
    finally:
        connection.close()


def test_a_live_server_serves_images_but_nothing_outside_them(
    http_server: tuple[str, int], media: Media
) -> None:
    status, body, headers = raw_get(http_server, media.url("images"))
    assert served(status, body)
    status, body, _ = raw_get(
        http_server, media.url("images"), {"If-Modified-Since": headers["Last-Modified"]}
    )
    assert status == 304

    plain_dots = [
        f"/media/images/../documents/{media.name}",
        f"/media/original_images/../forum/2026/11/{media.name}",
    ]
    answers = {
        target: raw_get(http_server, target) for target in [*hostile_paths(media.name), *plain_dots]
    }
    leaks = [target for target, (status, body, _) in answers.items() if status != 404]
    assert leaks == []
    assert not any(CONTENT in body for _, body, _ in answers.values())


def gunicorn_get(target: str) -> tuple[int, bytes]:
    """``target`` parsed by gunicorn into the WSGI environ it gives the application."""
    raw = f"GET {target} HTTP/1.1\r\nHost: testserver\r\n\r\n".encode("latin-1")
    cfg = Config()
    request = next(iter(RequestParser(cfg, iter([raw]), ("127.0.0.1", 50000))))
    _, environ = gunicorn_environ(request, _NoSocket(), ("127.0.0.1", 50000), "testserver:80", cfg)
    status: list[str] = []

    def start_response(line: str, headers: list[tuple[str, str]], *exc: object) -> Any:
        status.append(line)

    # As the test client does: a request's start and end must not close the test's transaction.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        body = WSGIHandler()(environ, start_response)
        try:
            return int(status[0].split()[0]), b"".join(body)
        finally:
            getattr(body, "close", lambda: None)()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class _NoSocket:
    """gunicorn wants a socket for its response writer; this test reads the WSGI result."""

    def sendall(self, data: bytes) -> None:  # pragma: no cover - never written to
        raise AssertionError("nothing is sent")


@pytest.mark.django_db
def test_gunicorn_decoding_reaches_no_file_outside_the_image_folders(media: Media) -> None:
    assert served(*gunicorn_get(media.url("images")))
    answers = {t: gunicorn_get(t) for t in hostile_paths(media.name)}
    leaks = [target for target, (status, _) in answers.items() if status != 404]
    assert leaks == []


def test_the_image_folders_are_found_by_real_path(settings, tmp_path: Path) -> None:
    """MEDIA_ROOT itself may be a symlink (a mounted disk); images below it still count."""
    real = tmp_path / "real"
    (real / "images").mkdir(parents=True)
    (real / "images" / "a.png").write_bytes(b"x")
    os.symlink(real, tmp_path / "media")
    settings.MEDIA_ROOT = tmp_path / "media"

    from kennispunt.core.media import served_image

    assert served_image("images/a.png") == real / "images" / "a.png"
    assert served_image("images/../images/a.png") == real / "images" / "a.png"
    assert served_image("images/missing.png") is None
    assert served_image("images") is None


@pytest.mark.django_db
def test_last_modified_is_the_files_own(client, media: Media) -> None:
    path = Path(settings.MEDIA_ROOT) / "images" / media.name
    os.utime(path, (1_700_000_000, 1_700_000_000))
    assert client.get(media.url("images"))["Last-Modified"] == http_date(1_700_000_000)
