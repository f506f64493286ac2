"""Profiles expire after twelve months unless renewed; one reminder a month before."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.utils import timezone

from kennispunt.alderman_pool import services, tasks
from kennispunt.alderman_pool.models import PoolProfile
from kennispunt.core import periodic
from kennispunt_testing.access import client_for
from kennispunt_testing.alderman_pool import age_profile, make_person, make_profile
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db


def test_an_expired_profile_is_hidden_from_boards(world: World) -> None:
    profile = age_profile(make_profile(), 366)
    client = client_for(world, Role.BOARD_A)
    assert profile.code not in client.get("/wethouderspool/zoeken/").content.decode()
    assert client.get(f"/wethouderspool/kandidaat/{profile.code}/").status_code == 404
    with pytest.raises(PermissionDenied):
        services.request_send(
            profile=profile, party=world.party_a, user=world.user(Role.BOARD_A), message="x"
        )


def test_the_reminder_goes_once_a_month_before(
    world: World, django_capture_on_commit_callbacks
) -> None:
    due = age_profile(make_profile(make_person("due@example.org")), 340)
    age_profile(make_profile(make_person("fresh@example.org")), 300)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.reminders_send() == 1
        assert services.reminders_send() == 0
    (reminder,) = mail.outbox
    assert reminder.to == ["due@example.org"]
    assert "verloopt" in reminder.subject
    assert "/wethouderspool/mijn-profiel/vernieuwen/" in reminder.body
    due.refresh_from_db()
    assert due.reminder_sent_at is not None


def test_renewing_gives_twelve_months_and_a_new_reminder(
    world: World, django_capture_on_commit_callbacks
) -> None:
    profile = age_profile(make_profile(), 370)
    PoolProfile.objects.filter(pk=profile.pk).update(reminder_sent_at=timezone.now())
    client = Client()
    client.force_login(profile.user)
    assert "verlopen" in client.get("/wethouderspool/mijn-profiel/").content.decode()
    assert client.post("/wethouderspool/mijn-profiel/vernieuwen/").status_code == 302
    profile.refresh_from_db()
    assert profile.is_visible
    assert profile.expires_at > timezone.now() + timedelta(days=364)
    assert profile.reminder_sent_at is None
    board = client_for(world, Role.BOARD_A)
    assert board.get(f"/wethouderspool/kandidaat/{profile.code}/").status_code == 200


def test_long_expired_profiles_are_deleted(world: World) -> None:
    kept = age_profile(make_profile(make_person("kept@example.org")), 400)
    age_profile(make_profile(make_person("gone@example.org")), 365 + 91)
    services.profiles_purge()
    assert list(PoolProfile.objects.all()) == [kept]


def test_the_jobs_are_scheduled(world: World) -> None:
    names = {job.name for job in periodic.registered_jobs()}
    assert {
        "alderman_pool.requests_expire",
        "alderman_pool.reminders",
        "alderman_pool.retention",
    } <= names
    age_profile(make_profile(), 340)
    tasks.send_reminders.call()
    assert PoolProfile.objects.get().reminder_sent_at is not None
