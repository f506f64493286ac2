"""Demo forum: six categories, thirty topics with replies from members of several demo parties.

Idempotent: categories by slug, members by e-mail, topics by title. Posts are written through
the same rendering as real posts, with dates spread over the past weeks; no e-mail is sent.
"""

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from kennispunt.accounts.models import User
from kennispunt.demo.guard import DEMO_PASSWORD
from kennispunt.parties.models import Membership, MembershipRole, MembershipStatus, Party

from . import demo_content as content
from .models import Category, Follow, Post, ReadState, Topic
from .services import profile_for, render_body

DOMAIN = "demo.kennispunt.nl"


def _extra_members() -> None:
    for local_part, first_name, party_slug in content.EXTRA_MEMBERS:
        email = f"{local_part}@{DOMAIN}"
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email, password=DEMO_PASSWORD, first_name=first_name
            )
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        party = Party.objects.filter(slug=party_slug).first()
        if party is not None and not Membership.objects.filter(user=user).exists():
            Membership.objects.create(
                user=user,
                party=party,
                role=MembershipRole.LID,
                status=MembershipStatus.VERIFIED,
                consent_given_at=timezone.now(),
                consent_text="Demo-lidmaatschap.",
                decided_at=timezone.now(),
            )


def _users() -> dict[str, User]:
    users = {u.email.split("@")[0]: u for u in User.objects.filter(email__endswith=f"@{DOMAIN}")}
    for user in users.values():
        profile_for(user)
    return users


@transaction.atomic
def build_forum() -> None:
    _extra_members()
    users = _users()
    categories = {}
    for order, (slug, name, description, staff_only) in enumerate(content.CATEGORIES):
        categories[slug], _ = Category.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "description": description,
                "order": order,
                "staff_only": staff_only,
            },
        )
    now = timezone.now()
    for index, spec in enumerate(content.TOPICS):
        if Topic.objects.filter(title=spec.title).exists() or spec.author not in users:
            continue
        started = now - timedelta(days=60 - 2 * index, hours=index)
        author = users[spec.author]
        topic = Topic.objects.create(
            category=categories[spec.category],
            title=spec.title,
            author=author,
            created_at=started,
            is_pinned=spec.category == "aankondigingen" and index == 0,
        )
        writers = [(spec.author, spec.body), *spec.replies]
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
