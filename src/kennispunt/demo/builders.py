"""Demo content, one builder per domain. Each is idempotent: it finds before it creates.

Later apps add their builder to BUILDERS so `manage.py demo_content` fills every page.
"""

from collections.abc import Callable
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group
from django.utils import timezone

from kennispunt.accounts.models import User
from kennispunt.accounts.roles import (
    BEHEERDER,
    HELPDESKMEDEWERKER,
    MODERATOR,
    REDACTEUR,
    TRAINER,
)
from kennispunt.elections.demo import build_elections
from kennispunt.forum.demo import build_forum
from kennispunt.helpdesk.demo import build_helpdesk
from kennispunt.knowledge.demo import build_knowledge
from kennispunt.newsletter.demo import build_newsletter
from kennispunt.outreach.demo import build_outreach
from kennispunt.pages.site_structure import site_structure_ensure
from kennispunt.parties.forms import CONSENT_TEXT
from kennispunt.parties.models import (
    Membership,
    MembershipRole,
    MembershipStatus,
    Municipality,
    Party,
)
from kennispunt.trainings.demo import build_trainings

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
    party_role: str = ""
    membership_status: str = ""


DEMO_USERS = (
    DemoUser(
        "bestuur",
        "Fatima",
        party_slug="samen-lokaal-amersfoort",
        party_role=MembershipRole.BESTUURSLID,
        membership_status=MembershipStatus.VERIFIED,
    ),
    DemoUser(
        "lid",
        "Jan",
        party_slug="samen-lokaal-amersfoort",
        party_role=MembershipRole.RAADSLID,
        membership_status=MembershipStatus.VERIFIED,
    ),
    DemoUser(
        "aanvrager",
        "Sanne",
        party_slug="samen-lokaal-amersfoort",
        party_role=MembershipRole.VRIJWILLIGER,
        membership_status=MembershipStatus.PENDING,
    ),
    DemoUser(
        "lid-zwolle",
        "Pieter",
        party_slug="stadspartij-zwolle-vooruit",
        party_role=MembershipRole.LID,
        membership_status=MembershipStatus.VERIFIED,
    ),
    DemoUser("nieuw", "Noor"),
    DemoUser("redacteur", "Eva", staff_role=REDACTEUR),
    DemoUser("helpdesk", "Mohamed", staff_role=HELPDESKMEDEWERKER),
    DemoUser("trainer", "Kees", staff_role=TRAINER),
    DemoUser("moderator", "Lotte", staff_role=MODERATOR),
    DemoUser("beheerder", "Anouk", staff_role=BEHEERDER),
)


def demo_email(local_part: str) -> str:
    return f"{local_part}@{DEMO_DOMAIN}"


def build_site() -> None:
    site_structure_ensure()


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


def _ensure_user(spec: DemoUser) -> User:
    email = demo_email(spec.local_part)
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(
            email=email, password=DEMO_PASSWORD, first_name=spec.first_name
        )
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def build_users() -> None:
    for spec in DEMO_USERS:
        user = _ensure_user(spec)
        if spec.staff_role:
            user.groups.add(Group.objects.get(name=spec.staff_role))
            if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
                TOTP.activate(user, DEMO_TOTP_SECRET)
        if spec.party_slug and not Membership.objects.filter(user=user).exists():
            Membership.objects.create(
                user=user,
                party=Party.objects.get(slug=spec.party_slug),
                role=spec.party_role,
                status=spec.membership_status,
                consent_given_at=timezone.now(),
                consent_text=str(CONSENT_TEXT),
                decided_at=timezone.now()
                if spec.membership_status != MembershipStatus.PENDING
                else None,
            )


BUILDERS: tuple[tuple[str, Callable[[], None]], ...] = (
    ("site", build_site),
    ("knowledge", build_knowledge),
    ("parties", build_parties),
    ("users", build_users),
    ("elections", build_elections),
    ("trainings", build_trainings),
    ("helpdesk", build_helpdesk),
    ("forum", build_forum),
    ("newsletter", build_newsletter),
    ("outreach", build_outreach),
)
