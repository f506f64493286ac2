"""Every training view, every role."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from kennispunt.trainings import services
from kennispunt.trainings.models import MaatwerkRequest
from kennispunt_testing.access import LOGIN, assert_access, client_for, expect
from kennispunt_testing.trainings import make_session, make_training
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db

STAFF = {"trainer": 200, "beheerder": 200}


@pytest.fixture
def session(world: World):
    return make_session(make_training())


def test_public_pages(world: World, session) -> None:
    for url in (
        "/trainingen/",
        "/trainingen/agenda.ics",
        f"/trainingen/{session.training.slug}/",
        f"/trainingen/sessie/{session.pk}/",
        f"/trainingen/sessie/{session.pk}/agenda.ics",
    ):
        assert_access(world, url, expect(default=200))


def test_private_session_only_for_its_party_and_staff(world: World) -> None:
    private = make_session(private_party=world.party_a)
    table = expect(default=404, member_a=200, board_a=200, **STAFF)
    assert_access(world, f"/trainingen/sessie/{private.pk}/", table)
    assert_access(
        world,
        f"/trainingen/sessie/{private.pk}/aanmelden/",
        expect(default=403, anonymous=LOGIN, member_a=200, board_a=200, member_b=404),
    )


def test_signup_form_for_eligible_members(world: World, session) -> None:
    assert_access(
        world,
        f"/trainingen/sessie/{session.pk}/aanmelden/",
        expect(default=403, anonymous=LOGIN, member_a=200, board_a=200, member_b=200),
    )


def test_signup_post(world: World, session) -> None:
    def url(w: World) -> str:
        return f"/trainingen/sessie/{make_session(session.training).pk}/aanmelden/"

    assert_access(
        world,
        url,
        expect(default=403, anonymous=LOGIN, member_a=302, board_a=302, member_b=302),
        method="post",
        data={"name": "Iemand", "email": "iemand@example.org"},
    )


def test_my_signups_and_maatwerk(world: World) -> None:
    assert_access(world, "/trainingen/mijn-aanmeldingen/", expect(default=200, anonymous=LOGIN))
    assert_access(
        world,
        "/trainingen/maatwerk/aanvragen/",
        expect(default=403, anonymous=LOGIN, board_a=200),
    )


def _signup_of_member_a(world: World):
    session = make_session(starts_at=timezone.now() + timedelta(days=3))
    return services.signup_create(
        session_id=session.pk,
        party=world.party_a,
        data=services.SignUpData(name="Anna", email="lid-a@example.org"),
        signed_up_by=world.user(Role.MEMBER_A),
        user=world.user(Role.MEMBER_A),
    )


def test_cancel_and_accept_only_own_signup(world: World) -> None:
    assert_access(
        world,
        lambda w: f"/trainingen/aanmelding/{_signup_of_member_a(w).pk}/afmelden/",
        expect(default=404, anonymous=LOGIN, member_a=302),
        method="post",
    )
    assert_access(
        world,
        lambda w: f"/trainingen/aanmelding/{_signup_of_member_a(w).pk}/bevestigen/",
        expect(default=404, anonymous=LOGIN, member_a=302),
        method="post",
    )


def test_confirmation_page_only_for_who_signed_up(world: World) -> None:
    signup = _signup_of_member_a(world)
    assert_access(
        world,
        f"/trainingen/aanmelding/{signup.pk}/",
        expect(default=404, anonymous=LOGIN, member_a=200),
    )


def test_certificate_only_for_the_attendee_and_staff_once_marked_present(world: World) -> None:
    signup = _signup_of_member_a(world)
    url = f"/trainingen/aanmelding/{signup.pk}/bewijs-van-deelname.pdf"
    signup.session.starts_at = timezone.now() - timedelta(hours=3)
    signup.session.ends_at = timezone.now() - timedelta(hours=1)
    signup.session.save()
    # Not (yet) marked present: nobody gets a certificate.
    assert_access(world, url, expect(default=404, anonymous=LOGIN))
    signup.attended = True
    signup.save(update_fields=["attended"])
    assert_access(world, url, expect(default=404, anonymous=LOGIN, member_a=200, **STAFF))


def _waiting_signup(world: World):
    session = make_session(capacity=1)
    for n, email in enumerate(("eerste@example.org", "wacht@example.org")):
        signup = services.signup_create(
            session_id=session.pk,
            party=world.party_a,
            data=services.SignUpData(name=f"Iemand {n}", email=email),
            signed_up_by=world.user(Role.BOARD_A),
        )
    return signup


def test_leaving_the_waiting_list_needs_the_token_not_a_login(world: World) -> None:
    from kennispunt.trainings.emails import leave_token

    def url(w: World) -> str:
        return f"/trainingen/wachtlijst/{leave_token(_waiting_signup(w))}/"

    assert_access(world, url, expect(default=200))
    assert_access(world, url, expect(default=200), method="post")
    assert_access(world, "/trainingen/wachtlijst/vervalst:token/", expect(default=404))


def test_evaluation_only_own_after_session(world: World) -> None:
    signup = _signup_of_member_a(world)
    url = f"/trainingen/aanmelding/{signup.pk}/beoordelen/"
    assert_access(world, url, expect(default=404, anonymous=LOGIN))
    signup.session.starts_at = timezone.now() - timedelta(hours=3)
    signup.session.ends_at = timezone.now() - timedelta(hours=1)
    signup.session.save()
    assert_access(world, url, expect(default=404, anonymous=LOGIN, member_a=200))


def test_staff_pages(world: World, session) -> None:
    mw = MaatwerkRequest.objects.create(
        party=world.party_a, topic="Debat", preferred_dates="maart", group_size=8, place="Online"
    )
    for url in (
        "/trainingen/beheer/",
        "/trainingen/beheer/sessie/nieuw/",
        f"/trainingen/beheer/sessie/{session.pk}/",
        f"/trainingen/beheer/sessie/{session.pk}/bewerken/",
        f"/trainingen/beheer/sessie/{session.pk}/kopieren/",
        f"/trainingen/beheer/sessie/{session.pk}/annuleren/",
        f"/trainingen/beheer/sessie/{session.pk}/deelnemers.csv",
        f"/trainingen/beheer/sessie/{session.pk}/mailen/",
        "/trainingen/beheer/evaluaties/",
        "/trainingen/beheer/maatwerk/",
        f"/trainingen/beheer/maatwerk/{mw.pk}/",
    ):
        assert_access(world, url, expect(default=403, anonymous=LOGIN, **STAFF))


def test_staff_cancel_post(world: World) -> None:
    assert_access(
        world,
        lambda w: f"/trainingen/beheer/sessie/{make_session().pk}/annuleren/",
        expect(default=403, anonymous=LOGIN, trainer=302, beheerder=302),
        method="post",
    )


def test_evaluation_only_by_the_attendee_and_only_after_the_end(world: World) -> None:
    session = make_session(starts_at=timezone.now() + timedelta(days=3))
    signup = services.signup_create(
        session_id=session.pk,
        party=world.party_a,
        data=services.SignUpData(name="Anna", email="lid-a@example.org"),
        signed_up_by=world.user(Role.BOARD_A),
        user=world.user(Role.MEMBER_A),
    )
    url = f"/trainingen/aanmelding/{signup.pk}/beoordelen/"
    # Started but not yet ended: nobody evaluates yet.
    session.starts_at = timezone.now() - timedelta(hours=1)
    session.ends_at = timezone.now() + timedelta(hours=1)
    session.save()
    assert_access(world, url, expect(default=404, anonymous=LOGIN))
    assert (
        url
        not in client_for(world, Role.MEMBER_A)
        .get("/trainingen/mijn-aanmeldingen/")
        .content.decode()
    )
    # Ended: the attendee evaluates, the board member who signed her up does not.
    session.ends_at = timezone.now() - timedelta(minutes=5)
    session.save()
    assert_access(world, url, expect(default=404, anonymous=LOGIN, member_a=200))
    assert (
        url
        in client_for(world, Role.MEMBER_A).get("/trainingen/mijn-aanmeldingen/").content.decode()
    )
    assert (
        url
        not in client_for(world, Role.BOARD_A)
        .get("/trainingen/mijn-aanmeldingen/")
        .content.decode()
    )
    board = client_for(world, Role.BOARD_A)
    assert board.post(url, {"score": "1", "comment": "x"}).status_code == 404
    with pytest.raises(PermissionDenied):
        services.evaluation_submit(signup=signup, score=1, comment="", by=world.user(Role.BOARD_A))


def test_trainings_are_kept_by_trainers_in_the_cms(world: World) -> None:
    training = make_training()
    table = expect(default=302, anonymous=LOGIN, trainer=200, beheerder=200)
    for url in (
        "/beheer/cms/snippets/trainings/training/",
        f"/beheer/cms/snippets/trainings/training/edit/{training.pk}/",
    ):
        assert_access(world, url, table)
