"""A small, complete cast for tests: two parties and one user per role."""

from dataclasses import dataclass, field
from enum import StrEnum

from kennispunt.accounts.models import User
from kennispunt.accounts.roles import (
    BEHEERDER,
    HELPDESKMEDEWERKER,
    MODERATOR,
    REDACTEUR,
    TRAINER,
)
from kennispunt.parties.models import (
    Membership,
    MembershipRole,
    MembershipStatus,
    Municipality,
    Party,
)
from kennispunt.parties.seeding import membership_ensure, person_ensure

TEST_PASSWORD = "correct-horse-battery-staple"
TEST_TOTP_SECRET = "JBSWY3DPEHPK3PXP"
TEST_CONSENT = "test consent"


class Role(StrEnum):
    ANONYMOUS = "anonymous"
    UNVERIFIED = "unverified"  # signed in, no verified membership of any party
    MEMBER_A = "member_a"  # verified member of local party A: eligible
    BOARD_A = "board_a"  # verified board member (bestuurslid) of party A
    MEMBER_B = "member_b"  # verified member of local party B
    REDACTEUR = REDACTEUR
    HELPDESKMEDEWERKER = HELPDESKMEDEWERKER
    TRAINER = TRAINER
    MODERATOR = MODERATOR
    BEHEERDER = BEHEERDER


STAFF_ROLES = (
    Role.REDACTEUR,
    Role.HELPDESKMEDEWERKER,
    Role.TRAINER,
    Role.MODERATOR,
    Role.BEHEERDER,
)


@dataclass
class World:
    party_a: Party
    party_b: Party
    users: dict[Role, User] = field(default_factory=dict)

    def user(self, role: Role) -> User:
        return self.users[role]

    def membership(self, role: Role) -> Membership:
        return Membership.objects.get(user=self.users[role])


def make_user(
    email: str,
    *,
    first_name: str = "",
    staff_role: str = "",
    party: Party | None = None,
    party_role: str = MembershipRole.LID,
) -> User:
    """The demo content makes its people with the same helper (``parties.seeding``)."""
    return person_ensure(
        email=email,
        password=TEST_PASSWORD,
        first_name=first_name,
        staff_role=staff_role,
        totp_secret=TEST_TOTP_SECRET,
        party=party,
        party_role=party_role,
        consent_text=TEST_CONSENT,
    )


def make_party(name: str, slug: str, municipality_code: str = "GM0307", **extra: object) -> Party:
    municipality, _ = Municipality.objects.get_or_create(
        cbs_code=municipality_code,
        defaults={
            "name": f"Gemeente {municipality_code}",
            "slug": municipality_code.lower(),
            "province": "Utrecht",
        },
    )
    party = Party.objects.create(name=name, slug=slug, **extra)
    party.municipalities.add(municipality)
    return party


def make_membership(
    user: User,
    party: Party,
    *,
    role: str = MembershipRole.LID,
    status: str = MembershipStatus.VERIFIED,
) -> Membership:
    return membership_ensure(
        user=user, party=party, role=role, status=status, consent_text=TEST_CONSENT
    )


def build_world() -> World:
    world = World(
        party_a=make_party("Lokaal Belang A", "lokaal-belang-a"),
        party_b=make_party("Dorpspartij B", "dorpspartij-b", "GM0321"),
    )
    world.users[Role.UNVERIFIED] = make_user("nieuw@example.org")
    world.users[Role.MEMBER_A] = make_user(
        "lid-a@example.org", first_name="Anna", party=world.party_a
    )
    world.users[Role.BOARD_A] = make_user(
        "bestuur-a@example.org",
        first_name="Bram",
        party=world.party_a,
        party_role=MembershipRole.BESTUURSLID,
    )
    world.users[Role.MEMBER_B] = make_user(
        "lid-b@example.org", first_name="Bo", party=world.party_b
    )
    for role in STAFF_ROLES:
        world.users[role] = make_user(f"{role.value}@example.org", staff_role=role.value)
    return world
