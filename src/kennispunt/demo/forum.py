"""The demo forum from content/forum/: categories, and topics with replies from members of
several demo parties (the cast in ``people``).

Idempotent: categories by slug, topics by title. Posts are written through the same rendering
as real posts, with dates spread over the past weeks in file order; no e-mail is sent.
"""

from datetime import timedelta

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from kennispunt.accounts.models import User
from kennispunt.forum.models import Category, Follow, Post, ReadState, Topic
from kennispunt.forum.services import profile_for, render_body

from .loader import load_forum
from .people import DEMO_DOMAIN


def _users() -> dict[str, User]:
    users = {
        u.email.split("@")[0]: u for u in User.objects.filter(email__endswith=f"@{DEMO_DOMAIN}")
    }
    for user in users.values():
        profile_for(user)
    return users


@transaction.atomic
def build_forum() -> None:
    content = load_forum()
    users = _users()
    categories = {}
    for order, category in enumerate(content.categories):
        categories[category.slug], _ = Category.objects.get_or_create(
            slug=category.slug,
            defaults={
                "name": category.name,
                "description": category.description,
                "order": order,
                "staff_only": category.staff_only,
            },
        )
    now = timezone.now()
    for index, spec in enumerate(content.topics):
        if Topic.objects.filter(title=spec.title).exists() or spec.author not in users:
            continue
        started = now - timedelta(days=60 - 2 * index, hours=index)
        author = users[spec.author]
        topic = Topic.objects.create(
            category=categories[spec.category],
            title=spec.title,
            author=author,
            created_at=started,
            is_pinned=spec.pinned,
        )
        writers = [(spec.author, spec.text), *((r.author, r.text) for r in spec.replies)]
        for number, (writer, text) in enumerate(writers, start=1):
            Post.objects.create(
                topic=topic,
                number=number,
                author=users.get(writer),
                body=text,
                html=render_body(text).html,
                created_at=started + timedelta(hours=5 * (number - 1)),
            )
            Follow.objects.get_or_create(user=users[writer], topic=topic)
            ReadState.objects.update_or_create(
                user=users[writer], topic=topic, defaults={"last_read_number": number}
            )
        last = topic.posts.aggregate(last=Max("created_at"))["last"]
        topic.post_count = topic.last_number = len(writers)
        topic.reply_count = len(writers) - 1
        topic.last_post_at = last
        if spec.solution:
            topic.solution = topic.posts.get(number=spec.solution + 1)
            topic.is_solved = True
        topic.save()
