"""Everything in the person's data export; erasure takes the profile and its requests."""

import pytest

from kennispunt.accounts.personal_data import erase_everything, export_everything
from kennispunt.alderman_pool import services
from kennispunt.alderman_pool.models import ContactRequest, PoolProfile, ProfileTag
from kennispunt_testing.alderman_pool import make_person, make_profile
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db


def test_the_export_holds_the_profile_and_the_requests_received(world: World) -> None:
    person = make_person()
    profile = make_profile(person, municipalities=("Zeist",), about="Over mij")
    contact = services.request_send(
        profile=profile, party=world.party_a, user=world.user(Role.BOARD_A), message="Hallo"
    )
    services.request_note(request=contact, user=world.user(Role.BOARD_A), note="Privé notitie")
    data = export_everything(person)["data"]["alderman_pool"]
    assert data["profile"]["code"] == profile.code
    assert data["profile"]["municipalities"] == ["Zeist"]
    assert data["profile"]["about"] == "Over mij"
    assert data["profile"]["consent_text"] == "test consent"
    assert data["requests_received"] == [
        {
            "party": world.party_a.name,
            "message": "Hallo",
            "status": "open",
            "created_at": contact.created_at.isoformat(),
            "decided_at": None,
        }
    ]
    assert "Privé notitie" not in str(export_everything(person))
    sent = export_everything(world.user(Role.BOARD_A))["data"]["alderman_pool"]["requests_sent"]
    assert [r["profile"] for r in sent] == [profile.display_name]


def test_erasure_deletes_the_profile_and_its_requests(world: World) -> None:
    person = make_person()
    profile = make_profile(person)
    services.request_send(
        profile=profile, party=world.party_a, user=world.user(Role.BOARD_A), message="Hallo"
    )
    erase_everything(person)
    assert not PoolProfile.objects.exists()
    assert not ProfileTag.objects.exists()
    assert not ContactRequest.objects.exists()


def test_erasing_a_board_member_keeps_the_partys_requests_without_them(world: World) -> None:
    board = world.user(Role.BOARD_A)
    contact = services.request_send(
        profile=make_profile(), party=world.party_a, user=board, message="Hallo"
    )
    erase_everything(board)
    contact.refresh_from_db()
    assert contact.sent_by is None
