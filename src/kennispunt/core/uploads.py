"""The site's one upload check: a file is what its content says, never what its name says.

Every feature that takes files from members or visitors (forum, helpdesk by web form and by
e-mail) asks ``UploadPolicy.check`` with its own allow-list and size limit. The detected type
also names the stored file (``stored_name``) and decides how it is served (``upload_response``),
so a web page called ``foto.png`` is never stored or sent as anything a browser would run.

Why hand-written signatures rather than a library: every allowed type has a fixed signature or
a zip manifest, which is all we need to recognise; what no magic-number library decides is the
rule that matters most here, that text containing markup is not plain text.
"""

import io
import re
import secrets
import zipfile
import zlib
from collections.abc import Set
from dataclasses import dataclass
from pathlib import PurePath
from typing import IO

from django.core.files.uploadedfile import UploadedFile
from django.http import FileResponse
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
GIF = "image/gif"
TEXT = "text/plain"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
# Recognised only to be refused: no caller may allow these.
HTML = "text/html"
SVG = "image/svg+xml"
XML = "application/xml"
ZIP = "application/zip"
UNKNOWN = "application/octet-stream"

IMAGES = frozenset({PNG, JPEG, GIF})
EXTENSIONS = {
    PDF: "pdf",
    PNG: "png",
    JPEG: "jpg",
    GIF: "gif",
    TEXT: "txt",
    DOCX: "docx",
    XLSX: "xlsx",
    ODT: "odt",
    ODS: "ods",
}
# Other names a downloaded file of that type may keep.
_ALSO = {JPEG: {"jpeg", "jpe"}, TEXT: {"text"}}

_SIGNATURES = (
    (b"%PDF-", PDF),
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"GIF87a", GIF),
    (b"GIF89a", GIF),
)
_OPENDOCUMENT = frozenset({ODT, ODS})
_OOXML = (("word/", DOCX), ("xl/", XLSX))
# What an HTML tokenizer takes for the start of a tag, comment, doctype or processing
# instruction: "<" followed by a letter, "/", "!" or "?". SVG and XML start the same way.
_MARKUP = re.compile(r"<[A-Za-z/!?]")
# Control characters that no text file has; \t, \n, \f and \r are fine.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _zip_type(content: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                with archive.open("mimetype") as member:
                    declared = member.read(100).decode("ascii").strip()
                return declared if declared in _OPENDOCUMENT else ZIP
            if "[Content_Types].xml" in names:
                for prefix, content_type in _OOXML:
                    if any(name.startswith(prefix) for name in names):
                        return content_type
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        NotImplementedError,
        RuntimeError,
        ValueError,
    ):
        return UNKNOWN  # damaged, encrypted or an unknown compression
    return ZIP


def _text_type(content: bytes) -> str:
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return UNKNOWN  # includes UTF-16 and other encodings a browser might still read
    if _CONTROL.search(text):
        return UNKNOWN
    if _MARKUP.search(text):
        lowered = text.lower()
        if "<svg" in lowered:
            return SVG
        return XML if lowered.lstrip("\ufeff \t\r\n").startswith("<?xml") else HTML
    return TEXT


def detect_type(content: bytes) -> str:
    """The MIME type of ``content`` judged by its bytes alone; UNKNOWN when not recognised."""
    for signature, content_type in _SIGNATURES:
        if content.startswith(signature):
            return content_type
    if content.startswith(b"PK\x03\x04"):
        return _zip_type(content)
    return _text_type(content)


@dataclass(frozen=True)
class CheckedFile:
    content_type: str
    problem: str = ""  # why it is refused, in Dutch; "" when accepted

    @property
    def extension(self) -> str:
        return EXTENSIONS[self.content_type]


def _too_big(filename: str, size: int, limit: int) -> str:
    return _("%(name)s is te groot (%(size)s); het maximum is %(limit)s.") % {
        "name": filename,
        "size": filesizeformat(size),
        "limit": filesizeformat(limit),
    }


@dataclass(frozen=True)
class UploadPolicy:
    """What one feature accepts. ``refusal`` is its Dutch message for any other type; it may
    name the file with ``%(name)s``."""

    allowed: Set[str]
    max_bytes: int
    refusal: str

    def __post_init__(self) -> None:
        unsafe = set(self.allowed) - set(EXTENSIONS)
        if unsafe:
            raise ValueError(f"Not an acceptable upload type: {sorted(unsafe)}")

    def check(self, *, filename: str, content: bytes) -> CheckedFile:
        if len(content) > self.max_bytes:
            return CheckedFile(UNKNOWN, _too_big(filename, len(content), self.max_bytes))
        content_type = detect_type(content)
        if content_type not in self.allowed:
            return CheckedFile(content_type, self.refusal % {"name": filename})
        return CheckedFile(content_type)

    def check_upload(self, upload: UploadedFile) -> CheckedFile:
        """As ``check``, for a file from a form: too large a file is refused before reading."""
        filename = upload.name or ""
        size = upload.size or 0
        if size > self.max_bytes:
            return CheckedFile(UNKNOWN, _too_big(filename, size, self.max_bytes))
        upload.seek(0)
        content = upload.read()
        upload.seek(0)
        return self.check(filename=filename, content=content)


def stored_name(content_type: str) -> str:
    """A random file name with the extension of the detected type; the upload's own name is
    kept in the database for display only."""
    return f"{secrets.token_urlsafe(12)}.{EXTENSIONS[content_type]}"


def download_name(filename: str, content_type: str) -> str:
    """``filename`` as offered for download: with an extension that matches its real type."""
    extension = EXTENSIONS.get(content_type)
    if extension is None:
        return filename
    path = PurePath(filename or "bijlage")
    current = path.suffix.lower().lstrip(".")
    if current == extension or current in _ALSO.get(content_type, set()):
        return path.name
    return f"{path.stem or 'bijlage'}.{extension}"


def upload_response(
    file: IO[bytes], *, content_type: str, filename: str, inline: bool = False
) -> FileResponse:
    """A stored upload as browsers must get it: its detected type, never sniffed, and shown in
    the browser only when ``inline`` and an image or PDF; anything else is downloaded."""
    shown = inline and (content_type in IMAGES or content_type == PDF)
    header = f"{content_type}; charset=utf-8" if content_type == TEXT else content_type
    response = FileResponse(
        file,
        content_type=header,
        as_attachment=not shown,
        filename=download_name(filename, content_type),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'"
    return response
