"""The site's one upload check: types from content, markup never plain text, safe names."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from kennispunt.core import uploads
from kennispunt.core.uploads import UploadPolicy, detect_type, download_name, stored_name

from .hostile_files import CORPUS, Sample

EVERYTHING = frozenset(uploads.EXTENSIONS)


@pytest.mark.parametrize("sample", CORPUS, ids=str)
def test_type_is_detected_from_content_alone(sample: Sample) -> None:
    assert detect_type(sample.content) == sample.detected


@pytest.mark.parametrize("sample", CORPUS, ids=str)
def test_markup_is_refused_even_where_every_type_is_allowed(sample: Sample) -> None:
    policy = UploadPolicy(allowed=EVERYTHING, max_bytes=10**6, refusal="%(name)s geweigerd")
    checked = policy.check(filename=sample.filename, content=sample.content)
    if sample.detected in EVERYTHING:
        assert checked.problem == ""
        assert stored_name(checked.content_type).endswith(f".{checked.extension}")
    else:
        assert checked.problem == f"{sample.filename} geweigerd"


@pytest.mark.parametrize("content_type", [uploads.HTML, uploads.SVG, uploads.XML, uploads.ZIP])
def test_no_feature_can_allow_active_content(content_type: str) -> None:
    with pytest.raises(ValueError, match="Not an acceptable upload type"):
        UploadPolicy(allowed={uploads.PNG, content_type}, max_bytes=1, refusal="")


def test_too_large_a_file_is_refused_in_dutch_before_it_is_read() -> None:
    policy = UploadPolicy(allowed=EVERYTHING, max_bytes=1024, refusal="")

    class Unreadable(SimpleUploadedFile):
        def read(self, *args: object) -> bytes:
            raise AssertionError("read before the size was checked")

    upload = Unreadable("scan.pdf", b"%PDF-1.4" + b"0" * 2048)
    assert policy.check_upload(upload).problem == (
        "scan.pdf is te groot (2,0\xa0KB); het maximum is 1,0\xa0KB."
    )
    assert policy.check(filename="a.txt", content=b"x" * 1025).problem.startswith("a.txt is te")


def test_an_upload_is_read_whole_and_left_at_its_start() -> None:
    policy = UploadPolicy(allowed=EVERYTHING, max_bytes=10**6, refusal="nee")
    upload = SimpleUploadedFile("x.txt", b"Lange tekst. " * 1000 + b"<script>")
    upload.read(5)
    assert policy.check_upload(upload).problem == "nee"
    assert upload.tell() == 0


@pytest.mark.parametrize(
    ("filename", "content_type", "expected"),
    [
        ("pagina.html", uploads.PNG, "pagina.png"),
        ("foto.JPEG", uploads.JPEG, "foto.JPEG"),
        ("foto.jpg", uploads.JPEG, "foto.jpg"),
        ("script.js", uploads.TEXT, "script.txt"),
        ("statuten", uploads.PDF, "statuten.pdf"),
        ("", uploads.GIF, "bijlage.gif"),
        (".html", uploads.GIF, ".html.gif"),
    ],
)
def test_download_name_has_the_extension_of_the_real_type(
    filename: str, content_type: str, expected: str
) -> None:
    assert download_name(filename, content_type) == expected


@pytest.mark.parametrize(
    ("content_type", "inline", "header", "disposition"),
    [
        (uploads.PNG, True, "image/png", "inline"),
        (uploads.PDF, True, "application/pdf", "inline"),
        (uploads.PNG, False, "image/png", "attachment"),
        (uploads.TEXT, True, "text/plain; charset=utf-8", "attachment"),
        (uploads.DOCX, True, uploads.DOCX, "attachment"),
    ],
)
def test_uploads_are_served_as_their_type_and_downloaded_unless_shown_safely(
    content_type: str, inline: bool, header: str, disposition: str
) -> None:
    response = uploads.upload_response(
        io.BytesIO(b"x"), content_type=content_type, filename="bestand.html", inline=inline
    )
    assert response["Content-Type"] == header
    assert response["Content-Disposition"].startswith(disposition)
    assert (
        f'filename="bestand.{uploads.EXTENSIONS[content_type]}"' in response["Content-Disposition"]
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
