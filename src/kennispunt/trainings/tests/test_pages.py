"""Calendar, pages, selectors contract, staff tools, privacy."""

import csv
import io
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from kennispunt.accounts.personal_data import erase_everything, export_everything
from kennispunt.trainings import services
from kennispunt.trainings.models import Evaluation, Session, SignUp, Theme
from kennispunt.trainings.selectors import UpcomingSession, upcoming_sessions
from kennispunt_testing.access import client_for
from kennispunt_testing.trainings import make_municipality, make_session, make_training
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db
FMT = "%Y-%m-%dT%H:%M"  # what a datetime-local input sends, in Dutch time


def _many_sessions(count: int = 6, start: int = 0) -> None:
    zwolle = make_municipality("GM0193", "Zwolle", "Overijssel")
    for n in range(start, start + count):
        training = make_training(
            f"t-{n}",
            title=f"Training {n:02d}",
            theme=Theme.RAADSWERK if n % 2 else Theme.CAMPAGNE,
        )
        if n % 3 == 0:
            make_session(training, online=True, starts_at=timezone.now() + timedelta(days=n + 1))
        else:
            make_session(
                training, municipality=zwolle, starts_at=timezone.now() + timedelta(days=n + 1)
            )


@pytest.mark.usefixtures("page_cache_off")
def test_calendar_query_count_does_not_grow(
    world: World,
    django_assert_max_num_queries,
) -> None:
    # Council work (odd n), in Zwolle (n not a multiple of 3): n = 1 of the first three,
    # and 1, 5, 7 and 11 of all twelve.
    url = "/trainingen/?provincie=Overijssel&online=nee&thema=raadswerk"
    _many_sessions(3)
    client = Client()
    client.get(url)
    with django_assert_max_num_queries(4) as small:
        response = client.get(url)
    assert response.status_code == 200
    assert shown_trainings(response.content.decode()) == {1}
    _many_sessions(9, start=3)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get(url)
    assert response.status_code == 200
    assert shown_trainings(response.content.decode()) == {1, 5, 7, 11}


def shown_trainings(html: str) -> set[int]:
    return {n for n in range(12) if f"Training {n:02d}" in html}


def test_calendar_filters(world: World) -> None:
    _many_sessions(6)
    html = Client().get("/trainingen/?provincie=Overijssel&thema=raadswerk").content.decode()
    assert "Zwolle" in html
    assert "Online ·" not in html
    month = (timezone.localdate() + timedelta(days=400)).strftime("%Y-%m")
    html = Client().get(f"/trainingen/?maand={month}").content.decode()
    assert "Er zijn geen trainingen gevonden" in html or "Selecteer een geldige keuze" in html


@pytest.mark.usefixtures("page_cache_off")
def test_training_and_session_pages_query_counts(
    world: World,
    django_assert_num_queries,
) -> None:
    session = make_session()
    client = Client()
    client.get(f"/trainingen/{session.training.slug}/")
    with django_assert_num_queries(3):  # training, its sessions, related articles
        client.get(f"/trainingen/{session.training.slug}/")
    client.get(session.get_absolute_url())
    with django_assert_num_queries(2):
        response = client.get(session.get_absolute_url())
    assert "Aanmelden" in response.content.decode()


def test_upcoming_sessions_contract(world: World, django_assert_num_queries) -> None:
    _many_sessions(6)
    make_session(private_party=world.party_a)
    make_session(is_cancelled=True)
    with django_assert_num_queries(1):
        result = upcoming_sessions(limit=3, province_code="Overijssel")
    assert len(result) == 3
    assert all(isinstance(s, UpcomingSession) for s in result)
    assert [s.starts_at for s in result] == sorted(s.starts_at for s in result)
    assert {s.province_name for s in result} <= {"Overijssel", ""}
    online = next(s for s in result if s.is_online)
    assert online.place == "Online" and online.province_name == ""
    assert result[0].url.startswith("/trainingen/sessie/")
    assert len(upcoming_sessions(limit=50)) == 6


def test_signup_through_the_form_for_a_colleague(world: World) -> None:
    session = make_session()
    client = client_for(world, Role.MEMBER_A)
    response = client.post(
        f"/trainingen/sessie/{session.pk}/aanmelden/",
        {"name": "Collega", "email": "Collega@Example.org", "role": "penningmeester"},
    )
    assert response.status_code == 302
    signup = SignUp.objects.get()
    assert (signup.email, signup.user, signup.party) == (
        "collega@example.org",
        None,
        world.party_a,
    )
    assert signup.signed_up_by == world.user(Role.MEMBER_A)
    response = client.post(
        f"/trainingen/sessie/{session.pk}/aanmelden/",
        {"name": "Collega", "email": "collega@example.org"},
    )
    assert "al aangemeld" in response.content.decode()
    assert "Collega" in response.content.decode()  # what was typed is kept


def test_csv_export_neutralises_formulas(world: World) -> None:
    session = make_session()
    services.signup_create(
        session_id=session.pk,
        party=world.party_a,
        data=services.SignUpData(name='=HYPERLINK("http://x")', email="a@example.org"),
        signed_up_by=world.user(Role.MEMBER_A),
    )
    response = client_for(world, Role.TRAINER).get(
        f"/trainingen/beheer/sessie/{session.pk}/deelnemers.csv"
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][2] == '\'=HYPERLINK("http://x")'


def test_attendance_and_evaluation_overview(world: World) -> None:
    session = make_session(starts_at=timezone.now() + timedelta(days=1))
    signup = services.signup_create(
        session_id=session.pk,
        party=world.party_a,
        data=services.SignUpData(name="Anna", email="lid-a@example.org"),
        signed_up_by=world.user(Role.MEMBER_A),
        user=world.user(Role.MEMBER_A),
    )
    trainer = client_for(world, Role.TRAINER)
    trainer.post(f"/trainingen/beheer/sessie/{session.pk}/", {"aanwezig": [signup.pk]})
    signup.refresh_from_db()
    assert signup.attended is True
    session.starts_at = timezone.now() - timedelta(hours=3)
    session.ends_at = timezone.now() - timedelta(hours=1)
    session.save()
    member = client_for(world, Role.MEMBER_A)
    member.post(f"/trainingen/aanmelding/{signup.pk}/beoordelen/", {"score": "4", "comment": "Top"})
    assert Evaluation.objects.get().score == 4
    html = trainer.get("/trainingen/beheer/evaluaties/").content.decode()
    assert "4,0" in html or "4.0" in html


def test_export_erase_and_retention(world: World) -> None:
    member = world.user(Role.MEMBER_A)
    session = make_session(starts_at=timezone.now() + timedelta(days=1))
    signup = services.signup_create(
        session_id=session.pk,
        party=world.party_a,
        data=services.SignUpData(name="Anna", email="lid-a@example.org", dietary="vegan"),
        signed_up_by=member,
        user=member,
    )
    exported = export_everything(member)["data"]["training_signups"]["signups"]
    assert exported[0]["dietary"] == "vegan"
    erase_everything(member)
    signup.refresh_from_db()
    assert (signup.name, signup.email, signup.dietary, signup.user) == ("", "", "", None)
    assert signup.status == "confirmed"  # the seat still counts

    old = make_session(starts_at=timezone.now() + timedelta(days=1))
    kept = services.signup_create(
        session_id=old.pk,
        party=world.party_b,
        data=services.SignUpData(name="Bo", email="lid-b@example.org"),
        signed_up_by=world.user(Role.MEMBER_B),
    )
    Evaluation.objects.create(signup=kept, score=5)
    later = old.ends_at + timedelta(days=366)
    assert services.attendees_anonymise(now=later) >= 1
    kept.refresh_from_db()
    assert kept.email == "" and kept.anonymised_at is not None
    assert kept.evaluation.score == 5


def _fill(world: World, session: Session, count: int) -> None:
    for n in range(count):
        services.signup_create(
            session_id=session.pk,
            party=world.party_a,
            data=services.SignUpData(name=f"P{n}", email=f"p{n}@example.org"),
            signed_up_by=world.user(Role.MEMBER_A),
        )


def test_staff_edit_tells_everyone_and_more_seats_go_to_waiting_list(
    world: World, django_capture_on_commit_callbacks
) -> None:
    from django.core import mail

    session = make_session(capacity=1)
    _fill(world, session, 3)
    trainer = client_for(world, Role.TRAINER)
    url = f"/trainingen/beheer/sessie/{session.pk}/bewerken/"
    form = trainer.get(url).context["form"]
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update(
        training=session.training.pk,
        municipality=session.municipality_id,
        starts_at=timezone.localtime(session.starts_at + timedelta(days=1)).strftime(FMT),
        ends_at=timezone.localtime(session.ends_at + timedelta(days=1)).strftime(FMT),
        capacity=2,
    )
    data.pop("signup_deadline", None)
    data.pop("private_party", None)
    data.pop("trainer", None)
    with django_capture_on_commit_callbacks(execute=True):
        response = trainer.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    changed = sorted(m.to[0] for m in mail.outbox if m.subject.startswith("Gewijzigd"))
    assert changed == ["p0@example.org", "p1@example.org", "p2@example.org"]
    assert SignUp.objects.get(email="p1@example.org").status == "offered"
    assert SignUp.objects.get(email="p2@example.org").status == "waiting"
    changed_mail = next(m for m in mail.outbox if m.subject.startswith("Gewijzigd"))
    (event,) = Calendar.from_ical(changed_mail.attachments[0][1]).walk("VEVENT")
    assert event["SEQUENCE"] == 1  # calendars replace the old appointment
    assert event.decoded("dtstart") == session.starts_at + timedelta(days=1)


def test_duplicate_session(world: World) -> None:
    session = make_session(max_per_party=3)
    new_start = (session.starts_at + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M")
    response = client_for(world, Role.BEHEERDER).post(
        f"/trainingen/beheer/sessie/{session.pk}/kopieren/", {"starts_at": new_start}
    )
    assert response.status_code == 302
    copy = type(session).objects.exclude(pk=session.pk).get()
    assert (copy.training, copy.capacity, copy.max_per_party) == (session.training, 20, 3)
    assert copy.ends_at - copy.starts_at == session.ends_at - session.starts_at


def test_maatwerk_request_then_planned_as_private_session(world: World) -> None:
    from kennispunt.trainings.models import MaatwerkRequest

    board = client_for(world, Role.BOARD_A)
    response = board.post(
        "/trainingen/maatwerk/aanvragen/",
        {
            "topic": "Integriteit in de fractie",
            "preferred_dates": "maart, dinsdagavond",
            "group_size": "9",
            "place": "Amersfoort",
        },
    )
    assert response.status_code == 302
    request = MaatwerkRequest.objects.get()
    assert (request.party, request.status) == (world.party_a, "ontvangen")
    training = make_training("integriteit")
    municipality = make_session().municipality
    assert municipality is not None
    starts = (timezone.localtime() + timedelta(days=40)).replace(second=0, microsecond=0)
    response = client_for(world, Role.BEHEERDER).post(
        f"/trainingen/beheer/maatwerk/{request.pk}/",
        {
            "plan": "1",
            "sessie-training": training.pk,
            "sessie-starts_at": starts.strftime("%Y-%m-%dT%H:%M"),
            "sessie-ends_at": (starts + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
            "sessie-municipality": municipality.pk,
            "sessie-capacity": "9",
            "sessie-cancel_until_hours": "24",
        },
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == "gepland"
    private = Session.objects.get(maatwerk_request=request)
    assert private.private_party == world.party_a
    assert client_for(world, Role.MEMBER_B).get(private.get_absolute_url()).status_code == 404
    assert client_for(world, Role.MEMBER_A).get(private.get_absolute_url()).status_code == 200


def _maatwerk_plan_post(session_training_pk: int, municipality_pk: int) -> dict[str, object]:
    starts = (timezone.localtime() + timedelta(days=40)).replace(second=0, microsecond=0)
    return {
        "plan": "1",
        "sessie-training": session_training_pk,
        "sessie-starts_at": starts.strftime("%Y-%m-%dT%H:%M"),
        "sessie-ends_at": (starts + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
        "sessie-municipality": municipality_pk,
        "sessie-capacity": "9",
        "sessie-cancel_until_hours": "24",
    }


def test_maatwerk_plan_needs_add_session_and_happens_once(world: World) -> None:
    from django.contrib.auth.models import Permission

    from kennispunt.trainings.models import MaatwerkRequest
    from kennispunt_testing.world import make_user

    item = MaatwerkRequest.objects.create(
        party=world.party_a,
        requested_by=world.user(Role.BOARD_A),
        topic="Integriteit",
        preferred_dates="maart",
        group_size=9,
        place="Amersfoort",
    )
    data = _maatwerk_plan_post(make_training("integriteit").pk, make_municipality().pk)
    url = f"/trainingen/beheer/maatwerk/{item.pk}/"
    # May change requests but not add sessions: planning is refused.
    clerk = make_user("maatwerk-only@example.org")
    clerk.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="trainings",
            codename__in=["change_maatwerkrequest", "view_maatwerkrequest"],
        )
    )
    clerk_client = Client()
    clerk_client.force_login(clerk)
    assert clerk_client.post(url, data).status_code == 403
    assert not Session.objects.exists()
    staff = client_for(world, Role.BEHEERDER)
    assert staff.post(url, data).status_code == 302
    # A second plan post does not create a second, orphaned session.
    again = staff.post(url, data, follow=True)
    assert "al ingepland" in again.content.decode()
    assert Session.objects.count() == 1
    item.refresh_from_db()
    assert item.session == Session.objects.get()


def test_a_failed_maatwerk_plan_does_not_mark_the_status_form_invalid(world: World) -> None:
    from kennispunt.trainings.models import MaatwerkRequest

    item = MaatwerkRequest.objects.create(
        party=world.party_a,
        requested_by=world.user(Role.BOARD_A),
        topic="Integriteit",
        preferred_dates="maart",
        group_size=9,
        place="Amersfoort",
    )
    response = client_for(world, Role.BEHEERDER).post(
        f"/trainingen/beheer/maatwerk/{item.pk}/", {"plan": "1"}
    )
    assert response.status_code == 200
    assert response.context["session_form"].errors
    assert not response.context["form"].is_bound
    assert not Session.objects.exists()


def test_staff_overview_query_count(world: World, django_assert_max_num_queries) -> None:
    for _n in range(3):
        make_session()
    trainer = client_for(world, Role.TRAINER)
    trainer.get("/trainingen/beheer/")
    with django_assert_max_num_queries(10) as few:
        trainer.get("/trainingen/beheer/")
    for _n in range(10):
        make_session()
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert trainer.get("/trainingen/beheer/").status_code == 200


def test_staff_mail_goes_to_each_attendee_separately(
    world: World, django_capture_on_commit_callbacks
) -> None:
    from django.core import mail

    session = make_session(capacity=1)
    _fill(world, session, 2)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(world, Role.TRAINER).post(
            f"/trainingen/beheer/sessie/{session.pk}/mailen/",
            {"subject": "Parkeren", "body": "Parkeren kan achter het gebouw."},
        )
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["p0@example.org"]]  # only who holds a seat
