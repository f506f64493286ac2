"""Contact requests: the person stays anonymous to the party until they accept."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.utils import timezone

from kennispunt.accounts.personal_data import export_everything
from kennispunt.alderman_pool import selectors, services
from kennispunt.alderman_pool.models import ContactRequest, RequestStatus
from kennispunt_testing.access import client_for
from kennispunt_testing.alderman_pool import make_person, make_profile
from kennispunt_testing.world import Role, World, make_membership

pytestmark = pytest.mark.django_db


@pytest.fixture
def person(world: World):
    """Karin Verstopt, a member of party B, who does not want party A to know that yet."""
    user = make_person("karin.verstopt@example.org", first_name="Karin")
    make_membership(user, world.party_b)
    return user


def _identifying(world: World, person) -> list[str]:
    return [person.first_name, person.last_name, person.email, world.party_b.name, "karin"]


def _leaks(text: str, world: World, person) -> list[str]:
    return [word for word in _identifying(world, person) if word.lower() in text.lower()]


def _board_sees(world: World, contact: ContactRequest) -> str:
    client = client_for(world, Role.BOARD_A)
    pages = [
        "/wethouderspool/zoeken/",
        f"/wethouderspool/kandidaat/{contact.profile.code}/",
        "/wethouderspool/verzoeken/",
        f"/wethouderspool/verzoeken/{contact.pk}/",
        "/mijn/",
    ]
    texts = []
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        texts.append(response.content.decode())
    return "\n".join(texts)


def _mail_to_board(world: World) -> str:
    board = world.user(Role.BOARD_A).email
    return "\n".join(
        f"{m.subject}\n{m.body}" for m in mail.outbox if board in m.to or board in m.cc
    )


def _send(world: World, profile, client: Client | None = None) -> ContactRequest:
    client = client or client_for(world, Role.BOARD_A)
    response = client.post(
        f"/wethouderspool/kandidaat/{profile.code}/",
        {"party": world.party_a.pk, "message": "Wij zoeken een wethouder voor wonen."},
    )
    assert response.status_code == 302, response.content.decode()
    return ContactRequest.objects.get(profile=profile, party=world.party_a)


def test_before_acceptance_nothing_identifying_reaches_the_party(
    world: World, person, django_capture_on_commit_callbacks
) -> None:
    profile = make_profile(person, nickname="Bruggenbouwer")
    with django_capture_on_commit_callbacks(execute=True):
        contact = _send(world, profile)
    # The person is told, with the party's name and message and a link to answer.
    (to_person,) = [m for m in mail.outbox if person.email in m.to]
    assert world.party_a.name in to_person.subject
    assert "Wij zoeken een wethouder voor wonen." in to_person.body
    assert f"/wethouderspool/mijn-profiel/verzoek/{contact.pk}/" in to_person.body
    # The party: pages, mails and its board member's data export.
    seen = _board_sees(world, contact)
    assert "Bruggenbouwer" in seen
    assert _leaks(seen, world, person) == []
    assert _leaks(_mail_to_board(world), world, person) == []
    export = str(export_everything(world.user(Role.BOARD_A)))
    assert "Bruggenbouwer" in export
    assert _leaks(export, world, person) == []


def test_after_acceptance_both_sides_get_each_others_details(
    world: World, person, django_capture_on_commit_callbacks
) -> None:
    profile = make_profile(person)
    contact = _send(world, profile)
    client = Client()
    client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/wethouderspool/mijn-profiel/verzoek/{contact.pk}/", {"besluit": "accepteren"}
        )
    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.status == RequestStatus.ACCEPTED
    to_board = _mail_to_board(world)
    assert "Karin Verstopt" in to_board
    assert person.email in to_board
    (to_person,) = [m for m in mail.outbox if m.to == [person.email]]
    board = world.user(Role.BOARD_A)
    assert board.email in to_person.body
    assert world.party_a.name in to_person.body
    page = client_for(world, Role.BOARD_A).get(f"/wethouderspool/verzoeken/{contact.pk}/")
    assert person.email in page.content.decode()


@pytest.mark.parametrize("ending", ["afwijzen", "verlopen"])
def test_a_decline_and_an_expiry_reveal_nothing_and_look_the_same(
    world: World, person, ending: str, django_capture_on_commit_callbacks
) -> None:
    profile = make_profile(person)
    contact = _send(world, profile)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        if ending == "afwijzen":
            services.request_decide(request=contact, user=person, accept=False)
        else:
            ContactRequest.objects.filter(pk=contact.pk).update(
                expires_at=timezone.now() - timedelta(minutes=1)
            )
            assert services.requests_expire() == 1
    seen = _board_sees(world, contact)
    assert "Gesloten zonder contact" in seen
    assert "Afgewezen" not in seen and "Verlopen" not in seen
    assert _leaks(seen, world, person) == []
    assert _mail_to_board(world) == ""


def test_only_the_person_answers_and_only_once(world: World, person) -> None:
    contact = _send(world, make_profile(person))
    with pytest.raises(PermissionDenied):
        services.request_decide(request=contact, user=world.user(Role.BOARD_A), accept=True)
    services.request_decide(request=contact, user=person, accept=False)
    with pytest.raises(ValidationError):
        services.request_decide(request=contact, user=person, accept=True)


def test_one_open_request_per_party_and_profile(world: World, person) -> None:
    profile = make_profile(person)
    _send(world, profile)
    response = client_for(world, Role.BOARD_A).post(
        f"/wethouderspool/kandidaat/{profile.code}/",
        {"party": world.party_a.pk, "message": "Nog een keer."},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "al een verzoek gestuurd" in page
    assert "Nog een keer." in page


def test_a_party_has_at_most_ten_open_requests(world: World) -> None:
    board = world.user(Role.BOARD_A)
    for n in range(selectors.MAX_OPEN_REQUESTS_PER_PARTY):
        services.request_send(
            profile=make_profile(make_person(f"p{n}@example.org")),
            party=world.party_a,
            user=board,
            message="Hallo",
        )
    eleventh = make_profile(make_person("p-elf@example.org"))
    response = client_for(world, Role.BOARD_A).post(
        f"/wethouderspool/kandidaat/{eleventh.code}/",
        {"party": world.party_a.pk, "message": "Hallo"},
    )
    assert "Uw partij heeft al 10 verzoeken die op antwoord wachten." in (response.content.decode())
    # An answer frees a place.
    first = ContactRequest.objects.order_by("pk").first()
    assert first is not None
    services.request_decide(request=first, user=first.profile.user, accept=False)
    services.request_send(profile=eleventh, party=world.party_a, user=board, message="Hallo")


def test_only_a_board_of_the_party_sends_for_it(world: World, person) -> None:
    profile = make_profile(person)
    with pytest.raises(PermissionDenied):
        services.request_send(
            profile=profile, party=world.party_b, user=world.user(Role.BOARD_A), message="x"
        )
    with pytest.raises(PermissionDenied):
        services.request_send(
            profile=profile, party=world.party_a, user=world.user(Role.MEMBER_A), message="x"
        )


def test_the_board_note_stays_with_the_board(world: World, person) -> None:
    contact = _send(world, make_profile(person))
    client = client_for(world, Role.BOARD_A)
    client.post(f"/wethouderspool/verzoeken/{contact.pk}/", {"board_note": "Bellen na ALV"})
    contact.refresh_from_db()
    assert contact.board_note == "Bellen na ALV"
    person_client = Client()
    person_client.force_login(person)
    page = person_client.get(f"/wethouderspool/mijn-profiel/verzoek/{contact.pk}/")
    assert "Bellen na ALV" not in page.content.decode()
    assert "Bellen na ALV" not in str(export_everything(person))
