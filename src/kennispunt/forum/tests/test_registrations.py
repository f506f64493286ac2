"""What the forum registers with the floors below it: a metrics gauge, its moderation
permissions and solved topics as members-only answers for the helpdesk."""

import pytest

from kennispunt.accounts import staff_permissions
from kennispunt.core import suggestions
from kennispunt.core.observability.metrics import DatabaseCollector
from kennispunt.forum import services
from kennispunt_testing.access import client_for
from kennispunt_testing.world import Role

from .conftest import ForumWorld

pytestmark = pytest.mark.django_db


def gauge(name: str) -> float:
    for family in DatabaseCollector().collect():
        for sample in family.samples:
            if sample.name == name:
                return sample.value
    raise AssertionError(f"no gauge {name}")


def test_posts_gauge_counts_every_post(forum: ForumWorld) -> None:
    before = gauge("kennispunt_forum_posts")
    services.topic_reply(author=forum.world.user(Role.MEMBER_A), topic=forum.topic, body="Dank!")
    assert gauge("kennispunt_forum_posts") == before + 1


def test_moderators_and_beheerders_are_granted_moderation() -> None:
    for role in ("moderator", "beheerder"):
        assert "forum.moderate_forum" in staff_permissions.granted(role)
    assert "forum.moderate_forum" not in staff_permissions.granted("redacteur")


def test_solved_topics_are_suggested_to_members_only(forum: ForumWorld) -> None:
    services.solution_mark(post=forum.reply, user=forum.world.user(Role.MEMBER_A))
    text = "vrijwilligers zoeken"
    titles = [s.title for s in suggestions.suggestions(text=text, members=True, limit=5)]
    assert forum.topic.title in titles
    visitors = suggestions.suggestions(text=text, members=False, limit=5)
    assert forum.topic.title not in [s.title for s in visitors]


def test_the_helpdesk_shows_solved_topics_to_members_only(forum: ForumWorld) -> None:
    """The forum is members-only: its topic titles must not reach visitors via suggestions."""
    world = forum.world
    services.solution_mark(post=forum.reply, user=world.user(Role.MEMBER_A))
    title = forum.topic.title
    query = {"onderwerp": "vrijwilligers vinden"}
    member_html = client_for(world, Role.MEMBER_B).get("/helpdesk/suggesties/", query)
    assert title in member_html.content.decode()
    for role in (Role.ANONYMOUS, Role.UNVERIFIED):
        html = client_for(world, role).get("/helpdesk/suggesties/", query).content.decode()
        assert title not in html, role
        ask = client_for(world, role).get("/helpdesk/vraag-stellen/", query)
        assert title not in ask.content.decode(), role
