"""The one helper that makes people with a role, for the demo cast and the test world."""

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator

from kennispunt.parties.eligibility import is_eligible
from kennispunt.parties.models import Membership, MembershipRole, MembershipStatus
from kennispunt.parties.seeding import membership_ensure, person_ensure
from kennispunt_testing.world import make_party

pytestmark = pytest.mark.django_db


def test_a_board_member_is_made_once_however_often_asked() -> None:
    party = make_party("Lokaal Belang", "lokaal-belang")
    made = [
        person_ensure(
            email="bestuur@example.org",
            password="geheim-en-lang",
            first_name="Fatima",
            party=party,
            party_role=MembershipRole.BESTUURSLID,
            consent_text="Ik geef toestemming.",
        )
        for _ in range(2)
    ]
    assert made[0] == made[1]
    user = made[0]
    assert user.check_password("geheim-en-lang")
    assert EmailAddress.objects.get(user=user).verified
    membership = Membership.objects.get(user=user)
    assert (membership.role, membership.status) == ("bestuurslid", "verified")
    assert membership.decided_at is not None
    assert membership.consent_text == "Ik geef toestemming."
    assert is_eligible(user)


def test_staff_get_their_group_and_one_authenticator() -> None:
    for _ in range(2):
        user = person_ensure(
            email="redacteur@example.org",
            password="geheim-en-lang",
            staff_role="redacteur",
            totp_secret="JBSWY3DPEHPK3PXP",
        )
    assert list(user.groups.values_list("name", flat=True)) == ["redacteur"]
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).count() == 1
    with pytest.raises(ValueError, match="TOTP"):
        person_ensure(email="x@example.org", password="geheim-en-lang", staff_role="redacteur")


def test_a_pending_request_is_not_decided_and_needs_a_consent_text() -> None:
    party = make_party("Lokaal Belang", "lokaal-belang")
    user = person_ensure(email="aanvrager@example.org", password="geheim-en-lang")
    pending = membership_ensure(
        user=user, party=party, status=MembershipStatus.PENDING, consent_text="Ja."
    )
    assert pending.decided_at is None
    assert not is_eligible(user)
    with pytest.raises(ValueError, match="consented"):
        membership_ensure(user=user, party=make_party("B", "b"), consent_text="")
