"""Background work of the forum: notification e-mails, immediate and as a daily digest."""

from django_tasks import task

from . import mail


@task()
def send_notification_email(notification_id: int) -> bool:
    return mail.notification_email_send(notification_id=notification_id)


@task()
def send_daily_digests() -> int:
    return mail.digests_send()
