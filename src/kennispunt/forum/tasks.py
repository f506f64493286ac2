"""Background work of the forum: the daily digest of notifications."""

from django_tasks import task

from . import mail


@task()
def send_daily_digests() -> int:
    return mail.digests_send()
