"""Background work of the election planner: deadline reminders for party boards."""

from django_tasks import task

from . import services


@task()
def send_deadline_reminders() -> int:
    return services.reminders_send()
