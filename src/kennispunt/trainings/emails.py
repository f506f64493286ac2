"""E-mails about sign-ups, rendered when the change is made and queued (``core.mail``)."""

from datetime import timedelta

from django.core import signing
from django.core.mail import EmailMessage
from django.urls import reverse

from kennispunt.core.links import absolute_url
from kennispunt.core.mail import send_later, send_templated

from .ical import calendar_for
from .models import SEAT_STATUSES, SignUp

# Kinds of sign-up mail; those that put a seat in someone's calendar carry the .ics.
WITH_ICS = {"confirmed", "changed", "reminder", "offered"}
# Kinds of mail to someone waiting for a seat: they carry a "niet meer geïnteresseerd" link.
WITH_LEAVE_LINK = {"waiting", "offered"}

LEAVE_SALT = "trainings.waiting-list.leave"
# Long enough to cover a waiting list that runs for months before the session.
LEAVE_MAX_AGE = timedelta(days=365)


def leave_token(signup: SignUp) -> str:
    """A signed token for leaving the waiting list without signing in (one click from the
    mail, then a confirm button: mail scanners that open links do not take anyone off)."""
    return signing.dumps({"s": signup.pk, "e": signup.email}, salt=LEAVE_SALT)


def leave_token_signup_id(token: str) -> int | None:
    """The sign-up a token was made for, or None when it is forged or too old. The e-mail
    address is part of the signature, so the token only works for the sign-up it was sent for."""
    try:
        data = signing.loads(token, salt=LEAVE_SALT, max_age=LEAVE_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("s"), int):
        return None
    email = SignUp.objects.filter(pk=data["s"]).values_list("email", flat=True).first()
    if email is None or email != data.get("e"):
        return None
    return int(data["s"])


def leave_url(signup: SignUp) -> str:
    return absolute_url(reverse("trainings:waitlist_leave", kwargs={"token": leave_token(signup)}))


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
    context: dict[str, object] = {"signup": signup, "session": session}
    if kind in WITH_LEAVE_LINK:
        context["leave_url"] = leave_url(signup)
    send_templated(f"trainings/email/{kind}", [signup.email], context, attachments=attachments)


def session_message_send(session_id: int, subject: str, body: str) -> None:
    """Staff wrote to everyone with a seat (one e-mail each: addresses stay private)."""
    emails = (
        SignUp.objects.filter(session_id=session_id, status__in=SEAT_STATUSES)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    for email in emails:
        send_later(EmailMessage(subject=subject, body=body, to=[email]))
