"""Periodic jobs for trainings. Thin: each calls a service."""

from django_tasks import task

from . import services


@task()
def expire_offers() -> None:
    services.offers_expire()


@task()
def send_reminders() -> None:
    services.reminders_send()


@task()
def request_evaluations() -> None:
    services.evaluations_request()


@task()
def anonymise_past() -> None:
    services.attendees_anonymise()
