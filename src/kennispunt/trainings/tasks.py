"""E-mails and periodic jobs for trainings. Thin: load by primary key, call a service."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from kennispunt.core.mail import render_subject

from . import services
from .ical import calendar_for
from .models import SignUp

# Kinds of sign-up mail; those that put a seat in someone's calendar carry the .ics.
WITH_ICS = {"confirmed", "changed", "reminder", "offered"}


@task()
def send_signup_mail(signup_id: int, kind: str) -> None:
    signup = (
        SignUp.objects.select_related("session__training", "session__municipality", "party")
        .filter(pk=signup_id)
        .first()
    )
    if signup is None or not signup.email:
        return
    session = signup.session
    context = {"signup": signup, "session": session, "site_url": settings.SITE_URL}
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_subject(f"trainings/email/{kind}_subject.txt", context)
        body = render_to_string(f"trainings/email/{kind}.txt", context)
    message = EmailMessage(subject=subject, body=body, to=[signup.email])
    if kind in WITH_ICS:
        message.attach(
            "training.ics",
            calendar_for([session], name=session.training.title, with_online_link=True),
            "text/calendar",
        )
    message.send()


@task()
def send_session_message(session_id: int, subject: str, body: str) -> None:
    """Staff wrote to everyone signed up (one e-mail each: addresses stay private)."""
    emails = (
        SignUp.objects.filter(session_id=session_id, status__in=services.SEAT_STATUSES)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    for email in emails:
        EmailMessage(subject=subject, body=body, to=[email]).send()


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
