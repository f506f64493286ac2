"""Background work: start due mailings and send them in batches."""

from django.db import transaction
from django_tasks import task

from . import sending

# A task sends for at most this long, then queues its successor, so one big mailing does not
# hold a worker for hours and a deploy restarts it cleanly.
TASK_SECONDS = 120


@task()
def dispatch_mailings() -> int:
    """Every minute: start what is due, and wake up mailings whose worker stopped."""
    started = sending.due_mailings()
    for mailing_id in started:
        sending.mailing_start(mailing_id=mailing_id)
    stalled = sending.stalled_mailings()
    for mailing_id in stalled:
        send_mailing.enqueue(mailing_id)
    return len(stalled)


@task()
def send_mailing(mailing_id: int) -> int:
    try:
        handled = sending.mailing_send(mailing_id=mailing_id, max_seconds=TASK_SECONDS)
    except sending.MailServerUnavailable:
        return 0  # the dispatcher tries again within a minute
    if handled:
        transaction.on_commit(lambda: send_mailing.enqueue(mailing_id))
    return handled
