"""Reads about parties and memberships, including who may see which membership."""

from typing import Any

from django.db.models import Q, QuerySet

from .models import Membership, MembershipRole, MembershipStatus, Municipality, Party

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


def party_members(party: Party) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(
            party=party, status__in=[MembershipStatus.VERIFIED, MembershipStatus.PENDING]
        )
        .select_related("user")
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
    parties = Party.objects.listed()
    if query:
        parties = parties.filter(
            Q(name__icontains=query) | Q(municipalities__name__icontains=query)
        )
    if province:
        parties = parties.filter(municipalities__province=province)
    return parties.distinct().prefetch_related("municipalities").order_by("name")


def active_municipalities() -> QuerySet[Municipality]:
    return Municipality.objects.filter(is_active=True).order_by("name")
