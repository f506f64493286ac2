"""Background work of the helpdesk: auto-close, retention and the IMAP poller."""

from django_tasks import task

from . import imap, services


@task()
def auto_close() -> int:
    return services.tickets_auto_close()


@task()
def retention() -> int:
    return services.tickets_retention()


@task()
def poll_imap() -> int:
    return imap.poll()
