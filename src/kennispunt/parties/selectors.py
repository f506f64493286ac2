"""Reads about parties and memberships, including who may see which membership."""

from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet

from .models import Membership, MembershipRole, MembershipStatus, Municipality, Party


def is_board_member(user: Any, party: Party) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return Membership.objects.filter(
        user=user, party=party, role=MembershipRole.BESTUURSLID, status=MembershipStatus.VERIFIED
    ).exists()


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
    board = list(
        Membership.objects.filter(
            party=party, role=MembershipRole.BESTUURSLID, status=MembershipStatus.VERIFIED
        ).values_list("user__email", flat=True)
    )
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
    return Party.objects.filter(
        memberships__user=user,
        memberships__role=MembershipRole.BESTUURSLID,
        memberships__status=MembershipStatus.VERIFIED,
    ).distinct()


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
