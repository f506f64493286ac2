"""Background work of the knowledge base: review reminders and the wegwijzer link check."""

from django_tasks import task

from . import services_upkeep


@task()
def send_review_reminders() -> int:
    return services_upkeep.review_reminders_send()


@task()
def check_wegwijzer_links() -> int:
    return services_upkeep.wegwijzer_links_check()
