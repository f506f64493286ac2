"""Notification e-mails. Each carries a one-click unsubscribe link (a signed token that works
without logging in) and the List-Unsubscribe headers (RFC 8058), so mail programs offer it too.

Rendered when the notification is made (or, for the daily digest, when the digest job runs)
and queued through ``core.mail``; the worker only delivers.
"""

from typing import Any

from django.core import signing
from django.db import transaction
from django.utils import timezone

from kennispunt.core.links import absolute_url
from kennispunt.core.mail import send_templated

from .access import may_use_forum
from .models import EmailMode, Notification

UNSUBSCRIBE_SALT = "kennispunt.forum.unsubscribe"


def unsubscribe_token(user: Any) -> str:
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)


def user_id_from_token(token: str) -> int | None:
    try:
        return int(signing.loads(token, salt=UNSUBSCRIBE_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def unsubscribe_url(user: Any) -> str:
    return absolute_url("forum:unsubscribe", token=unsubscribe_token(user))


def _send(user: Any, template: str, context: dict[str, Any], **options: Any) -> None:
    send_templated(
        f"forum/email/{template}",
        [user.email],
        context,
        unsubscribe_url=unsubscribe_url(user),
        **options,
    )


def _notifications() -> Any:
    return Notification.objects.select_related("user", "post__topic", "post__author__forum_profile")


def notification_email_send(*, notification: Notification) -> bool:
    """Queue the e-mail about a new notification (members who chose "direct") and mark it
    e-mailed, in the transaction that made it. Called for those in "direct" mode only."""
    user = notification.user
    if not user.email or not may_use_forum(user):
        return False
    from .inbound import reply_address  # inbound needs services, which import this module

    address = reply_address(user=user, post=notification.post)
    _send(
        user,
        "notification",
        {"notification": notification, "may_reply": True},
        reply_to=[address],
    )
    Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now())
    return True


def digests_send() -> int:
    """One e-mail per daily-digest member with their unread, not yet e-mailed notifications.

    Per member, in one transaction: the notifications are locked and marked e-mailed and the
    digest is queued, so a second run (or a second worker) finds them done, and a failure
    leaves them for the next run.
    """
    per_user: dict[int, list[int]] = {}
    pending = Notification.objects.filter(
        emailed_at__isnull=True,
        read_at__isnull=True,
        user__forum_profile__email_mode=EmailMode.DAILY,
    )
    for user_id, pk in pending.order_by("user_id", "created_at").values_list("user_id", "pk")[
        :5000
    ]:
        per_user.setdefault(user_id, []).append(pk)
    sent = 0
    for ids in per_user.values():
        with transaction.atomic():
            items = list(
                _notifications()
                .select_for_update(of=("self",))
                .filter(pk__in=ids, emailed_at__isnull=True)
                .order_by("created_at")
            )
            if not items:
                continue
            user = items[0].user
            if user.email and may_use_forum(user):
                _send(user, "digest", {"notifications": items})
                sent += 1
            Notification.objects.filter(pk__in=[i.pk for i in items]).update(
                emailed_at=timezone.now()
            )
    return sent
