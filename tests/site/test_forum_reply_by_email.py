"""Replying to a forum notification by e-mail: the mail comes in through the helpdesk's ingest
route, is recognised by its per-recipient reply address and becomes a post in the topic, without
the quoted notification and the signature. Across two apps, so it lives outside both."""

from email.message import EmailMessage
from email.utils import make_msgid

import pytest
from django.core import mail

from kennispunt.forum import services
from kennispunt.forum.models import Category, Post
from kennispunt.helpdesk.ingest import ingest_message
from kennispunt.helpdesk.models import IngestOutcome, Ticket
from kennispunt.parties.models import Membership
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db

QUOTED = "\n\nOp 7 dec. 2026 om 10:00 schreef Kennispunt <helpdesk@kennispunt.nl>:\n> Bo schreef"


def _reply(*, sender: str, to: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = "Re: U werd genoemd"
    message["Message-ID"] = make_msgid(domain="example.org")
    message.set_content(body)
    return message.as_bytes()


@pytest.fixture
def notified(world: World, django_capture_on_commit_callbacks):
    """Member A started a topic; member B mentions them, so A gets a notification mail."""
    category = Category.objects.create(name="Algemeen", slug="algemeen")
    topic = services.topic_create(
        author=world.user(Role.MEMBER_A), category=category, title="Folders", body="Wie helpt?"
    ).topic
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.topic_reply(author=world.user(Role.MEMBER_B), topic=topic, body="Ik help mee.")
    [message] = [m for m in mail.outbox if world.user(Role.MEMBER_A).email in m.to]
    return world, topic, message


def test_reply_by_email_posts_the_reply_without_quote_and_signature(notified) -> None:
    world, topic, message = notified
    [reply_address] = message.reply_to
    assert reply_address.startswith("helpdesk+forum-")
    assert "antwoorden" in message.body
    member = world.user(Role.MEMBER_A)
    raw = _reply(
        sender=member.email, to=reply_address, body="Dank u, tot zaterdag!\n\n-- \nAnna" + QUOTED
    )
    result = ingest_message(raw, channel_hint="webhook")
    assert result.outcome == IngestOutcome.REPLY_ADDED and result.ticket is None
    post = Post.objects.filter(topic=topic).order_by("-number").first()
    assert post is not None and post.author == member and post.body == "Dank u, tot zaterdag!"
    assert not Ticket.objects.exists()
    # The same mail again (the provider retries) is not posted twice.
    assert ingest_message(raw).outcome == IngestOutcome.DUPLICATE


def test_reply_from_someone_else_or_a_forged_address_is_refused(notified) -> None:
    world, topic, message = notified
    [reply_address] = message.reply_to
    before = Post.objects.filter(topic=topic).count()
    other = world.user(Role.MEMBER_B).email
    result = ingest_message(_reply(sender=other, to=reply_address, body="Ik ook"))
    assert result.outcome == IngestOutcome.REJECTED and "not the notification's" in result.raw.note
    forged = reply_address.replace("forum-", "forum-9", 1)
    member = world.user(Role.MEMBER_A).email
    result = ingest_message(_reply(sender=member, to=forged, body="Hallo"))
    assert result.outcome == IngestOutcome.REJECTED
    assert Post.objects.filter(topic=topic).count() == before
    assert not Ticket.objects.exists()


def test_reply_after_losing_access_is_refused(notified) -> None:
    world, _topic, message = notified
    member = world.user(Role.MEMBER_A)
    Membership.objects.filter(user=member).delete()
    result = ingest_message(_reply(sender=member.email, to=message.reply_to[0], body="Nog iets"))
    assert result.outcome == IngestOutcome.REJECTED and "no longer has access" in result.raw.note
