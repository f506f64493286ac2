"""Test data for the wethouderspool: a profile of anyone, made through the service."""

from datetime import date, timedelta
from typing import Any

from django.utils import timezone

from kennispunt.alderman_pool import services
from kennispunt.alderman_pool.models import PoolProfile
from kennispunt.parties.models import Municipality

from .world import make_user


def make_person(email: str = "kandidaat@example.org", first_name: str = "Karin") -> Any:
    user = make_user(email, first_name=first_name)
    user.last_name = "Verstopt"
    user.save(update_fields=["last_name"])
    return user


def make_profile(
    user: Any = None,
    *,
    portfolios: tuple[str, ...] = ("financien",),
    competences: tuple[str, ...] = ("bestuurlijk",),
    provinces: tuple[str, ...] = ("Utrecht",),
    municipalities: tuple[str, ...] = (),
    available_from: date | None = None,
    hours: int = 36,
    mid_term: bool = True,
    nickname: str = "",
    about: str = "Twintig jaar ervaring in het sociaal domein.",
) -> PoolProfile:
    user = user or make_person()
    return services.profile_create(
        user=user,
        data=services.ProfileData(
            available_from=available_from or timezone.localdate(),
            hours_per_week=hours,
            mid_term=mid_term,
            nickname=nickname,
            about=about,
            competences=list(competences),
            portfolios=list(portfolios),
            provinces=list(provinces),
            municipalities=list(Municipality.objects.filter(name__in=municipalities)),
        ),
        consent=True,
        consent_text="test consent",
    )


def age_profile(profile: PoolProfile, days: int) -> PoolProfile:
    """Pretend the profile was renewed ``days`` ago."""
    renewed = timezone.now() - timedelta(days=days)
    PoolProfile.objects.filter(pk=profile.pk).update(
        renewed_at=renewed, expires_at=renewed + services.PROFILE_LIFETIME
    )
    profile.refresh_from_db()
    return profile
