from typing import Any

from django_tasks import task

from .mail import payload_to_message


@task()
def send_email(payload: dict[str, Any]) -> None:
    payload_to_message(payload).send()
