"""AVG export and erasure for the forum.

Export: the member's posts (text and where), profile, likes, bookmarks, follows. Erasure: posts
stay so conversations remain readable, but lose their author ("verwijderd lid"); everything
else about the member goes.
"""

from typing import Any

from django.db.models import F

from .models import Bookmark, Flag, Follow, ForumProfile, Like, Notification, Post, ReadState, Topic


def export_forum(user: Any) -> dict[str, Any]:
    profile = ForumProfile.objects.filter(user=user).first()
    return {
        "profile": (
            {"handle": profile.handle, "email_mode": profile.email_mode} if profile else None
        ),
        "posts": [
            {
                "topic": post.topic.title,
                "number": post.number,
                "created_at": post.created_at.isoformat(),
                "edited_at": post.edited_at.isoformat() if post.edited_at else None,
                "text": post.body,
            }
            for post in Post.objects.filter(author=user).select_related("topic").order_by("pk")
        ],
        "likes": list(Like.objects.filter(user=user).values_list("post_id", flat=True)),
        "bookmarks": list(Bookmark.objects.filter(user=user).values_list("topic_id", flat=True)),
        "follows": list(Follow.objects.filter(user=user).values("topic_id", "category_id")),
    }


def erase_forum(user: Any) -> None:
    Post.objects.filter(author=user).update(author=None)
    Topic.objects.filter(author=user).update(author=None)
    Flag.objects.filter(reporter=user).update(reporter=None)
    Post.objects.filter(likes__user=user).update(like_count=F("like_count") - 1)
    for model in (Like, Bookmark, Follow, ReadState, Notification, ForumProfile):
        model.objects.filter(user=user).delete()
