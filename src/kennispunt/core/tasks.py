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


@task()
def prune_task_results() -> None:
    """Delete finished task results after a few days.

    A result row keeps the task's arguments, and for e-mail those are the recipient and the
    whole message: keeping them longer than needed to investigate a failure is not allowed
    (AVG, data minimisation). Failed results are kept longer, so someone can look at them.
    """
    from django.conf import settings
    from django.core.management import call_command
    from django_tasks import task_backends
    from django_tasks_db.backend import DatabaseBackend

    if not isinstance(task_backends["default"], DatabaseBackend):
        return
    call_command(
        "prune_db_task_results",
        queue_name="*",
        min_age_days=settings.TASK_RESULT_RETENTION_DAYS,
        failed_min_age_days=settings.TASK_RESULT_FAILED_RETENTION_DAYS,
        verbosity=0,
    )
