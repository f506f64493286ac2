"""What the trainings app registers with the floors below it: the sign-ups gauge, its
announcements for the newsletter and the trainer's permissions."""

from datetime import timedelta

import pytest
from django.utils import formats, timezone

from kennispunt.accounts import staff_permissions
from kennispunt.core import announcements
from kennispunt.core.observability.metrics import DatabaseCollector
from kennispunt.trainings import services
from kennispunt_testing.trainings import make_session, make_training
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db


def gauge(name: str, **labels: str) -> float:
    for family in DatabaseCollector().collect():
        for sample in family.samples:
            if sample.name == name and sample.labels == labels:
                return sample.value
    return 0.0


def test_a_sign_up_shows_in_the_gauge(world: World) -> None:
    session = make_session(capacity=1)
    before = gauge("kennispunt_training_signups", status="confirmed")
    services.signup_create(
        session_id=session.pk,
        party=world.party_a,
        data=services.SignUpData(name="Persoon", email="persoon@example.org"),
        signed_up_by=world.user(Role.MEMBER_A),
    )
    assert gauge("kennispunt_training_signups", status="confirmed") == before + 1


def test_the_next_sessions_are_announced_with_date_place_and_full(world: World) -> None:
    starts = timezone.now() + timedelta(days=10)
    session = make_session(make_training(title="Campagne voeren"), starts_at=starts, capacity=1)
    online = make_session(
        make_training(slug="online", title="Begroting lezen"),
        starts_at=starts + timedelta(days=1),
        online=True,
    )
    make_session(
        make_training(slug="later", title="Een training over een jaar"),
        starts_at=starts + timedelta(days=365),
    )
    services.signup_create(
        session_id=session.pk,
        party=world.party_a,
        data=services.SignUpData(name="Persoon", email="persoon@example.org"),
        signed_up_by=world.user(Role.MEMBER_A),
    )
    items = announcements.upcoming("trainings", limit=2)
    when = formats.date_format(timezone.localtime(session.starts_at), "j F Y, H:i")
    assert [(item.title, item.url, item.meta) for item in items] == [
        ("Campagne voeren", session.get_absolute_url(), f"{when}, Amersfoort (vol)"),
        (
            "Begroting lezen",
            online.get_absolute_url(),
            formats.date_format(timezone.localtime(online.starts_at), "j F Y, H:i") + ", online",
        ),
    ]


def test_trainers_and_beheerders_are_granted_the_staff_pages() -> None:
    for role in ("trainer", "beheerder"):
        assert "trainings.change_session" in staff_permissions.granted(role)
    assert "trainings.change_session" not in staff_permissions.granted("moderator")
