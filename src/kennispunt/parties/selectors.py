"""Reads about parties and memberships, including who may see which membership."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from django.urls import reverse

from .models import (
    Membership,
    MembershipRole,
    MembershipStatus,
    Municipality,
    Party,
    PartyRegistration,
    RegistrationStatus,
    ReviewerPreference,
)
from .names import alias_codes, aliases, name_matches, normalise, similar_names
from .waiting import decision_expected_by

# Roles that make someone the board of their party: they see and decide on its memberships.
BOARD_ROLES = (MembershipRole.BESTUURSLID,)


def board_memberships(
    party: Party | None = None, *, user: Any = None, roles: tuple[str, ...] = BOARD_ROLES
) -> QuerySet[Membership]:
    """THE rule of "the board": verified memberships with a board role, of a party or a user."""
    memberships = Membership.objects.filter(status=MembershipStatus.VERIFIED, role__in=roles)
    if party is not None:
        memberships = memberships.filter(party=party)
    if user is not None:
        if not getattr(user, "is_authenticated", False):
            return Membership.objects.none()
        memberships = memberships.filter(user=user)
    return memberships


def function_memberships(
    party: Party | None = None, *, function: str, user: Any = None
) -> QuerySet[Membership]:
    """Verified memberships that hold a function (``PartyFunction``), of a party or a user.

    A function lapses with its membership: an ended or rejected membership holds nothing.
    """
    memberships = Membership.objects.filter(
        status=MembershipStatus.VERIFIED, functions__function=function
    )
    if party is not None:
        memberships = memberships.filter(party=party)
    if user is not None:
        if not getattr(user, "is_authenticated", False):
            return Membership.objects.none()
        memberships = memberships.filter(user=user)
    return memberships


def holds_function(user: Any, party: Party, function: str) -> bool:
    return function_memberships(party, function=function, user=user).exists()


def can_assign_functions(user: Any, party: Party) -> bool:
    """The party's verified board, or staff who verify memberships, hand out functions."""
    if not getattr(user, "is_authenticated", False):
        return False
    return user.has_perm("parties.verify_membership") or is_board_member(user, party)


def is_board_member(user: Any, party: Party) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return board_memberships(party, user=user).exists()


def can_view_members(user: Any, party: Party) -> bool:
    """Membership is special-category data: only staff and the party's verified board see it."""
    if not getattr(user, "is_authenticated", False):
        return False
    return user.has_perm("parties.view_membership") or is_board_member(user, party)


def can_decide(user: Any, membership: Membership) -> bool:
    """Staff with the permission, or a verified board member of the party (not for themselves)."""
    if not getattr(user, "is_authenticated", False) or membership.user_id == user.pk:
        return False
    return user.has_perm("parties.verify_membership") or is_board_member(user, membership.party)


def decider_emails(party: Party) -> list[str]:
    """Who is told that a membership request waits: the party's verified board, else staff
    who may verify memberships."""
    board = list(board_memberships(party).values_list("user__email", flat=True))
    if board:
        return board
    return list(
        get_user_model()
        .objects.filter(
            Q(groups__permissions__codename="verify_membership") | Q(is_superuser=True),
            is_active=True,
        )
        .distinct()
        .values_list("email", flat=True)
    )


def party_members(party: Party) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(
            party=party, status__in=[MembershipStatus.VERIFIED, MembershipStatus.PENDING]
        )
        .select_related("user")
        .prefetch_related("functions")
        .order_by("status", "user__email")
    )


def pending_memberships() -> QuerySet[Membership]:
    return (
        Membership.objects.filter(status=MembershipStatus.PENDING)
        .select_related("user", "party")
        .order_by("requested_at")
    )


def user_memberships(user: Any) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(user=user)
        .exclude(status=MembershipStatus.ENDED)
        .select_related("party")
        .order_by("party__name")
    )


def board_parties(user: Any) -> QuerySet[Party]:
    if not getattr(user, "is_authenticated", False):
        return Party.objects.none()
    return Party.objects.filter(pk__in=board_memberships(user=user).values("party_id"))


def search_parties(*, query: str = "", province: str = "") -> QuerySet[Party]:
    """The public register: eligible local parties only, found by name or municipality."""
    parties = Party.objects.register()
    if query:
        parties = parties.filter(
            Q(name__icontains=query) | Q(municipalities__in=municipalities_matching(query))
        )
    if province:
        parties = parties.filter(municipalities__province=province)
    return parties.distinct().prefetch_related("municipalities").order_by("name")


def active_municipalities() -> QuerySet[Municipality]:
    return Municipality.objects.filter(is_active=True).order_by("name")


def municipalities_matching(query: str) -> QuerySet[Municipality]:
    """Active municipalities a typed name finds: the CBS name or a common alias ("Den Haag"),
    without regard to case, accents, apostrophes or hyphens."""
    if not normalise(query):
        return Municipality.objects.none()
    codes = alias_codes(query)
    ids = [
        pk
        for pk, name, code in Municipality.objects.filter(is_active=True).values_list(
            "pk", "name", "cbs_code"
        )
        if code in codes or name_matches(query, name)
    ]
    return Municipality.objects.filter(pk__in=ids).order_by("name")


def municipality_exact(query: str) -> Municipality | None:
    """The one active municipality whose name or alias is exactly what was typed."""
    wanted = normalise(query)
    code = aliases().get(wanted)
    for municipality in Municipality.objects.filter(is_active=True):
        if normalise(municipality.name) == wanted or municipality.cbs_code == code:
            return municipality
    return None


# --- Party registrations ----------------------------------------------------------------------


def registrations_of(user: Any) -> QuerySet[PartyRegistration]:
    """This person's party registrations, newest first, with status and municipalities."""
    if not getattr(user, "is_authenticated", False):
        return PartyRegistration.objects.none()
    return (
        PartyRegistration.objects.filter(registrant=user)
        .select_related("party")
        .prefetch_related("municipalities")
        .order_by("-requested_at")
    )


def pending_registrations_count() -> int:
    return PartyRegistration.objects.filter(status=RegistrationStatus.PENDING).count()


def can_view_registration(user: Any, registration: PartyRegistration) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return registration.registrant_id == user.pk or user.has_perm(
        "parties.review_party_registration"
    )


def registration_queue() -> QuerySet[PartyRegistration]:
    return (
        PartyRegistration.objects.filter(status=RegistrationStatus.PENDING)
        .select_related("registrant")
        .prefetch_related("municipalities")
        .order_by("requested_at")
    )


def other_pending_registrations(
    registrations: Iterable[PartyRegistration],
) -> dict[int, list[PartyRegistration]]:
    """Per registration: the other pending registrations for one of its municipalities (one
    query; ``registrations`` come with their municipalities prefetched)."""
    registrations = list(registrations)
    municipality_ids = {m.pk for r in registrations for m in r.municipalities.all()}
    through = PartyRegistration.municipalities.through
    links = through.objects.filter(
        municipality_id__in=municipality_ids,
        partyregistration__status=RegistrationStatus.PENDING,
    ).select_related("partyregistration")
    by_municipality: dict[int, list[PartyRegistration]] = {}
    for link in links:
        by_municipality.setdefault(link.municipality_id, []).append(link.partyregistration)
    result: dict[int, list[PartyRegistration]] = {}
    for registration in registrations:
        seen: dict[int, PartyRegistration] = {}
        for municipality in registration.municipalities.all():
            for other in by_municipality.get(municipality.pk, []):
                if other.pk != registration.pk:
                    seen[other.pk] = other
        result[registration.pk] = sorted(seen.values(), key=lambda r: r.requested_at)
    return result


@dataclass(frozen=True)
class Similar:
    """Parties in the register and pending registrations whose name looks like a new one."""

    parties: list[Party]
    registrations: list[PartyRegistration]

    def __bool__(self) -> bool:
        return bool(self.parties or self.registrations)


def similar_to(
    name: str, municipalities: Iterable[Municipality], *, exclude_registration: int | None = None
) -> Similar:
    """What a new party called ``name`` in ``municipalities`` might be a second copy of."""
    municipalities = list(municipalities)
    place_words = frozenset(w for m in municipalities for w in normalise(m.name).split())
    parties = (
        Party.objects.listed().filter(municipalities__in=municipalities).distinct().order_by("name")
    )
    registrations = (
        PartyRegistration.objects.filter(
            status=RegistrationStatus.PENDING, municipalities__in=municipalities
        )
        .exclude(pk=exclude_registration or 0)
        .distinct()
        .order_by("requested_at")
    )
    return Similar(
        parties=[p for p in parties if similar_names(name, p.name, place_words=place_words)],
        registrations=[
            r for r in registrations if similar_names(name, r.name, place_words=place_words)
        ],
    )


def wants_registration_mail(user: Any) -> bool:
    preference = ReviewerPreference.objects.filter(user=user).first()
    return preference.notify_party_registrations if preference else True


def registration_reviewers() -> QuerySet[Any]:
    """Active staff who review party registrations and want e-mail about new ones."""
    return (
        get_user_model()
        .objects.filter(
            Q(groups__permissions__codename="review_party_registration")
            | Q(user_permissions__codename="review_party_registration")
            | Q(is_superuser=True),
            is_active=True,
        )
        .exclude(reviewer_preference__notify_party_registrations=False)
        .distinct()
        .order_by("pk")
    )


# --- Waiting ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PendingRequest:
    """A membership request or party registration that waits for a decision."""

    kind: str  # "membership" or "registration"
    party_name: str
    requested_at: datetime
    expected_by: date
    url: str


def pending_requests_of(user: Any) -> list[PendingRequest]:
    """Everything this person asked for that is not decided yet, oldest first (two queries)."""
    if not getattr(user, "is_authenticated", False):
        return []
    requests = [
        PendingRequest(
            kind="membership",
            party_name=m.party.name,
            requested_at=m.requested_at,
            expected_by=decision_expected_by(m.requested_at),
            url=reverse("parties:my_requests"),
        )
        for m in Membership.objects.filter(user=user, status=MembershipStatus.PENDING)
        .select_related("party")
        .order_by("requested_at")
    ]
    requests += [
        PendingRequest(
            kind="registration",
            party_name=r.name,
            requested_at=r.requested_at,
            expected_by=decision_expected_by(r.requested_at),
            url=r.get_absolute_url(),
        )
        for r in PartyRegistration.objects.filter(
            registrant=user, status=RegistrationStatus.PENDING
        ).order_by("requested_at")
    ]
    return sorted(requests, key=lambda r: r.requested_at)
