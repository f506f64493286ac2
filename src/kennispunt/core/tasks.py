from typing import Any

from django_tasks import task

from .mail import payload_to_message


@task()
def send_email(payload: dict[str, Any]) -> None:
    payload_to_message(payload).send()


@task()
def publish_scheduled_pages() -> None:
    """Wagtail's scheduled publishing and unpublishing (go-live and expiry dates)."""
    from django.core.management import call_command

    call_command("publish_scheduled", verbosity=0)
