"""E-mails about sign-ups, rendered when the change is made and queued (``core.mail``)."""

from django.core.mail import EmailMessage

from kennispunt.core.mail import send_later, send_templated

from .ical import calendar_for
from .models import SEAT_STATUSES, SignUp

# Kinds of sign-up mail; those that put a seat in someone's calendar carry the .ics.
WITH_ICS = {"confirmed", "changed", "reminder", "offered"}


def signup_mail_send(signup_id: int, kind: str) -> None:
    """Queue the ``kind`` mail to whoever signed up, as the sign-up stands now."""
    signup = (
        SignUp.objects.select_related("session__training", "session__municipality", "party")
        .filter(pk=signup_id)
        .first()
    )
    if signup is None or not signup.email:
        return
    session = signup.session
    attachments = []
    if kind in WITH_ICS:
        calendar = calendar_for([session], name=session.training.title, with_online_link=True)
        attachments.append(("training.ics", calendar, "text/calendar"))
    send_templated(
        f"trainings/email/{kind}",
        [signup.email],
        {"signup": signup, "session": session},
        attachments=attachments,
    )


def session_message_send(session_id: int, subject: str, body: str) -> None:
    """Staff wrote to everyone with a seat (one e-mail each: addresses stay private)."""
    emails = (
        SignUp.objects.filter(session_id=session_id, status__in=SEAT_STATUSES)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    for email in emails:
        send_later(EmailMessage(subject=subject, body=body, to=[email]))
