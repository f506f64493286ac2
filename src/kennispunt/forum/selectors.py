"""Reads for the forum. Every list is one indexed query plus a bounded number of lookups."""

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Q, QuerySet
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from wagtail.search.backends import get_search_backend

from kennispunt.core.suggestions import Suggestion

from .models import (
    Bookmark,
    Category,
    Flag,
    Follow,
    ForumProfile,
    Like,
    Notification,
    Post,
    ReadState,
    Topic,
)

TOPICS_PER_PAGE = 30
POSTS_PER_PAGE = 50


def solved_topics_matching(*, text: str, limit: int = 5) -> list[Suggestion]:
    """Solved, visible topics whose title shares the longest words of ``text`` (for the helpdesk).

    Registered as a members-only suggestion provider: only eligible members get to see these.
    """
    words = sorted({w for w in text.lower().split() if len(w) > 4}, key=len, reverse=True)[:4]
    if not words:
        return []
    condition = Q()
    for word in words:
        condition |= Q(title__icontains=word.strip(".,;:!?\"'()"))
    topics = (
        Topic.objects.filter(condition, is_solved=True, is_hidden=False)
        .order_by("-last_post_at", "-id")
        .only("pk", "title")[:limit]
    )
    return [Suggestion(title=t.title, url=t.get_absolute_url(), kind=_("Forum")) for t in topics]


MENTION_TYPED_RE = re.compile(r"(?:^|(?<=[^\w@/]))@([a-z0-9][a-z0-9-]{0,39})$", re.IGNORECASE)


def mention_being_typed(text: str) -> str:
    """The start of a handle the text ends with ("... vraag @an" → "an"), or ""."""
    match = MENTION_TYPED_RE.search(text[-60:])
    return match.group(1).lower() if match else ""


def mention_candidates(*, prefix: str, limit: int = 8) -> list[ForumProfile]:
    """Forum profiles of active members whose handle starts with ``prefix``, for @mentions."""
    if not prefix:
        return []
    return list(
        ForumProfile.objects.filter(handle__startswith=prefix, user__is_active=True)
        .select_related("user")
        .order_by("handle")[:limit]
    )


def categories() -> list[Category]:
    return list(Category.objects.all())


def _topic_list(qs: QuerySet[Topic]) -> QuerySet[Topic]:
    return qs.select_related("author__forum_profile", "category")


def _cursor(value: str) -> tuple[datetime, int] | None:
    stamp, _sep, pk = value.rpartition("_")
    try:
        moment = parse_datetime(stamp) if stamp else None
    except (ValueError, OverflowError):
        return None  # looks like a date but is not one: start at the top
    if moment is None or not pk.isdigit():
        return None
    return moment, int(pk)


def cursor_for(topic: Topic) -> str:
    return f"{topic.last_post_at.isoformat()}_{topic.pk}"


@dataclass
class TopicPage:
    pinned: list[Topic]
    topics: list[Topic]
    next_cursor: str
    is_first: bool


def category_topics(*, category: Category, after: str = "", user: Any = None) -> TopicPage:
    """Pinned topics (on the first page), then by latest activity, keyset-paginated: any page
    costs the same, whether it is the first or the 3,000th."""
    base = Topic.objects.filter(category=category, is_hidden=False)
    cursor = _cursor(after) if after else None
    pinned: list[Topic] = []
    listed = base.filter(is_pinned=False)
    if cursor is None:
        # Ordered like the partial index (no id), so the database uses it.
        pinned = list(_topic_list(base.filter(is_pinned=True)).order_by("-last_post_at"))
    else:
        moment, pk = cursor
        # "<=" first, so the database seeks straight into the index at the cursor.
        listed = listed.filter(last_post_at__lte=moment).exclude(last_post_at=moment, id__gte=pk)
    topics = list(_topic_list(listed).order_by("-last_post_at", "-id")[: TOPICS_PER_PAGE + 1])
    more = len(topics) > TOPICS_PER_PAGE
    topics = topics[:TOPICS_PER_PAGE]
    _mark_unread(pinned + topics, user)
    return TopicPage(
        pinned=pinned,
        topics=topics,
        next_cursor=cursor_for(topics[-1]) if more else "",
        is_first=cursor is None,
    )


def latest_topics(*, user: Any = None, limit: int = 10) -> list[Topic]:
    topics = list(
        _topic_list(Topic.objects.filter(is_hidden=False)).order_by("-last_post_at", "-id")[:limit]
    )
    _mark_unread(topics, user)
    return topics


def _mark_unread(topics: list[Topic], user: Any) -> None:
    """Set ``topic.unread`` (posts after the member last read) with one query."""
    seen: dict[int, int] = {}
    if getattr(user, "is_authenticated", False) and topics:
        seen = dict(
            ReadState.objects.filter(user=user, topic__in=topics).values_list(
                "topic_id", "last_read_number"
            )
        )
    for topic in topics:
        last_read = seen.get(topic.pk)
        topic.is_new = last_read is None  # type: ignore[attr-defined]
        topic.unread = max(topic.last_number - (last_read or 0), 0)  # type: ignore[attr-defined]


def page_count(topic: Topic) -> int:
    return max((topic.last_number + POSTS_PER_PAGE - 1) // POSTS_PER_PAGE, 1)


def page_of(number: int) -> int:
    return max((number - 1) // POSTS_PER_PAGE + 1, 1)


def topic_posts(*, topic: Topic, page: int, user: Any, moderator: bool) -> list[Post]:
    """Posts of one page of the thread (by number, so no count query), with authors, the
    member's own likes and the attachments in three queries."""
    start = (page - 1) * POSTS_PER_PAGE
    posts = Post.objects.filter(topic=topic, number__gt=start, number__lte=start + POSTS_PER_PAGE)
    if not moderator:
        posts = posts.filter(Q(is_approved=True) | Q(author=user))
    result = list(posts.select_related("author__forum_profile").prefetch_related("attachments"))
    liked = set(Like.objects.filter(user=user, post__in=result).values_list("post_id", flat=True))
    for post in result:
        post.liked = post.pk in liked
    return result


def first_unread_number(*, topic: Topic, user: Any) -> int:
    state = ReadState.objects.filter(user=user, topic=topic).first()
    last = state.last_read_number if state else 0
    return min(last + 1, max(topic.last_number, 1))


def topic_flags_for(*, topic: Topic, user: Any) -> dict[str, Any]:
    """Whether the member follows the topic and has a bookmark in it (and at which post)."""
    bookmark = Bookmark.objects.filter(user=user, topic=topic).values_list("post_id").first()
    return {
        "following": Follow.objects.filter(user=user, topic=topic).exists(),
        "bookmarked": bookmark is not None,
        "bookmarked_post": bookmark[0] if bookmark else None,
    }


def is_following_category(*, category: Category, user: Any) -> bool:
    return Follow.objects.filter(user=user, category=category).exists()


def notifications_for(user: Any) -> QuerySet[Notification]:
    return Notification.objects.filter(user=user).select_related(
        "post__topic", "post__author__forum_profile"
    )


def unread_notification_count(user: Any) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def bookmarks_for(user: Any) -> QuerySet[Bookmark]:
    return (
        Bookmark.objects.filter(user=user)
        .select_related("topic__category", "post")
        .order_by("-created_at", "-id")
    )


def moderation_queue() -> dict[str, Any]:
    return {
        "flags": list(
            Flag.objects.filter(resolved_at__isnull=True).select_related(
                "post__topic", "post__author__forum_profile", "reporter__forum_profile"
            )[:100]
        ),
        "held": list(
            Post.objects.filter(is_approved=False)
            .select_related("topic", "author__forum_profile")
            .order_by("created_at")[:100]
        ),
    }


def _visible_posts() -> QuerySet[Post]:
    return Post.objects.filter(
        is_approved=True, is_hidden=False, is_deleted=False, topic__is_hidden=False
    )


def _search_posts(query: str, *, limit: int, opening_only: bool, operator: str) -> list[Post]:
    """Posts matching ``query`` through the site search (Dutch stemming), best first.

    The index only proposes candidates; which of them may be shown (approved, not hidden or
    deleted, in a visible topic) is asked of the database, so a post hidden since it was
    indexed never shows."""
    query = query.strip()[:100]
    if not query:
        return []
    candidates = Post.objects.filter(number=1) if opening_only else Post.objects.all()
    found = get_search_backend().search(query, candidates, operator=operator)[: limit * 3]
    ids = [post.pk for post in found]
    visible = {
        post.pk: post for post in _visible_posts().filter(pk__in=ids).select_related("topic")
    }
    return [visible[pk] for pk in ids if pk in visible][:limit]


def search_forum(*, query: str, limit: int = 10) -> list[Post]:
    """Visible posts whose words (stemmed), or whose topic's title, match the query. For members
    only: the caller checks ``may_use_forum``."""
    return _search_posts(query, limit=limit, opening_only=False, operator="and")


def similar_topics(*, title: str, limit: int = 5) -> list[Topic]:
    """Visible topics whose title or opening post share words with ``title`` (while a member
    types a new topic's title), best match first."""
    if len(title.strip()) < 4:
        return []
    posts = _search_posts(title, limit=limit, opening_only=True, operator="or")
    return [post.topic for post in posts]


def posts_of(user: Any) -> QuerySet[Post]:
    return Post.objects.filter(author=user).select_related("topic").order_by("created_at")
