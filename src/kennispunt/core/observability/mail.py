"""An e-mail backend that counts what the real one sends, for /metrics.

EMAIL_BACKEND points here; EMAIL_DELIVERY_BACKEND names the backend that really delivers
(SMTP, anymail, console ...). Counting happens in the sending process (the task worker) and
reaches /metrics through prometheus_client's multi-process files.
"""

from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.base import BaseEmailBackend

from .metrics import EMAILS_FAILED, EMAILS_SENT


class CountingEmailBackend(BaseEmailBackend):
    def __init__(self, fail_silently: bool = False, **kwargs: Any) -> None:
        super().__init__(fail_silently=fail_silently)
        if settings.EMAIL_DELIVERY_BACKEND == f"{__name__}.{type(self).__name__}":
            raise ImproperlyConfigured(
                "EMAIL_DELIVERY_BACKEND must name the backend that delivers."
            )
        self.delivery = get_connection(
            settings.EMAIL_DELIVERY_BACKEND, fail_silently=fail_silently, **kwargs
        )

    def open(self) -> bool | None:
        return self.delivery.open()

    def close(self) -> None:
        self.delivery.close()

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        messages = list(email_messages)
        try:
            sent = self.delivery.send_messages(messages) or 0
        except Exception:
            # How many went out before the error is unknown; the task is retried as a whole.
            EMAILS_FAILED.inc(len(messages))
            raise
        EMAILS_SENT.inc(sent)
        if self.fail_silently:
            # A silenced backend reports its errors only as a short count.
            EMAILS_FAILED.inc(len([m for m in messages if m.recipients()]) - sent)
        return sent
