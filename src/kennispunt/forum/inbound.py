"""Replying to a forum notification by e-mail.

Each notification mail has its own Reply-To: ``<local>+forum-<user>-<post>-<signature>@<domain>``
of ``FORUM_REPLY_ADDRESS``, signed for that one recipient and post. The helpdesk's ingest route
(which every incoming mail passes) offers the mail here; a reply becomes a post in the topic,
written by the token's recipient, only when the sender is that recipient (a verified address of
theirs) and they may still use the forum. The quoted notification and the signature are left out.
"""

import hmac
import re
from typing import Any

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.crypto import salted_hmac

from kennispunt.core.inbound_mail import Handled, InboundMail, reply_text

from .access import may_use_forum
from .models import Post
from .services import ForumError, topic_reply

SALT = "kennispunt.forum.reply-by-email"
_TAG = re.compile(r"^forum-(\d+)-(\d+)-([0-9a-f]{20})$")


def _signature(user_id: int, post_id: int) -> str:
    return salted_hmac(SALT, f"{user_id}-{post_id}", algorithm="sha256").hexdigest()[:20]


def reply_address(*, user: Any, post: Post) -> str:
    """The Reply-To of a notification about ``post`` sent to ``user``."""
    local, _at, domain = str(settings.FORUM_REPLY_ADDRESS).partition("@")
    tag = f"forum-{user.pk}-{post.pk}-{_signature(user.pk, post.pk)}"
    return f"{local.split('+', 1)[0]}+{tag}@{domain}"


def _tag_from(recipients: list[str]) -> tuple[int, int] | None:
    local, _at, domain = str(settings.FORUM_REPLY_ADDRESS).lower().partition("@")
    base = local.split("+", 1)[0]
    for address in recipients:
        their_local, _at2, their_domain = address.lower().partition("@")
        their_base, plus, tag = their_local.partition("+")
        match = _TAG.match(tag) if plus else None
        if match is None or their_base != base or their_domain != domain:
            continue
        user_id, post_id, signature = int(match[1]), int(match[2]), match[3]
        if hmac.compare_digest(signature, _signature(user_id, post_id)):
            return user_id, post_id
    return None


def _sender_is(user: Any, address: str) -> bool:
    if user.email and user.email.lower() == address.lower():
        return True
    return EmailAddress.objects.filter(user=user, email__iexact=address, verified=True).exists()


def reply_by_email(mail: InboundMail) -> Handled | None:
    """Claim mail to a forum reply address; post it when the rules allow, else refuse it."""
    local = str(settings.FORUM_REPLY_ADDRESS).lower().partition("@")[0].split("+", 1)[0]
    if not any(f"{local}+forum-" in address.lower() for address in mail.recipients):
        return None
    found = _tag_from(mail.recipients)
    if found is None:
        return Handled(accepted=False, note="forum: reply address with a wrong signature")
    user_id, post_id = found
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    post = Post.objects.select_related("topic").filter(pk=post_id).first()
    if user is None or post is None:
        return Handled(accepted=False, note="forum: recipient or post no longer exists")
    if not _sender_is(user, mail.from_address):
        return Handled(accepted=False, note="forum: sender is not the notification's recipient")
    if not may_use_forum(user):
        return Handled(accepted=False, note="forum: recipient no longer has access")
    if post.topic.is_hidden:
        return Handled(accepted=False, note="forum: topic is hidden")
    body = reply_text(mail.body)
    if not body:
        return Handled(accepted=False, note="forum: no text above the quoted message")
    try:
        reply = topic_reply(author=user, topic=post.topic, body=body[:20000])
    except ForumError as error:
        return Handled(accepted=False, note=f"forum: {error}")
    return Handled(accepted=True, note=f"forum: post {reply.pk}")
