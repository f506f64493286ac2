"""Seed a load-test database: the demo content plus N load members and a roomy training.

Run by bench/load.py before it starts the production stack (development settings, because the
demo content refuses production settings). Idempotent. Writes a JSON plan for the locustfile:
member logins, forum topics, articles and the training session to sign up for.
"""

import argparse
import json
import os
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

LOAD_DOMAIN = "load.kennispunt.test"
LOAD_PASSWORD = "kennispunt-load-test"  # noqa: S105 (a throw-away load database)
LOAD_PARTY_SLUG = "belastingtest-lokaal"
LOAD_TRAINING_SLUG = "belastingtest-training"


def seed_members(count: int) -> list[str]:
    from allauth.account.models import EmailAddress
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from kennispunt.accounts.models import User
    from kennispunt.forum.services import profile_for
    from kennispunt.parties.models import (
        Membership,
        MembershipRole,
        MembershipStatus,
        Municipality,
        Party,
    )

    party, _ = Party.objects.get_or_create(
        slug=LOAD_PARTY_SLUG, defaults={"name": "Belastingtest Lokaal"}
    )
    party.municipalities.set(Municipality.objects.order_by("cbs_code")[:1])
    # One hash for all: hashing is slow on purpose, and every member has the same password.
    password_hash = make_password(LOAD_PASSWORD)
    emails = []
    for number in range(1, count + 1):
        email = f"lid-{number}@{LOAD_DOMAIN}"
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User(email=email, first_name=f"Last{number}", password=password_hash)
            user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        Membership.objects.get_or_create(
            user=user,
            party=party,
            defaults={
                "role": MembershipRole.LID,
                "status": MembershipStatus.VERIFIED,
                "consent_given_at": timezone.now(),
                "consent_text": "Lidmaatschap voor de belastingtest.",
                "decided_at": timezone.now(),
            },
        )
        profile_for(user)
        emails.append(email)
    return emails


def seed_training_session() -> int:
    """An online session with room for everyone, so sign-ups never end on the waiting list."""
    from django.utils import timezone

    from kennispunt.trainings.models import Session, Theme, Training

    training, _ = Training.objects.get_or_create(
        slug=LOAD_TRAINING_SLUG,
        defaults={
            "title": "Belastingtest: raadswerk in de praktijk",
            "theme": Theme.RAADSWERK,
            "summary": "Sessie voor de belastingtest.",
            "description": "Sessie voor de belastingtest.",
            "audience": "Leden van lokale partijen.",
            "learning_goals": "Aanmelden en afmelden onder belasting.",
            "duration": "2 uur",
            "ask_expectations": False,
        },
    )
    session = training.sessions.filter(starts_at__gt=timezone.now() + timedelta(days=7)).first()
    if session is None:
        starts_at = timezone.now() + timedelta(days=60)
        session = Session.objects.create(
            training=training,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=2),
            is_online=True,
            online_url="https://meet.example.org/belastingtest",
            capacity=100_000,
            signup_deadline=starts_at - timedelta(days=1),
        )
    return session.pk


def reading_paths() -> dict[str, list[str]]:
    from wagtail.models import Page

    from kennispunt.forum.models import Category, Topic

    pages = [
        page.url
        for page in Page.objects.live().public().filter(depth__gte=3).specific()[:400]
        if page.url
    ]
    articles = [url for url in pages if url.startswith("/kennis/") and url.count("/") > 3]
    topics = list(
        Topic.objects.filter(category__staff_only=False).values_list("pk", flat=True)[:200]
    )
    categories = list(Category.objects.filter(staff_only=False).values_list("slug", flat=True))
    return {"articles": articles or pages, "topics": topics, "categories": categories}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=30)
    parser.add_argument("--plan", required=True, help="write the JSON plan to this file")
    args = parser.parse_args()
    os.environ["DJANGO_SETTINGS_MODULE"] = "kennispunt.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("demo_content", verbosity=0)
    plan = {
        "password": LOAD_PASSWORD,
        "members": seed_members(args.members),
        "session": seed_training_session(),
        **reading_paths(),
    }
    Path(args.plan).write_text(json.dumps(plan))


if __name__ == "__main__":
    main()
