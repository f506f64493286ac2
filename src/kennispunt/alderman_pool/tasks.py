"""Periodic jobs for the pool. Thin: each calls a service."""

from django_tasks import task

from . import services


@task()
def expire_requests() -> None:
    services.requests_expire()


@task()
def send_reminders() -> None:
    services.reminders_send()


@task()
def purge_expired() -> None:
    services.profiles_purge()
