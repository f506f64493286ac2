"""Query counts stay the same however big the forum gets (Zulip's habit: pin them)."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from kennispunt.forum.models import Post, Topic
from kennispunt_testing.world import Role

from .conftest import ForumWorld

pytestmark = pytest.mark.django_db


def _login(forum: ForumWorld, role: Role = Role.MEMBER_A) -> Client:
    client = Client()
    client.force_login(forum.world.user(role))
    return client


def test_topic_page_with_1000_replies(forum: ForumWorld, django_assert_max_num_queries) -> None:
    """Session, user, staff check, permissions (2), eligibility, topic, posts, attachments,
    likes, read state (1-2: update, or create on the first visit), follow, bookmark, and the
    header's count of unread notifications."""
    topic = forum.topic
    authors = [forum.world.user(r) for r in (Role.MEMBER_A, Role.MEMBER_B, Role.BOARD_A)]
    start = topic.last_number
    Post.objects.bulk_create(
        Post(
            topic=topic,
            number=start + i,
            author=authors[i % 3],
            body=f"Reactie {i}",
            html=f"<p>Reactie {i}</p>",
        )
        for i in range(1, 1001)
    )
    Topic.objects.filter(pk=topic.pk).update(
        last_number=start + 1000, post_count=start + 1000, reply_count=start + 999
    )
    client = _login(forum)
    url = f"/forum/onderwerp/{topic.pk}/"
    client.get(url)  # warm-up
    for page in ("1", "11", "21"):
        with django_assert_max_num_queries(15):
            response = client.get(url, {"pagina": page})
        assert response.status_code == 200
    html = response.content.decode()
    assert f'id="bericht-{start + 1000}"' in html  # the last page has the last reply
    assert "Pagina 21 van 21" in html
    # Jump to first unread: member B has read nothing on page 1 onwards beyond post 2.
    other = _login(forum, Role.MEMBER_B)
    response = other.get(f"/forum/onderwerp/{topic.pk}/ongelezen/")
    assert response["Location"].endswith(f"?pagina=1#bericht-{start + 1}")


def test_category_page_with_100000_topics(forum: ForumWorld, django_assert_num_queries) -> None:
    """Session, user, staff check, permissions (2), eligibility, category, pinned topics,
    topics (keyset), read states, follow, the header's notification count: 12, on any page."""
    author = forum.world.user(Role.MEMBER_B)
    now = timezone.now()
    batch = 5000
    for offset in range(0, 100_000, batch):
        Topic.objects.bulk_create(
            Topic(
                category=forum.category,
                title=f"Onderwerp {i}",
                author=author,
                last_post_at=now - timedelta(minutes=i),
                post_count=1,
                last_number=1,
            )
            for i in range(offset, offset + batch)
        )
    client = _login(forum)
    url = "/forum/categorie/algemeen/"
    client.get(url)  # warm-up
    with django_assert_num_queries(12):
        first = client.get(url)
    assert first.status_code == 200
    # Follow the keyset pagination a few pages deep; every page costs the same.
    content = first.content.decode()
    for _ in range(3):
        cursor = content.split('rel="next" href="')[1].split('"')[0].replace("&amp;", "&")
        with django_assert_num_queries(11):  # no pinned topics after the first page
            response = client.get(url + cursor)
        assert response.status_code == 200
        content = response.content.decode()
    assert "Onderwerp 118" in content  # page 4 (30 per page, after the fixture's own topic)
    with django_assert_num_queries(11):
        assert client.get("/forum/").status_code == 200
