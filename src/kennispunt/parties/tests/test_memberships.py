"""Requesting, verifying, rejecting and ending memberships: rules, logging and e-mail."""

import pytest
from django.core import mail

from kennispunt.core.audit import entries_for
from kennispunt.parties.models import Membership, MembershipStatus, Province
from kennispunt_testing.access import client_for
from kennispunt_testing.world import Role, World, make_membership, make_user

pytestmark = pytest.mark.django_db


def _request(client, party, **overrides):
    data = {"party": party.pk, "role": "lid", "consent": "on", **overrides}
    return client.post("/partijen/lidmaatschap/aanvragen/", data)


def test_request_creates_pending_membership_with_consent_and_tells_the_board(
    world: World, django_capture_on_commit_callbacks
) -> None:
    client = client_for(world, Role.UNVERIFIED)
    with django_capture_on_commit_callbacks(execute=True):
        response = _request(client, world.party_a)
    assert response.status_code == 302
    membership = Membership.objects.get(user=world.user(Role.UNVERIFIED))
    assert membership.status == MembershipStatus.PENDING
    assert membership.consent_given_at is not None
    assert "toestemming" in membership.consent_text
    assert [e.action for e in entries_for(membership)] == ["membership.requested"]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [world.user(Role.BOARD_A).email]
    assert f"/partijen/lidmaatschap/{membership.pk}/beoordelen/" in mail.outbox[0].body


def test_request_without_consent_is_refused_in_dutch_and_keeps_the_choices(world: World) -> None:
    client = client_for(world, Role.UNVERIFIED)
    response = _request(client, world.party_a, consent="", role="raadslid")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Zonder uw toestemming kunnen we uw lidmaatschap niet vastleggen." in html
    assert 'value="raadslid" id="id_role_1" required checked' in html
    assert f'<option value="{world.party_a.pk}" selected' in html
    assert not Membership.objects.filter(user=world.user(Role.UNVERIFIED)).exists()


def test_second_request_for_the_same_party_gets_a_clear_error(world: World) -> None:
    client = client_for(world, Role.MEMBER_A)
    response = _request(client, world.party_a)
    assert response.status_code == 200
    assert "U bent al lid van deze partij" in response.content.decode()


def test_board_member_verifies_and_member_becomes_eligible(
    world: World, django_capture_on_commit_callbacks
) -> None:
    applicant = make_user("aanvrager@example.org")
    membership = make_membership(applicant, world.party_a, status=MembershipStatus.PENDING)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(world, Role.BOARD_A).post(
            f"/partijen/lidmaatschap/{membership.pk}/beoordelen/", {"decision": "verify"}
        )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.VERIFIED
    assert membership.decided_by == world.user(Role.BOARD_A)
    assert "membership.verified" in [e.action for e in entries_for(membership)]
    assert mail.outbox[-1].to == ["aanvrager@example.org"]
    assert mail.outbox[-1].subject == "Uw lidmaatschap is bevestigd"


def test_rejection_needs_a_reason_that_reaches_the_applicant(
    world: World, django_capture_on_commit_callbacks
) -> None:
    applicant = make_user("aanvrager@example.org")
    membership = make_membership(applicant, world.party_a, status=MembershipStatus.PENDING)
    client = client_for(world, Role.BEHEERDER)
    url = f"/partijen/lidmaatschap/{membership.pk}/beoordelen/"
    response = client.post(url, {"decision": "reject", "reason": "  "})
    assert response.status_code == 200
    assert "Geef een reden" in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"decision": "reject", "reason": "Niet bekend bij het bestuur."})
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.REJECTED
    assert "Niet bekend bij het bestuur." in mail.outbox[-1].body


def test_nobody_decides_on_their_own_request(world: World) -> None:
    own = make_membership(world.user(Role.BOARD_A), world.party_b, status=MembershipStatus.PENDING)
    response = client_for(world, Role.BOARD_A).post(
        f"/partijen/lidmaatschap/{own.pk}/beoordelen/", {"decision": "verify"}
    )
    assert response.status_code == 403


def test_a_decided_request_cannot_be_decided_again(world: World) -> None:
    membership = world.membership(Role.MEMBER_A)
    response = client_for(world, Role.BEHEERDER).post(
        f"/partijen/lidmaatschap/{membership.pk}/beoordelen/", {"decision": "verify"}
    )
    assert response.status_code == 200
    assert "Deze aanvraag is al beoordeeld." in response.content.decode()


def test_member_ends_own_membership_and_loses_access(world: World) -> None:
    from kennispunt.parties.eligibility import is_eligible

    membership = world.membership(Role.MEMBER_A)
    client = client_for(world, Role.MEMBER_A)
    client.post(f"/partijen/lidmaatschap/{membership.pk}/beeindigen/")
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.ENDED
    assert not is_eligible(world.user(Role.MEMBER_A))
    assert "membership.ended" in [e.action for e in entries_for(membership)]


def test_viewing_the_member_list_is_logged_per_membership(world: World) -> None:
    client_for(world, Role.BOARD_A).get("/partijen/lokaal-belang-a/leden/")
    viewed = entries_for(world.membership(Role.MEMBER_A)).filter(action="membership.viewed")
    assert viewed.count() == 1
    assert viewed.get().actor == world.user(Role.BOARD_A)


def test_member_list_does_not_leak_to_other_party(world: World) -> None:
    response = client_for(world, Role.MEMBER_B).get("/partijen/lokaal-belang-a/leden/")
    assert response.status_code == 403
    assert world.user(Role.MEMBER_A).email not in response.content.decode()


def test_at_most_three_requests_wait_at_once(world: World) -> None:
    from kennispunt_testing.world import make_party

    client = client_for(world, Role.UNVERIFIED)
    parties = [make_party(f"Partij {i}", f"partij-{i}", "GM0307") for i in range(4)]
    for party in parties[:3]:
        assert _request(client, party).status_code == 302
    response = _request(client, parties[3])
    assert response.status_code == 200
    assert "U hebt al drie aanvragen die nog worden beoordeeld." in response.content.decode()


def test_export_shows_when_a_membership_was_seen_but_not_by_whom(world: World) -> None:
    from kennispunt.parties.exports import export_memberships

    client_for(world, Role.BOARD_A).get("/partijen/lokaal-belang-a/leden/")
    exported = export_memberships(world.user(Role.MEMBER_A))
    assert [h["action"] for h in exported[0]["history"]] == ["membership.viewed"]
    assert "bestuur-a@example.org" not in str(exported)


def test_the_register_filters_by_provincie_and_old_province_links_redirect(world: World) -> None:
    client = client_for(world, Role.ANONYMOUS)
    old = client.get("/partijen/", {"province": "Utrecht", "q": "x"})
    assert old.status_code == 301
    assert old["Location"] == "/partijen/?q=x&provincie=Utrecht"
    province = world.party_a.municipalities.get().province
    other = next(p for p, _ in Province.choices if p != province)
    listed = client.get("/partijen/", {"provincie": province}).content.decode()
    assert world.party_a.name in listed
    assert world.party_a.name not in client.get("/partijen/", {"provincie": other}).content.decode()
