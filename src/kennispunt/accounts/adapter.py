from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.utils import translation

from kennispunt.core.mail import send_later


class AccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email: str) -> str:
        # Stored in lower case so one person cannot sign up twice with different capitals.
        return super().clean_email(email).strip().lower()

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """As allauth does, but in the site language, like every mail of the site
        (``core.mail``), and sent by the task worker instead of inside the request."""
        request = allauth_context.request
        ctx = {"request": request, "email": email, "current_site": get_current_site(request)}
        ctx.update(context)
        with translation.override(settings.LANGUAGE_CODE):
            message = self.render_mail(template_prefix, email, ctx)
        send_later(message)
