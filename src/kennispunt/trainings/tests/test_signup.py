from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from icalendar import Calendar

from kennispunt.trainings import services
from kennispunt.trainings.models import SignUp, SignUpStatus
from kennispunt_testing.trainings import make_session
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db


def sign_up(world: World, session, n: int, *, party=None, by=None) -> SignUp:
    return services.signup_create(
        session_id=session.pk,
        party=party or world.party_a,
        data=services.SignUpData(name=f"Persoon {n}", email=f"p{n}@example.org"),
        signed_up_by=by or world.user(Role.MEMBER_A),
    )


def test_seats_then_waiting_list_in_order(world: World) -> None:
    session = make_session(capacity=2)
    statuses = [sign_up(world, session, n).status for n in range(4)]
    assert statuses == ["confirmed", "confirmed", "waiting", "waiting"]
    assert list(session.signups.values_list("sequence", flat=True)) == [1, 2, 3, 4]


def test_confirmation_mail_has_valid_ics(world: World, django_capture_on_commit_callbacks) -> None:
    session = make_session(capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(world, session, 1)
    message = mail.outbox[-1]
    assert message.to == ["p1@example.org"]
    assert "Aangemeld" in message.subject
    _name, content, mimetype = message.attachments[0]
    assert mimetype == "text/calendar"
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert event.decoded("dtstart") == session.starts_at


def test_cancel_promotes_first_waiting_with_offer_mail(
    world: World,
    django_capture_on_commit_callbacks,
) -> None:
    session = make_session(capacity=1)
    first = sign_up(world, session, 1)
    second = sign_up(world, session, 2)
    sign_up(world, session, 3)
    with django_capture_on_commit_callbacks(execute=True):
        services.signup_cancel(signup_id=first.pk, by=world.user(Role.MEMBER_A))
    second.refresh_from_db()
    assert second.status == SignUpStatus.OFFERED
    assert second.offered_until is not None
    assert mail.outbox[-1].to == ["p2@example.org"]
    assert "plaats vrij" in mail.outbox[-1].subject


def test_unconfirmed_offer_expires_and_next_is_offered(world: World) -> None:
    session = make_session(capacity=1)
    first = sign_up(world, session, 1)
    second = sign_up(world, session, 2)
    third = sign_up(world, session, 3)
    services.signup_cancel(signup_id=first.pk, by=world.user(Role.MEMBER_A))
    assert services.offers_expire(now=timezone.now() + timedelta(hours=49)) == 1
    second.refresh_from_db()
    third.refresh_from_db()
    assert second.status == SignUpStatus.EXPIRED
    assert third.status == SignUpStatus.OFFERED


def test_accepting_offer_confirms(world: World) -> None:
    session = make_session(capacity=1)
    first = sign_up(world, session, 1)
    second = sign_up(world, session, 2)
    services.signup_cancel(signup_id=first.pk, by=world.user(Role.MEMBER_A))
    services.signup_accept_offer(signup_id=second.pk, by=world.user(Role.MEMBER_A))
    second.refresh_from_db()
    assert second.status == SignUpStatus.CONFIRMED


def test_per_party_limit_holds(world: World) -> None:
    session = make_session(capacity=10, max_per_party=2)
    sign_up(world, session, 1)
    sign_up(world, session, 2)
    with pytest.raises(ValidationError, match="maximale aantal"):
        sign_up(world, session, 3)
    other = sign_up(world, session, 4, party=world.party_b, by=world.user(Role.MEMBER_B))
    assert other.status == SignUpStatus.CONFIRMED


def test_same_email_twice_is_refused(world: World) -> None:
    session = make_session()
    sign_up(world, session, 1)
    with pytest.raises(ValidationError, match="al aangemeld"):
        sign_up(world, session, 1)


def test_no_signup_after_deadline_or_for_other_partys_private_session(world: World) -> None:
    closed = make_session(signup_deadline=timezone.now() - timedelta(minutes=1))
    with pytest.raises(ValidationError, match="niet meer mogelijk"):
        sign_up(world, closed, 1)
    private = make_session(private_party=world.party_b)
    with pytest.raises(ValidationError, match="andere partij"):
        sign_up(world, private, 1)


def test_cancel_closes_before_session(world: World) -> None:
    session = make_session(starts_at=timezone.now() + timedelta(hours=10), cancel_until_hours=24)
    signup = sign_up(world, session, 1)
    with pytest.raises(ValidationError, match="Afmelden"):
        services.signup_cancel(signup_id=signup.pk, by=world.user(Role.MEMBER_A))
    services.signup_cancel(signup_id=signup.pk, by=world.user(Role.BEHEERDER), staff=True)


def test_staff_cancel_tells_everyone(world: World, django_capture_on_commit_callbacks) -> None:
    session = make_session(capacity=1)
    sign_up(world, session, 1)
    sign_up(world, session, 2)
    with django_capture_on_commit_callbacks(execute=True):
        services.session_cancel(session_id=session.pk, by=world.user(Role.TRAINER))
    assert sorted(m.to[0] for m in mail.outbox if "niet door" in m.subject) == [
        "p1@example.org",
        "p2@example.org",
    ]


def test_reminders_sent_once_each(world: World, django_capture_on_commit_callbacks) -> None:
    session = make_session(online=True, starts_at=timezone.now() + timedelta(days=5))
    sign_up(world, session, 1)
    now = timezone.now()
    assert services.reminders_send(now=now) == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert services.reminders_send(now=now + timedelta(days=3)) == 1
        assert services.reminders_send(now=now + timedelta(days=3, hours=1)) == 0
        assert services.reminders_send(now=now + timedelta(days=4, hours=2)) == 1
        assert services.reminders_send(now=now + timedelta(days=4, hours=3)) == 0
    reminders = [m for m in mail.outbox if "Herinnering" in m.subject]
    assert len(reminders) == 2
    assert "https://meet.example.org/kennispunt" in reminders[0].body


def test_evaluation_requested_after_session(world: World) -> None:
    session = make_session(starts_at=timezone.now() + timedelta(days=1))
    signup = sign_up(world, session, 1)
    later = session.ends_at + timedelta(hours=1)
    assert services.evaluations_request(now=later) == 1
    assert services.evaluations_request(now=later) == 0
    signup.refresh_from_db()
    assert signup.evaluation_requested_at is not None
