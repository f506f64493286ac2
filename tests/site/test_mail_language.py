"""Every e-mail of the site is written in the site language, whoever made it go.

A helpdesk answer written by staff whose interface is English, a training mail sent while an
English visitor signs up: the person who receives the mail reads Dutch. Each mail template of
the project is sent through the code that really sends it, once while Dutch is active and once
while English is active; both must give the same message, and no sentence of the English
catalogue may appear in it. A last test makes sure no mail template is left out.
"""

import gettext
import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from django.conf import settings
from django.core import mail
from django.db import transaction
from django.test import Client
from django.utils import timezone, translation

from kennispunt.alderman_pool import services as pool
from kennispunt.candidates import services as candidates
from kennispunt.elections import services as elections
from kennispunt.elections.models import Election, Milestone
from kennispunt.finance import services as finance
from kennispunt.forum import mail as forum_mail
from kennispunt.forum import services as forum
from kennispunt.forum.models import Category, EmailMode, Notification
from kennispunt.helpdesk import services as helpdesk
from kennispunt.helpdesk.models import Channel, Kind, Status, Ticket
from kennispunt.knowledge.services_upkeep import review_reminders_send
from kennispunt.newsletter import services as newsletter
from kennispunt.newsletter.rendering import issue_render
from kennispunt.outreach.services import outreach_render, outreach_test_send
from kennispunt.parties import services as parties
from kennispunt.parties.models import MembershipStatus
from kennispunt.trainings import services as trainings
from kennispunt.trainings.models import SignUp, SignUpStatus
from kennispunt_testing.alderman_pool import age_profile, make_person, make_profile
from kennispunt_testing.finance import gift, make_treasurer
from kennispunt_testing.knowledge import KB
from kennispunt_testing.newsletter import make_issue
from kennispunt_testing.trainings import make_session
from kennispunt_testing.world import Role, World, make_membership, make_user

pytestmark = pytest.mark.django_db

SITE = "https://kennispunt.example"
PACKAGE = Path(settings.PACKAGE_DIR)
EN_CATALOGUE = PACKAGE / "locale" / "en" / "LC_MESSAGES" / "django.mo"


def mail_templates() -> set[str]:
    """Every mail template of the project: ``*/templates/**/email/*`` and ``email.*``."""
    found = set()
    for path in PACKAGE.rglob("templates/**/*"):
        name = path.as_posix().split("/templates/", 1)[1]
        if path.is_file() and ("/email/" in f"/{name}" or path.stem == "email"):
            found.add(name)
    return found


def english_sentences() -> set[str]:
    """English texts of our catalogue that differ from their Dutch msgid (longer than a word)."""
    with EN_CATALOGUE.open("rb") as file:
        catalogue: dict[Any, str] = gettext.GNUTranslations(file)._catalog  # type: ignore[attr-defined]
    sentences = set()
    for msgid, msgstr in catalogue.items():
        source = msgid[0] if isinstance(msgid, tuple) else msgid
        for part in re.split(r"%\(\w+\)\w|\{\{[^}]*\}\}", msgstr):
            part = part.strip()
            if " " in part and len(part) >= 12 and part not in str(source):
                sentences.add(part)
    return sentences


STAMP = re.compile(r"^DTSTAMP:.*$", re.M)  # when a calendar file was made
RESET_KEY = re.compile(r"/password/reset/key/\S+")  # holds the time it was made


# Each case runs twice, each time in a savepoint that is rolled back. SQLite then hands out the
# same ids again, PostgreSQL's sequences do not: ids in links, and signed tokens that hold one,
# differ between the runs without any change in wording.
ID_IN_PATH = re.compile(r"/\d+/")
SIGNED = re.compile(r"/[\w-]{2,}:[\w-]+:[\w-]+/|/eyJ[\w.:-]+/")


def _same_in_both_runs(text: str) -> str:
    text = RESET_KEY.sub("/password/reset/key/KEY", text)
    return ID_IN_PATH.sub("/ID/", SIGNED.sub("/TOKEN/", text))


def _text(message: Any) -> list[str]:
    """What the reader sees of one message: subject, text, HTML, text attachments."""
    parts = [str(message.subject), _same_in_both_runs(str(message.body))]
    parts += [
        _same_in_both_runs(str(content))
        for content, _mimetype in getattr(message, "alternatives", [])
    ]
    parts += [
        STAMP.sub("", content.decode() if isinstance(content, bytes) else str(content))
        for _name, content, _mimetype in getattr(message, "attachments", [])
    ]
    return parts


Send = Callable[[], Any]


def sent_in(language: str, send: Send, capture: Any) -> list[list[str]]:
    """The messages ``send`` queues while ``language`` is active, each as its visible parts.

    The database changes are rolled back afterwards, so the second language starts from the
    same state; mail already handed to the outbox stays there.
    """
    mail.outbox.clear()
    with transaction.atomic():
        with translation.override(language), capture(execute=True):
            result = send()
        transaction.set_rollback(True)
    if result is not None and hasattr(result, "html_body"):  # a bulk mailing's one rendering
        return [[result.subject, result.text_body, result.html_body]]
    return [_text(message) for message in mail.outbox]


@pytest.fixture
def fixed_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # Signed links (rating, confirmation) carry a timestamp: keep it the same in both runs.
    now = timezone.now().timestamp()
    monkeypatch.setattr("django.core.signing.time.time", lambda: now)


@pytest.fixture
def site(settings: Any, fixed_time: None, monkeypatch: pytest.MonkeyPatch) -> None:
    settings.SITE_URL = SITE
    # A new ticket's reference is random: numbered instead, the same in both runs.
    monkeypatch.setattr(
        helpdesk, "new_reference", lambda: f"KP-2030-{Ticket.objects.count() + 1:05d}"
    )


# --- What sends each template --------------------------------------------------------------


def _ticket(world: World) -> Ticket:
    return helpdesk.ticket_create(
        subject="Vraag over de begroting",
        body="Hoe dienen we een amendement in?",
        channel=Channel.WEB,
        asker=world.user(Role.MEMBER_A),
        party=world.party_a,
        acknowledge=False,
    )


def helpdesk_sends(world: World) -> Iterator[tuple[str, set[str], Send]]:
    staff = world.user(Role.HELPDESKMEDEWERKER)
    ticket = _ticket(world)

    def received() -> None:
        helpdesk.ticket_create(
            subject="Nog een vraag",
            body="Waar vind ik het model?",
            channel=Channel.WEB,
            asker=world.user(Role.MEMBER_A),
            party=world.party_a,
        )

    def answer() -> None:
        helpdesk.ticket_reply(
            ticket=ticket, author=staff, body="Zo dient u een amendement in.", kind=Kind.ANSWER
        )

    def closed() -> None:
        fresh = Ticket.objects.get(pk=ticket.pk)
        helpdesk.ticket_update(
            ticket=fresh, user=staff, status=Status.SOLVED, priority=fresh.priority
        )

    def agent_new() -> None:
        helpdesk.ticket_create(
            subject="Vraag per e-mail",
            body="Hoe werkt een motie?",
            channel=Channel.EMAIL,
            asker_email="vrager@example.org",
            acknowledge=False,
        )

    def agent_reopened() -> None:
        fresh = Ticket.objects.get(pk=ticket.pk)
        Ticket.objects.filter(pk=ticket.pk).update(status=Status.WAITING)
        fresh.status = Status.WAITING
        helpdesk.ticket_asker_reply(
            ticket=fresh, body="Dank u, nog een vraag.", channel=Channel.WEB, user=None
        )

    def auto_closed() -> None:
        long_ago = timezone.now() - timedelta(days=settings.HELPDESK_AUTO_CLOSE_DAYS + 1)
        Ticket.objects.filter(pk=ticket.pk).update(status=Status.WAITING, waiting_since=long_ago)
        helpdesk.tickets_auto_close()

    yield "helpdesk received", {"received_subject.txt", "received.txt"}, received
    yield "helpdesk answer", {"answer_subject.txt", "answer.txt"}, answer
    yield "helpdesk closed", {"closed_subject.txt", "closed.txt", "rating.txt"}, closed
    yield "helpdesk agent_new", {"agent_new_subject.txt", "agent_new.txt"}, agent_new
    yield (
        "helpdesk agent_reopened",
        {"agent_reopened_subject.txt", "agent_reopened.txt"},
        agent_reopened,
    )
    yield "helpdesk auto_closed", {"auto_closed_subject.txt", "auto_closed.txt"}, auto_closed


def parties_sends(world: World) -> Iterator[tuple[str, set[str], Send]]:
    applicant = make_user("aanvrager@example.org")
    pending = make_membership(applicant, world.party_a, status=MembershipStatus.PENDING)
    board = world.user(Role.BOARD_A)

    def requested() -> None:
        parties.membership_request(
            user=world.user(Role.UNVERIFIED),
            party=world.party_a,
            role="lid",
            consent=True,
            consent_text="toestemming",
        )

    def verified() -> None:
        parties.membership_verify(membership=pending, by=board)

    def rejected() -> None:
        parties.membership_reject(membership=pending, by=board, reason="Niet bekend.")

    templates = {"membership_decided_subject.txt", "membership_decided.txt"}
    yield (
        "parties requested",
        {"membership_requested_subject.txt", "membership_requested.txt"},
        requested,
    )
    yield "parties verified", templates, verified
    yield "parties rejected", templates, rejected

    def register(user: Any, name: str) -> Any:
        return parties.party_registration_submit(
            user=user,
            name=name,
            municipalities=list(world.party_a.municipalities.all()[:1]),
            is_national=False,
            role="bestuurslid",
            consent=True,
            consent_text="toestemming",
        )

    registration = register(make_user("aanmelder@example.org"), "Lokaal Deventer")
    beheerder = world.user(Role.BEHEERDER)

    def registered() -> None:
        register(world.user(Role.UNVERIFIED), "Nieuw Lokaal")

    def approved() -> None:
        parties.party_registration_approve(registration=registration, by=beheerder)

    def refused() -> None:
        parties.party_registration_reject(
            registration=registration, by=beheerder, reason="Geen lokale partij."
        )

    decided = {"registration_decided_subject.txt", "registration_decided.txt"}
    yield (
        "parties registration submitted",
        {
            "registration_received_subject.txt",
            "registration_received.txt",
            "registration_new_subject.txt",
            "registration_new.txt",
        },
        registered,
    )
    yield "parties registration approved", decided, approved
    yield "parties registration rejected", decided, refused


def trainings_sends(world: World) -> Iterator[tuple[str, set[str], Send]]:
    party = world.party_a
    staff = world.user(Role.TRAINER)

    def signup_to(session: Any, name: str) -> SignUp:
        data = trainings.SignUpData(name=name, email=f"{name.lower()}@example.org")
        return trainings.signup_create(
            session_id=session.pk, party=party, data=data, signed_up_by=None
        )

    session = make_session(capacity=1)
    first = signup_to(session, "Anna")  # the one seat
    signup_to(session, "Bert")  # first on the waiting list
    roomy = make_session(capacity=5, starts_at=session.starts_at + timedelta(days=1))

    def expired() -> None:
        SignUp.objects.filter(pk=first.pk).update(
            status=SignUpStatus.OFFERED, offered_until=timezone.now() - timedelta(hours=1)
        )
        trainings.offers_expire()

    def pair(*kinds: str) -> set[str]:
        return {f"{kind}{end}" for kind in kinds for end in ("_subject.txt", ".txt")}

    yield "trainings confirmed", pair("confirmed"), lambda: signup_to(roomy, "Carla")
    yield "trainings waiting", pair("waiting"), lambda: signup_to(session, "Dirk")
    yield (
        "trainings offered",
        pair("offered"),
        lambda: trainings.signup_cancel(signup_id=first.pk, by=staff, staff=True),
    )
    yield "trainings expired", pair("expired", "offered"), expired
    yield (
        "trainings changed",
        pair("changed"),
        lambda: trainings.session_notify_changed(session=session, by=staff),
    )
    yield (
        "trainings session_cancelled",
        pair("session_cancelled"),
        lambda: trainings.session_cancel(session_id=session.pk, by=staff),
    )
    yield (
        "trainings reminder",
        pair("reminder"),
        lambda: trainings.reminders_send(now=session.starts_at - timedelta(hours=20)),
    )
    yield (
        "trainings evaluation",
        pair("evaluation"),
        lambda: trainings.evaluations_request(now=session.ends_at + timedelta(hours=1)),
    )


def forum_sends(world: World) -> Iterator[tuple[str, set[str], Send]]:
    category = Category.objects.create(name="Algemeen", slug="algemeen", order=1)
    author = world.user(Role.MEMBER_A)
    topic = forum.topic_create(
        author=author, category=category, title="Vrijwilligers vinden?", body="Hoe doet u dat?"
    ).topic
    Notification.objects.all().delete()

    def notification() -> None:
        forum.topic_reply(author=world.user(Role.MEMBER_B), topic=topic, body="Via de krant.")

    def digest() -> None:
        forum.profile_update(user=author, email_mode=EmailMode.DAILY)
        forum.topic_reply(author=world.user(Role.MEMBER_B), topic=topic, body="Of de markt.")
        forum_mail.digests_send()

    yield "forum notification", {"notification_subject.txt", "notification.txt"}, notification
    yield "forum digest", {"digest_subject.txt", "digest.txt"}, digest


def alderman_pool_sends(world: World) -> Iterator[tuple[str, set[str], Send]]:
    board = world.user(Role.BOARD_A)
    profile = make_profile(make_person())

    def pair(*kinds: str) -> set[str]:
        return {f"{kind}{end}" for kind in kinds for end in ("_subject.txt", ".txt")}

    def request() -> Any:
        return pool.request_send(profile=profile, party=world.party_a, user=board, message="Hoi")

    def accepted() -> None:
        pool.request_decide(request=request(), user=profile.user, accept=True)

    def expiring() -> None:
        age_profile(profile, 340)
        pool.reminders_send()

    yield "alderman_pool request", pair("request_received"), request
    yield (
        "alderman_pool accepted",
        pair("request_received", "accepted_board", "accepted_person"),
        accepted,
    )
    yield "alderman_pool expiring", pair("expiring"), expiring


def other_sends(world: World, kb: KB, election: Election) -> Iterator[tuple[str, set[str], Send]]:
    kb.article.content_owner = world.user(Role.REDACTEUR)
    kb.article.next_review_at = timezone.localdate() - timedelta(days=1)
    kb.article.save_revision().publish()
    yield "knowledge review", {"review_subject.txt", "review.txt"}, review_reminders_send

    plan = elections.plan_ensure(party=world.party_a, election=election)
    Milestone.objects.create(plan=plan, title="ALV", due_on=date(2030, 1, 20))

    def election_reminder() -> None:
        elections.reminders_send(today=date(2030, 1, 10))

    yield "elections reminder", {"reminder_subject.txt", "reminder.txt"}, election_reminder

    pipeline = candidates.pipeline_ensure(party=world.party_a, election=election)
    candidate = candidates.candidate_add(
        pipeline=pipeline,
        user=None,
        surname="Visser",
        initials="M.",
        residence="Amersfoort",
        email="kandidaat@example.org",
    )

    def candidate_invitation() -> None:
        # The invitation link's token is random: the same one in both runs.
        with mock.patch.object(candidates, "new_token", lambda: "vaste-uitnodiging"):
            candidates.invitation_send(candidate=candidate, user=None)

    yield (
        "candidates invitation",
        {"invitation_subject.txt", "invitation.txt"},
        candidate_invitation,
    )

    treasurer = make_treasurer(world)
    gift(world.party_a, treasurer, amount="12000", received_on=date(2026, 3, 1))
    yield (
        "finance reminder",
        {"reminder_subject.txt", "reminder.txt"},
        lambda: finance.reminders_send(today=date(2026, 3, 2)),
    )

    def confirm() -> None:
        newsletter.subscription_request(email="lezer@example.org", source="test")

    def password_reset() -> None:
        # django-allauth's own templates, through our adapter; the visitor's language is
        # what the request says (the language cookie), as on the site.
        client = Client()
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = translation.get_language()
        client.post("/account/password/reset/", {"email": world.user(Role.MEMBER_A).email})

    # allauth renders its own templates; the frame of every one is our base_message.txt.
    yield "allauth password reset", {"base_message.txt"}, password_reset

    yield "newsletter confirm", {"confirm_subject.txt", "confirm.txt"}, confirm
    page = make_issue()
    yield "newsletter issue", {"issue.html", "issue.txt"}, lambda: issue_render(page)
    yield "outreach", {"email.html", "email.txt"}, outreach_render
    yield (
        "outreach test mail",
        {"email/test_subject.txt", "email/test.txt", "email/test.html"},
        lambda: outreach_test_send(to="medewerker@example.org"),
    )


@pytest.fixture
def sends(world: World, kb: KB, election: Election, site: None) -> dict[str, tuple[set[str], Send]]:
    everything: dict[str, tuple[set[str], Send]] = {}
    for make in (helpdesk_sends, parties_sends, trainings_sends, forum_sends, alderman_pool_sends):
        for name, templates, send in make(world):
            everything[name] = (templates, send)
    for name, templates, send in other_sends(world, kb, election):
        everything[name] = (templates, send)
    return everything


def test_every_mail_is_dutch_whatever_language_is_active(
    sends: dict[str, tuple[set[str], Send]], django_capture_on_commit_callbacks: Any
) -> None:
    english = english_sentences()
    assert "Answer to your question" in english  # the catalogue was read
    problems = []
    for name, (_templates, send) in sends.items():
        dutch = sent_in("nl", send, django_capture_on_commit_callbacks)
        in_english_context = sent_in("en", send, django_capture_on_commit_callbacks)
        if not dutch:
            problems.append(f"{name}: no mail was sent")
            continue
        if in_english_context != dutch:
            problems.append(f"{name}: differs when English is active: {in_english_context}")
        text = "\n".join(part for message in in_english_context for part in message)
        found = sorted(sentence for sentence in english if sentence in text)
        if found:
            problems.append(f"{name}: English text {found}")
        if "127.0.0.1" in text or "localhost" in text:
            problems.append(f"{name}: a link does not use SITE_URL")
    assert problems == [], "\n".join(problem[:300] for problem in problems)


def test_no_mail_template_is_left_out(sends: dict[str, tuple[set[str], Send]]) -> None:
    covered = set()
    for name, (templates, _send) in sends.items():
        app = name.split()[0]
        folders = {"outreach": "outreach", "allauth": "account/email"}
        folder = folders.get(app, f"{app}/email")
        covered |= {f"{folder}/{template}" for template in templates}
    assert len(mail_templates()) >= 40  # a broken search would make this pass on nothing
    assert mail_templates() - covered == set()
