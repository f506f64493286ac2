"""Which attachments the helpdesk accepts: judged by their content, not their name."""

import io
import zipfile

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

ALLOWED_TYPES = frozenset(
    {
        "application/pdf",
        "image/png",
        "image/jpeg",
        "image/gif",
        "text/plain",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet",
    }
)

_OOXML = {
    "word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _sniff_zip(content: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                return archive.read("mimetype").decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        return "application/octet-stream"
    for prefix, mimetype in _OOXML.items():
        if any(name.startswith(prefix) for name in names):
            return mimetype
    return "application/zip"


def sniff_content_type(content: bytes) -> str:
    """The real type from the first bytes; "application/octet-stream" when unknown."""
    head = content[:16]
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(content)
    sample = content[:4096]
    if b"\x00" not in sample:
        try:
            sample.decode("utf-8")
        except UnicodeDecodeError:
            if len(sample) < 4096:
                return "application/octet-stream"
            try:  # the sample may end inside a multi-byte character
                sample[:-3].decode("utf-8")
            except UnicodeDecodeError:
                return "application/octet-stream"
        if b"<html" in sample.lower() or b"<script" in sample.lower():
            return "text/html"
        return "text/plain"
    return "application/octet-stream"


def attachment_problem(*, filename: str, content: bytes) -> str:
    """Why this attachment is refused, in Dutch, or "" when it is fine."""
    limit = settings.HELPDESK_MAX_ATTACHMENT_BYTES
    if len(content) > limit:
        return _("%(name)s is te groot (%(size)s); het maximum is %(limit)s.") % {
            "name": filename,
            "size": filesizeformat(len(content)),
            "limit": filesizeformat(limit),
        }
    if sniff_content_type(content) not in ALLOWED_TYPES:
        return _(
            "%(name)s heeft een bestandstype dat we niet aannemen. Stuur een PDF, afbeelding, "
            "tekst-, Word-, Excel- of OpenDocument-bestand."
        ) % {"name": filename}
    return ""
