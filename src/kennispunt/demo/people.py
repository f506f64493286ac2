"""The demo cast: six local parties and one login per role (listed in the README)."""

from dataclasses import dataclass

from kennispunt.accounts.roles import (
    BEHEERDER,
    HELPDESKMEDEWERKER,
    MODERATOR,
    REDACTEUR,
    TRAINER,
)
from kennispunt.parties.forms import CONSENT_TEXT
from kennispunt.parties.models import (
    Membership,
    MembershipRole,
    MembershipStatus,
    Municipality,
    Party,
    PartyFunction,
)
from kennispunt.parties.seeding import function_ensure, person_ensure

from .guard import DEMO_PASSWORD, DEMO_TOTP_SECRET

DEMO_DOMAIN = "demo.kennispunt.nl"


@dataclass(frozen=True)
class DemoParty:
    slug: str
    name: str
    municipalities: tuple[str, ...]  # CBS codes
    website: str = ""
    is_national_branch: bool = False


DEMO_PARTIES = (
    DemoParty("samen-lokaal-amersfoort", "Samen Lokaal Amersfoort", ("GM0307",)),
    DemoParty("dorpsbelang-westerkwartier", "Dorpsbelang Westerkwartier", ("GM1969",)),
    DemoParty("stadspartij-zwolle-vooruit", "Stadspartij Zwolle Vooruit", ("GM0193",)),
    DemoParty("eerlijk-houten", "Eerlijk Houten", ("GM0321",)),
    DemoParty("gemeentebelang-heuvelland", "Gemeentebelang Heuvelland", ("GM1729", "GM0994")),
    DemoParty(
        "afdeling-landelijke-partij-zwolle",
        "Afdeling Zwolle van een landelijke partij",
        ("GM0193",),
        is_national_branch=True,
    ),
)


@dataclass(frozen=True)
class DemoUser:
    local_part: str
    first_name: str
    staff_role: str = ""
    party_slug: str = ""
    party_role: str = MembershipRole.LID
    membership_status: str = MembershipStatus.VERIFIED
    functions: tuple[str, ...] = ()  # PartyFunction values the board gave them


DEMO_USERS = (
    DemoUser(
        "bestuur",
        "Fatima",
        party_slug="samen-lokaal-amersfoort",
        party_role=MembershipRole.BESTUURSLID,
        functions=(PartyFunction.PENNINGMEESTER, PartyFunction.KANDIDATENCOMMISSIE),
    ),
    # A second board member: approves what the penningmeester entered (four eyes).
    DemoUser(
        "bestuur2",
        "Ruud",
        party_slug="samen-lokaal-amersfoort",
        party_role=MembershipRole.BESTUURSLID,
    ),
    DemoUser(
        "lid", "Jan", party_slug="samen-lokaal-amersfoort", party_role=MembershipRole.RAADSLID
    ),
    DemoUser(
        "aanvrager",
        "Sanne",
        party_slug="samen-lokaal-amersfoort",
        party_role=MembershipRole.VRIJWILLIGER,
        membership_status=MembershipStatus.PENDING,
    ),
    DemoUser("lid-zwolle", "Pieter", party_slug="stadspartij-zwolle-vooruit"),
    DemoUser("nieuw", "Noor"),
    DemoUser("redacteur", "Eva", staff_role=REDACTEUR),
    DemoUser("helpdesk", "Mohamed", staff_role=HELPDESKMEDEWERKER),
    DemoUser("trainer", "Kees", staff_role=TRAINER),
    DemoUser("moderator", "Lotte", staff_role=MODERATOR),
    DemoUser("beheerder", "Anouk", staff_role=BEHEERDER),
    # Members of other parties who write on the demo forum.
    DemoUser("forum-westerkwartier", "Gerrit", party_slug="dorpsbelang-westerkwartier"),
    DemoUser("forum-houten", "Ilse", party_slug="eerlijk-houten"),
    DemoUser("forum-heuvelland", "Twan", party_slug="gemeentebelang-heuvelland"),
)


def demo_email(local_part: str) -> str:
    return f"{local_part}@{DEMO_DOMAIN}"


def build_parties() -> None:
    for spec in DEMO_PARTIES:
        party, _ = Party.objects.get_or_create(
            slug=spec.slug,
            defaults={
                "name": spec.name,
                "website": spec.website,
                "is_national_branch": spec.is_national_branch,
            },
        )
        party.municipalities.set(Municipality.objects.filter(cbs_code__in=spec.municipalities))


def build_users() -> None:
    for spec in DEMO_USERS:
        user = person_ensure(
            email=demo_email(spec.local_part),
            password=DEMO_PASSWORD,
            first_name=spec.first_name,
            staff_role=spec.staff_role,
            totp_secret=DEMO_TOTP_SECRET,
            party=Party.objects.get(slug=spec.party_slug) if spec.party_slug else None,
            party_role=spec.party_role,
            membership_status=spec.membership_status,
            consent_text=str(CONSENT_TEXT),
        )
        for function in spec.functions:
            function_ensure(
                Membership.objects.get(user=user, party__slug=spec.party_slug), function
            )
