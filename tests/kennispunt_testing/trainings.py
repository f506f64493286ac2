"""Test helpers for trainings: a training with a session."""

from datetime import datetime, timedelta
from typing import Any

from django.utils import timezone
from django.utils.text import slugify

from kennispunt.parties.models import Municipality
from kennispunt.trainings.models import Session, Theme, Training


def make_training(slug: str = "campagne-voeren", **extra: Any) -> Training:
    defaults = {
        "title": "Campagne voeren met weinig geld",
        "theme": Theme.CAMPAGNE,
        "summary": "Een sterke campagne met vrijwilligers en een klein budget.",
        "description": "Praktisch en interactief.",
        "audience": "Besturen en campagneteams",
        "learning_goals": "Een campagneplan maken\nVrijwilligers inzetten",
        "duration": "2,5 uur",
        "ask_dietary": True,
    }
    defaults.update(extra)
    return Training.objects.create(slug=slug, **defaults)


def make_municipality(code: str = "GM0307", name: str = "Amersfoort", province: str = "Utrecht"):
    municipality, _ = Municipality.objects.get_or_create(
        cbs_code=code, defaults={"name": name, "slug": slugify(name), "province": province}
    )
    return municipality


def make_session(
    training: Training | None = None,
    *,
    starts_at: datetime | None = None,
    capacity: int = 20,
    online: bool = False,
    **extra: Any,
) -> Session:
    training = (
        training or Training.objects.filter(slug="campagne-voeren").first() or make_training()
    )
    starts_at = starts_at or (timezone.now() + timedelta(days=14)).replace(second=0, microsecond=0)
    place: dict[str, Any] = (
        {"is_online": True, "online_url": "https://meet.example.org/kennispunt"}
        if online
        else {"municipality": make_municipality(), "venue": "Het Huis", "address": "Plein 1"}
    )
    place.update(extra)
    return Session.objects.create(
        training=training,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=2, minutes=30),
        capacity=capacity,
        **place,
    )
