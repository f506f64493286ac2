"""Who may see and do what on the forum: eligible members read and write, moderators moderate,
everyone else is sent to log in or to the page that explains how to become eligible."""

import itertools

import pytest
from django.core.files.base import ContentFile

from kennispunt.forum import services
from kennispunt.forum.mail import unsubscribe_token
from kennispunt.forum.models import Attachment
from kennispunt_testing.access import LOGIN, assert_access, expect
from kennispunt_testing.world import Role, World

from .conftest import ForumWorld

pytestmark = pytest.mark.django_db

# Eligible members and the staff who moderate; "unverified" and other staff get the
# not-eligible page (403).
FORUM = {"member_a": 200, "board_a": 200, "member_b": 200, "moderator": 200, "beheerder": 200}
MODERATORS = {"moderator": 200, "beheerder": 200}


@pytest.mark.parametrize(
    "path",
    [
        "/forum/",
        "/forum/categorie/algemeen/",
        "/forum/categorie/algemeen/nieuw/",
        "/forum/nieuw/",
        "/forum/nieuw/vergelijkbaar/?title=vrijwilligers",
        "/forum/leden/noemen/?body=Vraag+%40lid",
        "/forum/meldingen/",
        "/forum/bladwijzers/",
        "/forum/instellingen/",
    ],
)
def test_reading_pages_are_for_members_and_moderators(forum: ForumWorld, path: str) -> None:
    assert_access(forum.world, path, expect(default=403, anonymous=LOGIN, **FORUM))


def test_topic_page_and_post_links(forum: ForumWorld) -> None:
    world = forum.world
    table = expect(default=403, anonymous=LOGIN, **FORUM)
    assert_access(world, f"/forum/onderwerp/{forum.topic.pk}/", table)
    redirects = dict.fromkeys(FORUM, 302)
    assert_access(
        world,
        f"/forum/onderwerp/{forum.topic.pk}/ongelezen/",
        expect(default=403, anonymous=LOGIN, **redirects),
    )
    assert_access(
        world,
        f"/forum/bericht/{forum.reply.pk}/",
        expect(default=403, anonymous=LOGIN, **redirects),
    )
    assert_access(
        world,
        f"/forum/bericht/{forum.reply.pk}/versies/",
        expect(default=403, anonymous=LOGIN, **FORUM),
    )
    assert_access(
        world,
        f"/forum/bericht/{forum.reply.pk}/melden/",
        expect(default=403, anonymous=LOGIN, **FORUM),
    )


def test_hidden_topic_is_only_for_moderators(forum: ForumWorld) -> None:
    forum.topic.is_hidden = True
    forum.topic.save(update_fields=["is_hidden"])
    assert_access(
        forum.world,
        f"/forum/onderwerp/{forum.topic.pk}/",
        # The author still sees their own (held) topic.
        expect(default=403, anonymous=LOGIN, member_a=200, board_a=404, member_b=404, **MODERATORS),
    )


def test_only_moderators_start_topics_in_staff_only_category(forum: ForumWorld) -> None:
    assert_access(
        forum.world,
        "/forum/categorie/aankondigingen/nieuw/",
        expect(default=403, anonymous=LOGIN, **MODERATORS),
    )


def test_starting_a_topic_from_the_forum_home(forum: ForumWorld) -> None:
    assert_access(
        forum.world,
        "/forum/nieuw/",
        expect(default=403, anonymous=LOGIN, **dict.fromkeys(FORUM, 302)),
        method="post",
        data={
            "category": forum.category.pk,
            "title": "Een nieuwe vraag",
            "body": "Wie weet dit?",
            "action": "post",
        },
    )


def test_posting_a_reply(forum: ForumWorld) -> None:
    posted = dict.fromkeys(FORUM, 302)
    assert_access(
        forum.world,
        f"/forum/onderwerp/{forum.topic.pk}/",
        expect(default=403, anonymous=LOGIN, **posted),
        method="post",
        data={"body": "Goed idee, dank u.", "action": "post"},
    )


def test_only_the_author_edits_and_deletes_a_post(forum: ForumWorld) -> None:
    own = expect(default=403, anonymous=LOGIN, member_b=200)
    assert_access(forum.world, f"/forum/bericht/{forum.reply.pk}/bewerken/", own)
    assert_access(forum.world, f"/forum/bericht/{forum.reply.pk}/verwijderen/", own)


_counter = itertools.count()


def test_marking_the_solution_is_for_the_topic_author_and_moderators(forum: ForumWorld) -> None:
    def fresh_reply(world: World) -> str:
        post = services.topic_reply(
            author=world.user(Role.MEMBER_B), topic=forum.topic, body=f"Antwoord {next(_counter)}"
        )
        return f"/forum/bericht/{post.pk}/oplossing/"

    assert_access(
        forum.world,
        fresh_reply,
        expect(default=403, anonymous=LOGIN, member_a=302, moderator=302, beheerder=302),
        method="post",
    )


@pytest.mark.parametrize("action", ["leuk", "oplossing"])
def test_state_changes_need_post(forum: ForumWorld, action: str) -> None:
    assert_access(
        forum.world,
        f"/forum/bericht/{forum.reply.pk}/{action}/",
        expect(default=403, anonymous=LOGIN, **dict.fromkeys(FORUM, 405)),
    )


def test_likes_follows_bookmarks(forum: ForumWorld) -> None:
    posted = expect(default=403, anonymous=LOGIN, **dict.fromkeys(FORUM, 302))
    topic = forum.topic.pk
    for path in (
        f"/forum/bericht/{forum.reply.pk}/leuk/",
        f"/forum/onderwerp/{topic}/volgen/",
        f"/forum/onderwerp/{topic}/bladwijzer/",
        "/forum/categorie/algemeen/volgen/",
    ):
        assert_access(forum.world, path, posted, method="post")


def test_moderation_pages_are_for_moderators_only(forum: ForumWorld) -> None:
    table = expect(default=403, anonymous=LOGIN, **MODERATORS)
    member = forum.world.user(Role.MEMBER_B)
    for path in (
        "/forum/moderatie/",
        f"/forum/bericht/{forum.reply.pk}/modereren/",
        f"/forum/onderwerp/{forum.topic.pk}/modereren/",
        f"/forum/moderatie/lid/{member.pk}/",
    ):
        assert_access(forum.world, path, table)


def test_moderating_a_post_is_for_moderators_only(forum: ForumWorld) -> None:
    assert_access(
        forum.world,
        f"/forum/bericht/{forum.reply.pk}/modereren/",
        expect(default=403, anonymous=LOGIN, moderator=302, beheerder=302),
        method="post",
        data={"action": "dismiss", "reason": "Geen probleem gevonden."},
    )


def test_unsubscribe_link_works_without_login(forum: ForumWorld) -> None:
    token = unsubscribe_token(forum.world.user(Role.MEMBER_A))
    assert_access(forum.world, f"/forum/afmelden/{token}/", expect(default=200))
    assert_access(forum.world, "/forum/afmelden/nep/", expect(default=400))


def test_categories_are_managed_in_the_cms_by_moderators(forum: ForumWorld) -> None:
    assert_access(
        forum.world,
        "/beheer/cms/forum/categorieen/",
        expect(default=302, **MODERATORS),
    )


def test_an_attachment_is_for_those_who_may_read_its_post(forum: ForumWorld) -> None:
    attachment = Attachment(post=forum.reply, name="verslag.pdf", content_type="application/pdf")
    attachment.size = 8
    attachment.file.save("bijlage.pdf", ContentFile(b"%PDF-1.4"), save=False)
    attachment.save()
    url = attachment.get_absolute_url()
    assert_access(forum.world, url, expect(default=403, anonymous=LOGIN, **FORUM))
    # A post held for moderation: its author (member B) and the moderators still get the file.
    forum.reply.is_approved = False
    forum.reply.save(update_fields=["is_approved"])
    assert_access(
        forum.world,
        url,
        expect(default=403, anonymous=LOGIN, member_a=404, board_a=404, member_b=200, **MODERATORS),
    )
    # One that does not exist, or is not attached to a post (yet).
    missing = dict.fromkeys(FORUM, 404)
    assert_access(
        forum.world, "/forum/bijlage/999999/", expect(default=403, anonymous=LOGIN, **missing)
    )
    loose = Attachment.objects.create(name="los.pdf", content_type="application/pdf", size=0)
    assert_access(
        forum.world, loose.get_absolute_url(), expect(default=403, anonymous=LOGIN, **missing)
    )
