"""Writes for the forum. Views, tasks and the demo builder call these; moderation is audited."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import F, Max
from django.utils import formats, timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from kennispunt.core import uploads
from kennispunt.core.audit import log_action
from kennispunt.core.uploads import UploadPolicy, stored_name

from .access import may_moderate, may_use_forum
from .linking import page_cards
from .mail import notification_email_send
from .models import (
    Attachment,
    Bookmark,
    Category,
    EmailMode,
    Flag,
    Follow,
    ForumProfile,
    Like,
    Notification,
    NotificationKind,
    Post,
    PostRevision,
    ReadState,
    Topic,
)
from .rendering import candidate_handles, link_paths, render_markdown

LINK_LIMIT_NEW_MEMBER = 2
NEW_MEMBER_POSTS = 3  # a member with fewer approved posts than this is "new"


class ForumError(Exception):
    """A rule stopped the action; the message is Dutch and meant for the member."""


# --- Profiles ---------------------------------------------------------------------------------


def profile_for(user: Any) -> ForumProfile:
    """The member's forum profile, made on first use with a handle that never changes."""
    profile = ForumProfile.objects.filter(user=user).first()
    if profile is not None:
        return profile
    base = slugify(user.first_name or "")[:30] or "lid"
    return ForumProfile.objects.get_or_create(user=user, defaults={"handle": f"{base}-{user.pk}"})[
        0
    ]


def profile_update(*, user: Any, email_mode: str) -> ForumProfile:
    profile = profile_for(user)
    profile.email_mode = email_mode
    profile.save(update_fields=["email_mode"])
    return profile


# --- Rules before writing ---------------------------------------------------------------------


def _rate_limits() -> dict[str, tuple[int, int]]:
    return settings.FORUM_RATE_LIMITS


def check_may_post(*, user: Any, body: str, kind: str) -> None:
    """Raise ForumError when a suspension, rate limit or link limit stops this post.

    ``kind`` is "topic", "reply" or "edit" (an edit is not rate limited).
    """
    if not may_use_forum(user):
        raise ForumError(_("U hebt geen toegang tot het forum."))
    profile = profile_for(user)
    now = timezone.now()
    if profile.suspended_until and profile.suspended_until > now:
        until = formats.date_format(timezone.localtime(profile.suspended_until), "j F Y H:i")
        raise ForumError(
            _("U bent geschorst tot %(until)s en kunt tot dan niets plaatsen.") % {"until": until}
        )
    if may_moderate(user):
        return
    if kind != "edit":
        _check_rate_limit(user=user, kind=kind, now=now)
    links = body.count("](") + body.count("http://") + body.count("https://")
    if links > LINK_LIMIT_NEW_MEMBER and _is_new_member(user):
        raise ForumError(
            _(
                "Nieuwe leden mogen maximaal %(count)s links in een bericht zetten. Haal een paar "
                "links weg; uw tekst staat hieronder nog."
            )
            % {"count": LINK_LIMIT_NEW_MEMBER}
        )


def _check_rate_limit(*, user: Any, kind: str, now: datetime) -> None:
    count, minutes = _rate_limits()[kind]
    since = now - timedelta(minutes=minutes)
    if kind == "topic":
        recent = Topic.objects.filter(author=user, created_at__gte=since).count()
    else:
        recent = Post.objects.filter(author=user, created_at__gte=since).count()
    if recent >= count:
        raise ForumError(
            _(
                "U hebt in korte tijd veel berichten geplaatst. Wacht even (maximaal %(minutes)s "
                "minuten) en probeer het dan opnieuw. Uw tekst staat hieronder nog."
            )
            % {"minutes": minutes}
        )


def _is_new_member(user: Any) -> bool:
    return Post.objects.filter(author=user, is_approved=True).count() < NEW_MEMBER_POSTS


def _hold(user: Any) -> bool:
    if not settings.FORUM_HOLD_FIRST_POSTS or may_moderate(user):
        return False
    return not Post.objects.filter(author=user, is_approved=True).exists()


# --- Rendering --------------------------------------------------------------------------------


@dataclass
class RenderResult:
    html: str
    mentioned: list[Any]


def render_body(body: str) -> RenderResult:
    """Render once, on save: the member handles that exist and the pages linked to."""
    handles = candidate_handles(body)
    profiles = {
        p.handle: p for p in ForumProfile.objects.filter(handle__in=handles).select_related("user")
    }
    rendered = render_markdown(
        body, handles=set(profiles), cards=page_cards(link_paths(body)) if "/" in body else {}
    )
    mentioned = [profiles[h].user for h in sorted(rendered.mentioned_handles)]
    return RenderResult(html=rendered.html, mentioned=mentioned)


# --- Topics and posts -------------------------------------------------------------------------


MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
ATTACHMENT_TYPES = frozenset({uploads.PNG, uploads.JPEG, uploads.GIF, uploads.PDF})


def attachment_policy() -> UploadPolicy:
    """The forum's part of the site's one upload check (the form asks it)."""
    return UploadPolicy(
        allowed=ATTACHMENT_TYPES,
        max_bytes=MAX_ATTACHMENT_BYTES,
        refusal=_(
            "Dit bestand is geen afbeelding (PNG, JPEG, GIF) of PDF. Kies een ander bestand."
        ),
    )


def _attach(post: Post, files: list[UploadedFile], content_types: list[str]) -> None:
    for upload, content_type in zip(files, content_types, strict=True):
        if content_type not in ATTACHMENT_TYPES:
            raise ValueError(f"Not checked by attachment_policy: {content_type}")
        attachment = Attachment(post=post, name=upload.name or "", content_type=content_type)
        attachment.size = upload.size or 0
        # Named after what it is (the form asked attachment_policy), never after the upload.
        attachment.file.save(stored_name(content_type), upload, save=False)
        attachment.save()


def _add_post(*, topic: Topic, author: Any, body: str, held: bool) -> Post:
    """Append a post with the next number; keeps the topic's counters in step."""
    topic = Topic.objects.select_for_update().get(pk=topic.pk)
    rendered = render_body(body)
    now = timezone.now()
    post = Post.objects.create(
        topic=topic,
        number=topic.last_number + 1,
        author=author,
        body=body,
        html=rendered.html,
        created_at=now,
        is_approved=not held,
    )
    fields: dict[str, Any] = {"last_number": post.number}
    if not held:
        fields.update(post_count=F("post_count") + 1, last_post_at=now)
        if post.number > 1:
            fields["reply_count"] = F("reply_count") + 1
    Topic.objects.filter(pk=topic.pk).update(**fields)
    post._mentioned = rendered.mentioned
    Follow.objects.get_or_create(user=author, topic=topic)
    ReadState.objects.update_or_create(
        user=author, topic=topic, defaults={"last_read_number": post.number}
    )
    return post


def _publish(
    *, topic: Topic, author: Any, body: str, held: bool, files: Any, content_types: Any
) -> Post:
    post = _add_post(topic=topic, author=author, body=body, held=held)
    _attach(post, files or [], content_types or [])
    if not held:
        _notify_new_post(post)
    return post


@transaction.atomic
def topic_create(
    *,
    author: Any,
    category: Category,
    title: str,
    body: str,
    files: list[UploadedFile] | None = None,
    content_types: list[str] | None = None,
) -> Post:
    """Start a topic; returns its opening post (held for a moderator when the rule says so)."""
    if category.staff_only and not may_moderate(author):
        raise ForumError(_("In deze categorie kunnen alleen moderatoren een onderwerp starten."))
    check_may_post(user=author, body=body, kind="topic")
    held = _hold(author)
    topic = Topic.objects.create(category=category, title=title, author=author, is_hidden=held)
    return _publish(
        topic=topic, author=author, body=body, held=held, files=files, content_types=content_types
    )


def hidden_by_moderator(topic: Topic) -> bool:
    """Hidden by a moderator, not merely held until its opening post is approved."""
    if not topic.is_hidden:
        return False
    return not Post.objects.filter(topic=topic, number=1, is_approved=False).exists()


@transaction.atomic
def topic_reply(
    *,
    author: Any,
    topic: Topic,
    body: str,
    files: list[UploadedFile] | None = None,
    content_types: list[str] | None = None,
) -> Post:
    if topic.is_locked and not may_moderate(author):
        raise ForumError(_("Dit onderwerp is gesloten: er kunnen geen reacties meer bij."))
    if hidden_by_moderator(topic) and not may_moderate(author):
        raise ForumError(
            _("Een moderator heeft dit onderwerp verborgen: er kunnen geen reacties meer bij.")
        )
    check_may_post(user=author, body=body, kind="reply")
    return _publish(
        topic=topic,
        author=author,
        body=body,
        held=_hold(author),
        files=files,
        content_types=content_types,
    )


@transaction.atomic
def post_edit(*, post: Post, editor: Any, body: str) -> Post:
    """The author edits their post; the previous text is kept in the visible history."""
    if post.author_id != editor.pk:
        raise ForumError(_("U kunt alleen uw eigen berichten bewerken."))
    if post.body == body:
        return post
    if post.topic.is_locked and not may_moderate(editor):
        raise ForumError(_("Dit onderwerp is gesloten: berichten kunnen niet meer worden bewerkt."))
    check_may_post(user=editor, body=body, kind="edit")
    PostRevision.objects.create(post=post, body=post.body)
    post.body = body
    post.html = render_body(body).html
    post.edited_at = timezone.now()
    post.save(update_fields=["body", "html", "edited_at"])
    return post


def _recount(topic: Topic) -> None:
    visible = Post.objects.filter(topic=topic, is_approved=True, is_hidden=False, is_deleted=False)
    count = visible.count()
    last = visible.aggregate(last=Max("created_at"))["last"] or topic.created_at
    Topic.objects.filter(pk=topic.pk).update(
        post_count=count, reply_count=max(count - 1, 0), last_post_at=last
    )


@transaction.atomic
def post_delete(*, post: Post, user: Any) -> None:
    """An author removes their own post: the text goes, the place in the thread stays."""
    if post.author_id != user.pk:
        raise ForumError(_("U kunt alleen uw eigen berichten verwijderen."))
    post.is_deleted = True
    post.body = ""
    post.html = ""
    post.save(update_fields=["is_deleted", "body", "html"])
    post.revisions.all().delete()
    post.attachments.all().delete()
    _recount(post.topic)


@transaction.atomic
def post_like_toggle(*, post: Post, user: Any) -> bool:
    """Like or unlike; returns whether the member now likes the post."""
    deleted, _rows = Like.objects.filter(post=post, user=user).delete()
    if deleted:
        Post.objects.filter(pk=post.pk).update(like_count=F("like_count") - 1)
        return False
    Like.objects.create(post=post, user=user)
    Post.objects.filter(pk=post.pk).update(like_count=F("like_count") + 1)
    return True


@transaction.atomic
def bookmark_toggle(*, topic: Topic, user: Any, post: Post | None = None) -> bool:
    """Set or remove the member's bookmark in ``topic``; returns whether it is set now.

    A member keeps one bookmark per topic: marking another post moves it there."""
    if post is not None and post.topic_id != topic.pk:
        raise ValueError("The post is not in this topic.")
    current = Bookmark.objects.filter(topic=topic, user=user).first()
    if current is None:
        Bookmark.objects.create(topic=topic, user=user, post=post)
        return True
    if post is not None and current.post_id != post.pk:
        current.post = post
        current.save(update_fields=["post"])
        return True
    current.delete()
    return False


@transaction.atomic
def follow_toggle(
    *, user: Any, topic: Topic | None = None, category: Category | None = None
) -> bool:
    deleted, _rows = Follow.objects.filter(user=user, topic=topic, category=category).delete()
    if deleted:
        return False
    Follow.objects.create(user=user, topic=topic, category=category)
    return True


@transaction.atomic
def solution_mark(*, post: Post, user: Any) -> Topic:
    """The topic's author (or a moderator) marks a reply as the solution, or clears it."""
    topic = post.topic
    if topic.author_id != user.pk and not may_moderate(user):
        raise ForumError(_("Alleen wie het onderwerp startte kan een oplossing kiezen."))
    if topic.solution_id == post.pk:
        topic.solution = None
        topic.is_solved = False
    else:
        topic.solution = post
        topic.is_solved = True
        if post.author_id and post.author_id != user.pk:
            _notify([post.author], post, NotificationKind.SOLUTION)
    topic.save(update_fields=["solution", "is_solved"])
    if may_moderate(user) and topic.author_id != user.pk:
        log_action(topic, "forum.solution_marked", user, {"post": post.pk})
    return topic


def read_state_update(*, user: Any, topic: Topic, number: int) -> None:
    """Remember the highest post number seen; never moves backwards."""
    updated = ReadState.objects.filter(user=user, topic=topic, last_read_number__lt=number).update(
        last_read_number=number
    )
    if not updated:
        ReadState.objects.get_or_create(
            user=user, topic=topic, defaults={"last_read_number": number}
        )


@transaction.atomic
def flag_create(*, post: Post, reporter: Any, reason: str) -> Flag:
    return Flag.objects.create(post=post, reporter=reporter, reason=reason)


# --- Notifications ----------------------------------------------------------------------------


def _notify(users: list[Any], post: Post, kind: str) -> list[Notification]:
    made = []
    for user in users:
        if user is None or not user.is_active or not may_use_forum(user):
            continue
        notification = Notification.objects.create(user=user, kind=kind, post=post)
        made.append(notification)
        if profile_for(user).email_mode == EmailMode.IMMEDIATE:
            notification_email_send(notification=notification)
    return made


def _notify_new_post(post: Post) -> None:
    """Mentions first, then followers of the topic (or, for a new topic, of its category)."""
    if Topic.objects.filter(pk=post.topic_id, is_hidden=True).exists():
        return  # only moderators and the author can read it
    author_id = post.author_id
    mentioned = [u for u in getattr(post, "_mentioned", []) if u.pk != author_id]
    done = {u.pk for u in mentioned} | {author_id}
    _notify(mentioned, post, NotificationKind.MENTION)
    if post.number == 1:
        follows = Follow.objects.filter(category_id=post.topic.category_id)
    else:
        follows = Follow.objects.filter(topic_id=post.topic_id)
    followers = [f.user for f in follows.select_related("user") if f.user_id not in done]
    _notify(followers, post, NotificationKind.REPLY)


def notifications_mark_read(*, user: Any, ids: list[int] | None = None) -> int:
    qs = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        qs = qs.filter(pk__in=ids)
    return qs.update(read_at=timezone.now())


# --- Moderation -------------------------------------------------------------------------------


def _moderated(obj: Any, action: str, moderator: Any, reason: str, **data: Any) -> None:
    if not may_moderate(moderator):
        raise ForumError(_("Alleen moderatoren kunnen dit doen."))
    if not reason.strip():
        raise ForumError(_("Geef een reden op; die komt in het logboek."))
    log_action(obj, action, moderator, {"reason": reason.strip(), **data})


def _resolve_flags(post: Post) -> None:
    Flag.objects.filter(post=post, resolved_at__isnull=True).update(resolved_at=timezone.now())


@transaction.atomic
def post_moderate(*, post: Post, moderator: Any, action: str, reason: str) -> Post:
    """hide, restore, approve (a held post) or dismiss (flags without action)."""
    _moderated(post, f"forum.post_{action}", moderator, reason)
    topic = post.topic
    if action == "hide":
        post.is_hidden = True
    elif action == "restore":
        post.is_hidden = False
    elif action == "approve":
        post.is_approved = True
        if post.number == 1:
            Topic.objects.filter(pk=topic.pk).update(is_hidden=False)
    elif action != "dismiss":
        raise ForumError(_("Onbekende actie."))
    post.save(update_fields=["is_hidden", "is_approved"])
    _resolve_flags(post)
    _recount(topic)
    if action == "approve":
        post._mentioned = render_body(post.body).mentioned
        _notify_new_post(post)
    return post


@transaction.atomic
def post_redact(*, post: Post, moderator: Any, body: str, reason: str) -> Post:
    """Remove personal data from a post; earlier versions (which had it) are deleted too."""
    _moderated(post, "forum.post_redacted", moderator, reason)
    post.revisions.all().delete()
    post.body = body
    post.html = render_body(body).html
    post.save(update_fields=["body", "html"])
    return post


TOPIC_ACTIONS = {
    "lock": ("is_locked", True),
    "unlock": ("is_locked", False),
    "pin": ("is_pinned", True),
    "unpin": ("is_pinned", False),
    "hide": ("is_hidden", True),
    "restore": ("is_hidden", False),
}


@transaction.atomic
def topic_moderate(*, topic: Topic, moderator: Any, action: str, reason: str) -> Topic:
    """lock, unlock, pin, unpin, hide, restore."""
    fields = TOPIC_ACTIONS
    if action not in fields:
        raise ForumError(_("Onbekende actie."))
    _moderated(topic, f"forum.topic_{action}", moderator, reason)
    field, value = fields[action]
    setattr(topic, field, value)
    topic.save(update_fields=[field])
    return topic


@transaction.atomic
def topic_move(*, topic: Topic, moderator: Any, category: Category, reason: str) -> Topic:
    _moderated(topic, "forum.topic_moved", moderator, reason, to=category.slug)
    topic.category = category
    topic.save(update_fields=["category"])
    return topic


@transaction.atomic
def topic_merge(*, topic: Topic, into: Topic, moderator: Any, reason: str) -> Topic:
    """Append ``topic``'s posts to ``into`` in their order; ``topic`` is then removed."""
    if topic.pk == into.pk:
        raise ForumError(_("Een onderwerp kan niet met zichzelf worden samengevoegd."))
    _moderated(into, "forum.topic_merged", moderator, reason, merged=topic.pk)
    into = Topic.objects.select_for_update().get(pk=into.pk)
    number = into.last_number
    for post in Post.objects.filter(topic=topic).order_by("number"):
        number += 1
        Post.objects.filter(pk=post.pk).update(topic=into, number=number)
    Topic.objects.filter(pk=into.pk).update(last_number=number)
    ReadState.objects.filter(topic=topic).delete()
    Follow.objects.filter(topic=topic).delete()
    Bookmark.objects.filter(topic=topic).delete()
    topic.delete()
    _recount(into)
    into.refresh_from_db()
    return into


@transaction.atomic
def member_suspend(*, user: Any, moderator: Any, until: datetime, reason: str) -> ForumProfile:
    """Suspend until a moment (in the past lifts the suspension)."""
    profile = profile_for(user)
    _moderated(profile, "forum.member_suspended", moderator, reason, until=until.isoformat())
    profile.suspended_until = until
    profile.save(update_fields=["suspended_until"])
    return profile
