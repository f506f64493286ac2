"""/.well-known/security.txt (RFC 9116): where to report a vulnerability in Kennispunt."""

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from .links import absolute_url

SECURITY_TXT_PATH = "/.well-known/security.txt"


def security_txt_text(
    *,
    contacts: Iterable[str],
    expires: datetime,
    canonical: str,
    policy_url: str = "",
) -> str:
    """The file's fields; Expires in UTC without fractions, as RFC 9116 (RFC 3339) wants."""
    lines = [f"Contact: {contact}" for contact in contacts]
    lines.append(f"Expires: {expires.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}")
    lines.append("Preferred-Languages: nl, en")
    lines.append(f"Canonical: {canonical}")
    if policy_url:
        lines.append(f"Policy: {policy_url}")
    return "\n".join(lines) + "\n"


@require_GET
def security_txt(request: HttpRequest) -> HttpResponse:
    # Computed per request, so the file never goes stale the way a static file would.
    expires = timezone.now().replace(microsecond=0) + timedelta(
        days=settings.SECURITY_TXT_EXPIRES_DAYS
    )
    text = security_txt_text(
        contacts=settings.SECURITY_TXT_CONTACTS,
        expires=expires,
        canonical=absolute_url(SECURITY_TXT_PATH),
        policy_url=settings.SECURITY_TXT_POLICY_URL,
    )
    return HttpResponse(text, content_type="text/plain; charset=utf-8")
