"""Background work of Transparante financiën: deadline reminders for a party's register."""

from django_tasks import task

from . import services


@task()
def send_deadline_reminders() -> int:
    return services.reminders_send()
