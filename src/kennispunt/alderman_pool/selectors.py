"""Reads of the pool: who may search it, what they find, and what each side may see."""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from allauth.account.models import EmailAddress
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from kennispunt.parties.models import Party, local_party_q
from kennispunt.parties.selectors import board_memberships

from .choices import TagKind
from .models import ContactRequest, PoolProfile, ProfileTag, RequestStatus

# A party may have this many requests waiting for an answer at once: enough to look around,
# too few to harvest the pool.
MAX_OPEN_REQUESTS_PER_PARTY = 10


def has_verified_email(user: Any) -> bool:
    """Whoever joins the pool can be reached: their account address is verified."""
    if not getattr(user, "is_authenticated", False):
        return False
    return EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=True).exists()


def searching_parties(user: Any) -> QuerySet[Party]:
    """The parties for which ``user`` may search the pool: local parties of which they sit
    on the verified board (``parties.selectors.board_memberships``, ``local_party_q``)."""
    if not getattr(user, "is_authenticated", False):
        return Party.objects.none()
    boards = board_memberships(user=user).filter(local_party_q("party__"))
    return Party.objects.filter(pk__in=boards.values("party_id")).order_by("name")


def can_search(user: Any) -> bool:
    """Cached on the user object for the rest of the request."""
    if not getattr(user, "is_authenticated", False):
        return False
    cached = getattr(user, "_kennispunt_pool_search", None)
    if cached is None:
        cached = searching_parties(user).exists()
        user._kennispunt_pool_search = cached
    return cached


def own_profile(user: Any) -> PoolProfile | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return PoolProfile.objects.filter(user=user).prefetch_related("tags", "municipalities").first()


@dataclass(frozen=True)
class SearchFilters:
    portfolio: str = ""
    competence: str = ""
    province: str = ""
    available_by: date | None = None
    mid_term: bool = False


def _has_tag(kind: str, value: str) -> Exists:
    return Exists(ProfileTag.objects.filter(profile=OuterRef("pk"), kind=kind, value=value))


def search_profiles(filters: SearchFilters, *, exclude_user: Any = None) -> QuerySet[PoolProfile]:
    """Visible profiles matching every filter given; each one an indexed lookup."""
    profiles = PoolProfile.objects.visible()
    if filters.portfolio:
        profiles = profiles.filter(_has_tag(TagKind.PORTFOLIO, filters.portfolio))
    if filters.competence:
        profiles = profiles.filter(_has_tag(TagKind.COMPETENCE, filters.competence))
    if filters.province:
        in_municipality = Exists(
            PoolProfile.municipalities.through.objects.filter(
                poolprofile_id=OuterRef("pk"), municipality__province=filters.province
            )
        )
        profiles = profiles.filter(_has_tag(TagKind.PROVINCE, filters.province) | in_municipality)
    if filters.available_by:
        profiles = profiles.filter(available_from__lte=filters.available_by)
    if filters.mid_term:
        profiles = profiles.filter(mid_term=True)
    if exclude_user is not None and getattr(exclude_user, "is_authenticated", False):
        profiles = profiles.exclude(user=exclude_user)
    return profiles.prefetch_related("tags", "municipalities").order_by("-renewed_at", "pk")


def visible_profile(code: str) -> PoolProfile | None:
    return (
        PoolProfile.objects.visible()
        .filter(code=code)
        .prefetch_related("tags", "municipalities")
        .first()
    )


def open_requests_count(party: Party) -> int:
    return ContactRequest.objects.filter(party=party, status=RequestStatus.OPEN).count()


def requests_of_parties(parties: QuerySet[Party]) -> QuerySet[ContactRequest]:
    """The requests a board sees: those of its parties, with the profile's pseudonym only."""
    return (
        ContactRequest.objects.filter(party__in=parties)
        .select_related("party", "profile")
        .order_by("-created_at")
    )


def request_for_board(user: Any, pk: int) -> ContactRequest | None:
    return (
        requests_of_parties(searching_parties(user))
        .select_related("profile__user", "sent_by")
        .filter(pk=pk)
        .first()
    )


def requests_received(profile: PoolProfile) -> QuerySet[ContactRequest]:
    return profile.contact_requests.select_related("party").order_by("-created_at")


def request_for_person(user: Any, pk: int) -> ContactRequest | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return (
        ContactRequest.objects.filter(pk=pk, profile__user=user)
        .select_related("party", "profile", "sent_by")
        .first()
    )


def requests_between(profile: PoolProfile, parties: QuerySet[Party]) -> QuerySet[ContactRequest]:
    return ContactRequest.objects.filter(profile=profile, party__in=parties).select_related("party")


def expiring_soon(*, within_days: int) -> QuerySet[PoolProfile]:
    now = timezone.now()
    return PoolProfile.objects.filter(
        expires_at__gt=now,
        expires_at__lte=now + timedelta(days=within_days),
        reminder_sent_at__isnull=True,
    ).select_related("user")


def start_panel(user: Any) -> dict[str, Any] | None:
    """On /mijn/: the person's own place in the pool, and the search for a party's board."""
    if not getattr(user, "is_authenticated", False):
        return None
    profile = (
        PoolProfile.objects.filter(user=user)
        .only("pk", "code", "expires_at")
        .annotate(
            open_received=Count("contact_requests", filter=Q(contact_requests__status="open"))
        )
        .first()
    )
    return {
        "profile": profile,
        "open_received": profile.open_received if profile else 0,  # type: ignore[attr-defined]
        "can_search": can_search(user),
    }
