"""The unread-notification count in the header: one query, never in the public page cache."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from kennispunt.forum.models import Notification, NotificationKind
from kennispunt.pages.site_structure import site_structure_ensure
from kennispunt_testing.access import client_for
from kennispunt_testing.world import Role

from .conftest import ForumWorld

pytestmark = pytest.mark.django_db

BADGE = '<a class="utrecht-link kennispunt-account__link" href="/forum/meldingen/">Meldingen'


def _header(response) -> str:
    return response.content.decode().split("</header>")[0]


def test_unread_notifications_show_as_a_count_in_the_header(forum: ForumWorld) -> None:
    member = forum.world.user(Role.MEMBER_A)
    Notification.objects.filter(user=member).delete()
    client = client_for(forum.world, Role.MEMBER_A)
    assert BADGE not in _header(client.get("/zoeken/"))
    Notification.objects.create(user=member, kind=NotificationKind.REPLY, post=forum.reply)
    Notification.objects.create(user=member, kind=NotificationKind.MENTION, post=forum.reply)
    header = _header(client.get("/zoeken/"))
    assert BADGE + ' <span class="kennispunt-count">2</span></a>' in header


def test_the_count_costs_one_query_and_none_for_visitors(forum: ForumWorld) -> None:
    member = forum.world.user(Role.MEMBER_A)
    client = client_for(forum.world, Role.MEMBER_A)
    client.get("/zoeken/")
    with CaptureQueriesContext(connection) as without:
        client.get("/zoeken/")
    Notification.objects.create(user=member, kind=NotificationKind.REPLY, post=forum.reply)
    with CaptureQueriesContext(connection) as with_one:
        client.get("/zoeken/")
    counting = [q for q in with_one.captured_queries if "forum_notification" in q["sql"]]
    assert len(counting) == 1 and len(with_one) == len(without)
    with CaptureQueriesContext(connection) as anonymous:
        Client().get("/zoeken/")
    assert not [q for q in anonymous.captured_queries if "forum_notification" in q["sql"]]


def test_the_public_page_cache_never_stores_a_personal_header(forum: ForumWorld, settings) -> None:
    settings.PUBLIC_PAGE_CACHE_SECONDS = 300
    site_structure_ensure()
    member = forum.world.user(Role.MEMBER_A)
    Notification.objects.create(user=member, kind=NotificationKind.REPLY, post=forum.reply)
    signed_in = client_for(forum.world, Role.MEMBER_A).get("/")
    assert BADGE in _header(signed_in)
    visitor = Client().get("/")
    assert visitor.status_code == 200
    assert BADGE not in _header(visitor) and "Uitloggen" not in _header(visitor)
    assert "/beheer/" not in _header(visitor)
