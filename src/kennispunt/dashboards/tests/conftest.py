"""Data in every panel of /mijn/ for the member of party A, and something in every staff tool."""

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.utils import timezone

from kennispunt.elections.models import Election
from kennispunt.forum import services as forum_services
from kennispunt.forum.models import Category, Flag, Notification, NotificationKind
from kennispunt.helpdesk import services as helpdesk_services
from kennispunt.helpdesk.models import Ticket
from kennispunt.knowledge.models import LessonCompletion
from kennispunt.newsletter.models import Subscriber, SubscriberStatus
from kennispunt.parties.models import MembershipStatus
from kennispunt.trainings import services as trainings_services
from kennispunt_testing.knowledge import KB
from kennispunt_testing.trainings import make_session
from kennispunt_testing.world import Role, World, make_membership


@dataclass
class Filled:
    world: World
    ticket: Ticket
    kb: KB


@pytest.fixture
def filled(world: World, kb: KB) -> Filled:
    member = world.user(Role.MEMBER_A)
    other = world.user(Role.MEMBER_B)
    now = timezone.now()
    # Trainings: a seat in one session, the waiting list of another.
    session = make_session(capacity=1)
    trainings_services.signup_create(
        session_id=session.pk,
        party=world.party_a,
        data=trainings_services.SignUpData(name="Anna", email=member.email),
        signed_up_by=member,
        user=member,
    )
    trainings_services.signup_create(
        session_id=session.pk,
        party=world.party_b,
        data=trainings_services.SignUpData(name="Bo", email=other.email),
        signed_up_by=other,
        user=other,
    )
    # Helpdesk: an open question, overdue.
    ticket = helpdesk_services.ticket_create(
        subject="Hoe stellen wij een kandidatenlijst op?",
        body="Wij doen voor het eerst mee.",
        channel="web",
        asker=member,
        now=now - timedelta(days=30),
    )
    # Forum: a reply to the member's topic makes a notification; a flag; a held post.
    category = Category.objects.create(name="Algemeen", slug="algemeen", order=1)
    opening = forum_services.topic_create(
        author=member, category=category, title="Vrijwilligers vinden", body="Hoe doen jullie dat?"
    )
    reply = forum_services.topic_reply(author=other, topic=opening.topic, body="Via de krant.")
    if not Notification.objects.filter(user=member).exists():
        Notification.objects.create(user=member, kind=NotificationKind.REPLY, post=reply)
    Flag.objects.create(post=reply, reporter=member, reason="Reclame")
    reply.is_approved = False
    reply.save(update_fields=["is_approved"])
    # Elections: a published election ahead.
    Election.objects.create(
        type="gemeenteraad",
        year=timezone.localdate().year + 2,
        title="Gemeenteraadsverkiezingen",
        slug="gr-volgende",
    )
    # Knowledge: one lesson of two done.
    LessonCompletion.objects.create(user=member, lesson=kb.lessons[0])
    # Newsletter: subscribed.
    Subscriber.objects.create(email=member.email, user=member, status=SubscriberStatus.ACTIVE)
    # A membership request waiting.
    make_membership(world.user(Role.UNVERIFIED), world.party_a, status=MembershipStatus.PENDING)
    return Filled(world=world, ticket=ticket, kb=kb)
