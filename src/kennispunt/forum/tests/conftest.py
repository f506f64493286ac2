from dataclasses import dataclass

import pytest

from kennispunt.forum import services
from kennispunt.forum.models import Category, Post, Topic
from kennispunt_testing.world import Role, World


@dataclass
class ForumWorld:
    world: World
    category: Category
    announcements: Category
    topic: Topic
    reply: Post

    @property
    def opening(self) -> Post:
        return self.topic.posts.get(number=1)


@pytest.fixture
def forum(world: World) -> ForumWorld:
    category = Category.objects.create(name="Algemeen", slug="algemeen", order=1)
    announcements = Category.objects.create(
        name="Aankondigingen", slug="aankondigingen", order=0, staff_only=True
    )
    topic = services.topic_create(
        author=world.user(Role.MEMBER_A),
        category=category,
        title="Hoe vinden jullie vrijwilligers?",
        body="Wij zoeken **vrijwilligers** voor de campagne.",
    ).topic
    reply = services.topic_reply(
        author=world.user(Role.MEMBER_B), topic=topic, body="Via de dorpskrant werkte goed."
    )
    topic.refresh_from_db()
    return ForumWorld(world, category, announcements, topic, reply)
