"""Notification e-mails. Each carries a one-click unsubscribe link (a signed token that works
without logging in) and the List-Unsubscribe headers (RFC 8058), so mail programs offer it too.
"""

from typing import Any

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from kennispunt.core.mail import render_subject

from .access import may_use_forum
from .models import EmailMode, ForumProfile, Notification

UNSUBSCRIBE_SALT = "kennispunt.forum.unsubscribe"


def unsubscribe_token(user: Any) -> str:
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)


def user_id_from_token(token: str) -> int | None:
    try:
        return int(signing.loads(token, salt=UNSUBSCRIBE_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def unsubscribe_url(user: Any) -> str:
    path = reverse("forum:unsubscribe", kwargs={"token": unsubscribe_token(user)})
    return f"{settings.SITE_URL}{path}"


def _message(user: Any, subject_template: str, body_template: str, context: dict) -> Any:
    url = unsubscribe_url(user)
    context = {**context, "site_url": settings.SITE_URL, "unsubscribe_url": url}
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_subject(subject_template, context)
        body = render_to_string(body_template, context)
    return EmailMultiAlternatives(
        subject=subject,
        body=body,
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def _notifications() -> Any:
    return Notification.objects.select_related("user", "post__topic", "post__author__forum_profile")


@transaction.atomic
def notification_email_send(*, notification_id: int) -> bool:
    """Send one notification now (members who chose "direct"). Skips what is no longer due."""
    notification = _notifications().select_for_update(of=("self",)).filter(pk=notification_id)
    item = notification.first()
    if item is None or item.emailed_at is not None or item.read_at is not None:
        return False
    user = item.user
    mode = ForumProfile.objects.filter(user=user).values_list("email_mode", flat=True).first()
    if mode != EmailMode.IMMEDIATE or not user.email or not may_use_forum(user):
        return False
    _message(
        user,
        "forum/email/notification_subject.txt",
        "forum/email/notification.txt",
        {"notification": item},
    ).send()
    Notification.objects.filter(pk=item.pk).update(emailed_at=timezone.now())
    return True


def digests_send() -> int:
    """One e-mail per daily-digest member with their unread, not yet e-mailed notifications."""
    per_user: dict[int, list[Notification]] = {}
    pending = _notifications().filter(
        emailed_at__isnull=True,
        read_at__isnull=True,
        user__forum_profile__email_mode=EmailMode.DAILY,
    )
    for item in pending.order_by("user_id", "created_at")[:5000]:
        per_user.setdefault(item.user_id, []).append(item)
    sent = 0
    for items in per_user.values():
        user = items[0].user
        if user.email and may_use_forum(user):
            _message(
                user,
                "forum/email/digest_subject.txt",
                "forum/email/digest.txt",
                {"notifications": items},
            ).send()
            sent += 1
        Notification.objects.filter(pk__in=[i.pk for i in items]).update(emailed_at=timezone.now())
    return sent
