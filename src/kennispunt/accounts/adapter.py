from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.utils import translation

from kennispunt.core.links import site_url
from kennispunt.core.mail import send_later


@dataclass(frozen=True)
class KennispuntSite:
    """What allauth's mail templates call ``current_site``: our name and our domain.

    Without django.contrib.sites allauth would use the request's host, so a mail would greet
    with "Hallo van 127.0.0.1:8000!".
    """

    name: str
    domain: str


def current_site() -> KennispuntSite:
    return KennispuntSite(
        name=str(getattr(settings, "WAGTAIL_SITE_NAME", "Kennispunt")),
        domain=urlsplit(site_url()).netloc,
    )


def _on_site_url(value: Any, request_origin: str) -> Any:
    """A link allauth built from the request's host, moved onto SITE_URL like every other
    link in our mails."""
    if isinstance(value, str) and request_origin and value.startswith(request_origin):
        return site_url() + "/" + value[len(request_origin) :]
    return value


class AccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email: str) -> str:
        # Stored in lower case so one person cannot sign up twice with different capitals.
        return super().clean_email(email).strip().lower()

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """As allauth does, but in the site language, like every mail of the site
        (``core.mail``), sent by the task worker instead of inside the request, with our site
        name and SITE_URL links whatever host the request came in on."""
        request = allauth_context.request
        origin = request.build_absolute_uri("/") if request is not None else ""
        ctx: dict[str, Any] = {"request": request, "email": email}
        ctx.update({key: _on_site_url(value, origin) for key, value in context.items()})
        ctx["current_site"] = current_site()
        with translation.override(settings.LANGUAGE_CODE):
            message = self.render_mail(template_prefix, email, ctx)
        send_later(message)
