"""What a participant sees around a sign-up: the confirmation page with "Zet in uw agenda",
their status on the session page, materials, certificates and leaving the waiting list."""

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from django.utils import timezone

from kennispunt.trainings.models import SignUp, SignUpStatus
from kennispunt_testing.access import client_for
from kennispunt_testing.trainings import make_session
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db
QUERIES_SIGNED_IN = 9


def _query(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


def _sign_up_self(client: Client, session_pk: int) -> SignUp:
    response = client.post(
        f"/trainingen/sessie/{session_pk}/aanmelden/",
        {"name": "Anna", "email": "lid-a@example.org", "role": "raadslid"},
    )
    signup = SignUp.objects.get(session_id=session_pk, email="lid-a@example.org")
    assert response.status_code == 302
    assert response["Location"] == f"/trainingen/aanmelding/{signup.pk}/"
    return signup


def test_confirmation_page_offers_ics_google_and_outlook(world: World) -> None:
    starts = datetime(2031, 3, 12, 18, 30, tzinfo=UTC)  # 19:30 in Amsterdam
    session = make_session(starts_at=starts)
    client = client_for(world, Role.MEMBER_A)
    signup = _sign_up_self(client, session.pk)

    html = client.get(f"/trainingen/aanmelding/{signup.pk}/").content.decode()
    assert "U bent aangemeld" in html
    assert "Zet in uw agenda" in html
    assert f'href="/trainingen/sessie/{session.pk}/agenda.ics"' in html
    assert "https://calendar.google.com/calendar/render?" in html
    assert "https://outlook.live.com/calendar/0/deeplink/compose?" in html
    assert "Meld een collega aan" in html


def test_calendar_links_carry_the_session_in_utc() -> None:
    from kennispunt.trainings.ical import calendar_links

    starts = datetime(2031, 7, 1, 17, 30, tzinfo=UTC)  # 19:30 summer time
    session = make_session(starts_at=starts, venue="Het Huis", address="Plein 1")
    links = calendar_links(session)
    google = _query(links.google)
    assert google["action"] == "TEMPLATE"
    assert google["text"] == session.training.title
    assert google["dates"] == "20310701T173000Z/20310701T200000Z"
    assert google["location"] == "Het Huis, Plein 1, Amersfoort"
    outlook = _query(links.outlook)
    assert outlook["startdt"] == "2031-07-01T17:30:00Z"
    assert outlook["enddt"] == "2031-07-01T20:00:00Z"
    assert outlook["subject"] == session.training.title
    assert links.ics == f"/trainingen/sessie/{session.pk}/agenda.ics"


def test_online_link_stays_out_of_the_shareable_calendar_links() -> None:
    from kennispunt.trainings.ical import calendar_links

    session = make_session(online=True)
    links = calendar_links(session)
    assert "meet.example.org" not in links.google
    assert "meet.example.org" not in links.outlook


def test_waiting_list_confirmation_has_no_calendar_links(world: World) -> None:
    session = make_session(capacity=1)
    SignUp.objects.create(
        session=session, sequence=1, name="Eerste", email="eerste@example.org", status="confirmed"
    )
    session.signup_counter = 1
    session.save(update_fields=["signup_counter"])
    client = client_for(world, Role.MEMBER_A)
    signup = _sign_up_self(client, session.pk)
    assert signup.status == SignUpStatus.WAITING
    html = client.get(f"/trainingen/aanmelding/{signup.pk}/").content.decode()
    assert "U staat op de wachtlijst" in html
    assert "Zet in uw agenda" not in html


def test_colleague_form_starts_empty(world: World) -> None:
    session = make_session(starts_at=timezone.now() + timedelta(days=5))
    client = client_for(world, Role.MEMBER_A)
    own = client.get(f"/trainingen/sessie/{session.pk}/aanmelden/").content.decode()
    colleague = client.get(f"/trainingen/sessie/{session.pk}/aanmelden/?collega=1").content
    assert 'value="lid-a@example.org"' in own
    assert b'value="lid-a@example.org"' not in colleague


def test_session_page_shows_own_status_with_cancel_and_colleagues_apart(world: World) -> None:
    from kennispunt.trainings import services

    session = make_session(starts_at=timezone.now() + timedelta(days=5))
    client = client_for(world, Role.MEMBER_A)
    signup = _sign_up_self(client, session.pk)
    services.signup_create(
        session_id=session.pk,
        party=world.party_a,
        data=services.SignUpData(name="Collega Cor", email="cor@example.org"),
        signed_up_by=world.user(Role.MEMBER_A),
    )
    html = client.get(session.get_absolute_url()).content.decode()
    assert "U bent aangemeld" in html
    assert f'action="/trainingen/aanmelding/{signup.pk}/afmelden/"' in html
    assert "Collega Cor" in html
    assert f"/trainingen/sessie/{session.pk}/aanmelden/?collega=1" in html

    # Cancelling from the session page returns to the session page.
    response = client.post(
        f"/trainingen/aanmelding/{signup.pk}/afmelden/", {"next": session.get_absolute_url()}
    )
    assert response["Location"] == session.get_absolute_url()
    signup.refresh_from_db()
    assert signup.status == SignUpStatus.CANCELLED
    html = client.get(session.get_absolute_url()).content.decode()
    assert "U bent aangemeld" not in html


def test_cancel_does_not_follow_an_outside_next(world: World) -> None:
    session = make_session(starts_at=timezone.now() + timedelta(days=5))
    client = client_for(world, Role.MEMBER_A)
    signup = _sign_up_self(client, session.pk)
    response = client.post(
        f"/trainingen/aanmelding/{signup.pk}/afmelden/", {"next": "https://evil.example/"}
    )
    assert response["Location"] == "/trainingen/mijn-aanmeldingen/"


def test_someone_else_sees_no_status_on_the_session_page(world: World) -> None:
    session = make_session(starts_at=timezone.now() + timedelta(days=5))
    _sign_up_self(client_for(world, Role.MEMBER_A), session.pk)
    html = client_for(world, Role.MEMBER_B).get(session.get_absolute_url()).content.decode()
    assert "U bent aangemeld" not in html
    assert "?collega=1" not in html


def test_session_page_shows_trainer_and_map_link(world: World) -> None:
    session = make_session(address="Stationsplein 1")
    trainer = world.user(Role.TRAINER)
    trainer.first_name, trainer.last_name = "Tessa", "de Trainer"
    trainer.save(update_fields=["first_name", "last_name"])
    session.trainer = trainer
    session.save(update_fields=["trainer"])
    html = Client().get(session.get_absolute_url()).content.decode()
    assert "Tessa de Trainer" in html
    assert 'href="https://www.openstreetmap.org/search?query=Stationsplein+1%2C+Amersfoort"' in html
    online = make_session(online=True)
    assert "openstreetmap" not in Client().get(online.get_absolute_url()).content.decode()


def test_materials_only_after_the_end_and_only_for_participants_and_staff(world: World) -> None:
    session = make_session(
        starts_at=timezone.now() + timedelta(days=5),
        materials="Presentatie https://example.org/dia.pdf\nOefening: zelf een plan maken",
    )
    member = client_for(world, Role.MEMBER_A)
    _sign_up_self(member, session.pk)
    assert "example.org/dia.pdf" not in member.get(session.get_absolute_url()).content.decode()

    session.starts_at = timezone.now() - timedelta(hours=3)
    session.ends_at = timezone.now() - timedelta(hours=1)
    session.save(update_fields=["starts_at", "ends_at"])
    html = member.get(session.get_absolute_url()).content.decode()
    assert '<a class="utrecht-link" href="https://example.org/dia.pdf">Presentatie</a>' in html
    assert "Oefening: zelf een plan maken" in html
    staff = client_for(world, Role.TRAINER).get(session.get_absolute_url()).content.decode()
    assert "example.org/dia.pdf" in staff
    for role in (Role.MEMBER_B, Role.ANONYMOUS):
        html = client_for(world, role).get(session.get_absolute_url()).content.decode()
        assert "example.org/dia.pdf" not in html, role


@pytest.mark.usefixtures("page_cache_off")
def test_signed_in_session_page_query_count(world: World, django_assert_num_queries) -> None:
    from kennispunt.trainings import services

    session = make_session(starts_at=timezone.now() + timedelta(days=5))
    client = client_for(world, Role.MEMBER_A)
    _sign_up_self(client, session.pk)
    for n in range(3):
        services.signup_create(
            session_id=session.pk,
            party=world.party_a,
            data=services.SignUpData(name=f"Collega {n}", email=f"c{n}@example.org"),
            signed_up_by=world.user(Role.MEMBER_A),
        )
    client.get(session.get_absolute_url())
    # session, user, staff check (group, 2 permission lists), the session, seats, own
    # standing, header count: the same with one sign-up or many
    with django_assert_num_queries(QUERIES_SIGNED_IN):
        response = client.get(session.get_absolute_url())
    assert response.content.decode().count("Collega ") == 3


def _attended(world: World) -> SignUp:
    from kennispunt.trainings import services

    session = make_session(starts_at=timezone.now() + timedelta(days=5))
    signup = services.signup_create(
        session_id=session.pk,
        party=world.party_a,
        data=services.SignUpData(name="Anna de Vries", email="lid-a@example.org"),
        signed_up_by=world.user(Role.MEMBER_A),
        user=world.user(Role.MEMBER_A),
    )
    session.starts_at = timezone.now() - timedelta(days=1, hours=3)
    session.ends_at = timezone.now() - timedelta(days=1)
    session.save(update_fields=["starts_at", "ends_at"])
    services.attendance_record(
        session=session, present_ids={signup.pk}, by=world.user(Role.TRAINER)
    )
    signup.refresh_from_db()
    return signup


def _pdf_words(content: bytes) -> str:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_certificate_is_a_pdf_with_name_and_title(world: World) -> None:
    signup = _attended(world)
    client = client_for(world, Role.MEMBER_A)
    url = f"/trainingen/aanmelding/{signup.pk}/bewijs-van-deelname.pdf"
    assert url in client.get(signup.session.get_absolute_url()).content.decode()
    assert url in client.get("/trainingen/mijn-aanmeldingen/").content.decode()
    response = client.get(url)
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert response.content.startswith(b"%PDF")
    words = _pdf_words(response.content)
    assert "Bewijs van deelname" in words
    assert "Anna de Vries" in words
    assert signup.session.training.title in words
    staff_page = client_for(world, Role.TRAINER).get(
        f"/trainingen/beheer/sessie/{signup.session.pk}/"
    )
    assert url in staff_page.content.decode()


def test_no_certificate_when_marked_absent_or_cancelled(world: World) -> None:
    signup = _attended(world)
    signup.attended = False
    signup.save(update_fields=["attended"])
    client = client_for(world, Role.MEMBER_A)
    url = f"/trainingen/aanmelding/{signup.pk}/bewijs-van-deelname.pdf"
    assert client.get(url).status_code == 404
    assert url not in client.get(signup.session.get_absolute_url()).content.decode()
    signup.attended = True
    signup.save(update_fields=["attended"])
    signup.session.is_cancelled = True
    signup.session.save(update_fields=["is_cancelled"])
    assert client.get(url).status_code == 404


def _full_session_with_waiting(world: World) -> tuple[SignUp, SignUp]:
    from kennispunt.trainings import services

    session = make_session(capacity=1)
    signups = [
        services.signup_create(
            session_id=session.pk,
            party=world.party_a,
            data=services.SignUpData(name=name, email=f"{name.lower()}@example.org"),
            signed_up_by=world.user(Role.BOARD_A),
        )
        for name in ("Eerste", "Tweede", "Derde")
    ]
    return signups[0], signups[1]


def test_waiting_list_mail_has_a_leave_link_that_asks_then_removes(
    world: World, mailoutbox, django_capture_on_commit_callbacks
) -> None:
    import re

    with django_capture_on_commit_callbacks(execute=True):
        _first, waiting = _full_session_with_waiting(world)
    mail = next(m for m in mailoutbox if m.to == ["tweede@example.org"])
    assert "Niet meer geïnteresseerd?" in mail.body
    found = re.search(r"https?://\S+/trainingen/wachtlijst/(\S+)/", mail.body)
    assert found
    url = f"/trainingen/wachtlijst/{found.group(1)}/"

    client = Client()
    page = client.get(url).content.decode()
    assert "Ja, haal mij van de wachtlijst" in page
    waiting.refresh_from_db()
    assert waiting.status == SignUpStatus.WAITING  # a GET (a mail scanner) changes nothing

    page = client.post(url).content.decode()
    assert "U staat niet meer op de wachtlijst" in page
    waiting.refresh_from_db()
    assert waiting.status == SignUpStatus.CANCELLED
    assert "U staat niet (meer) op de wachtlijst" in client.get(url).content.decode()


def test_leaving_an_offered_seat_offers_it_to_the_next(
    world: World, mailoutbox, django_capture_on_commit_callbacks
) -> None:
    from kennispunt.trainings import services
    from kennispunt.trainings.emails import leave_token

    first, second = _full_session_with_waiting(world)
    with django_capture_on_commit_callbacks(execute=True):
        services.signup_cancel(signup_id=first.pk, by=None, staff=True)
    second.refresh_from_db()
    assert second.status == SignUpStatus.OFFERED
    offer = next(
        m for m in mailoutbox if m.to == ["tweede@example.org"] and "plaats vrij" in m.subject
    )
    assert "/trainingen/wachtlijst/" in offer.body
    Client().post(f"/trainingen/wachtlijst/{leave_token(second)}/")
    third = SignUp.objects.get(email="derde@example.org")
    assert third.status == SignUpStatus.OFFERED


def test_leave_link_never_cancels_a_confirmed_seat_and_rejects_other_tokens(
    world: World,
) -> None:
    from django.core import signing

    from kennispunt.trainings.emails import LEAVE_SALT, leave_token

    first, second = _full_session_with_waiting(world)
    response = Client().post(f"/trainingen/wachtlijst/{leave_token(first)}/")
    assert response.status_code == 200
    first.refresh_from_db()
    assert first.status == SignUpStatus.CONFIRMED
    # A token for the right number but another address (or another salt) is refused.
    forged = signing.dumps({"s": second.pk, "e": "iemand@example.org"}, salt=LEAVE_SALT)
    assert Client().get(f"/trainingen/wachtlijst/{forged}/").status_code == 404
    other_salt = signing.dumps({"s": second.pk, "e": second.email}, salt="iets-anders")
    assert Client().get(f"/trainingen/wachtlijst/{other_salt}/").status_code == 404
