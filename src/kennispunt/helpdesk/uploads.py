"""Which attachments the helpdesk accepts: the site's one upload check with the helpdesk's list."""

from django.conf import settings
from django.utils.translation import gettext as _

from kennispunt.core import uploads
from kennispunt.core.uploads import CheckedFile, UploadPolicy

ALLOWED_TYPES = frozenset(
    {
        uploads.PDF,
        uploads.PNG,
        uploads.JPEG,
        uploads.GIF,
        uploads.TEXT,
        uploads.DOCX,
        uploads.XLSX,
        uploads.ODT,
        uploads.ODS,
    }
)


def attachment_policy() -> UploadPolicy:
    return UploadPolicy(
        allowed=ALLOWED_TYPES,
        max_bytes=settings.HELPDESK_MAX_ATTACHMENT_BYTES,
        refusal=_(
            "%(name)s heeft een bestandstype dat we niet aannemen. Stuur een PDF, afbeelding, "
            "tekst-, Word-, Excel- of OpenDocument-bestand."
        ),
    )


def attachment_check(*, filename: str, content: bytes) -> CheckedFile:
    return attachment_policy().check(filename=filename, content=content)


def attachment_problem(*, filename: str, content: bytes) -> str:
    """Why this attachment is refused, in Dutch, or "" when it is fine."""
    return attachment_check(filename=filename, content=content).problem
