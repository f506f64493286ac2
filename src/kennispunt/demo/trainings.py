"""Demo trainings from content/trainings/: the programme for the run-up to the municipal
elections.

Idempotent: trainings are found by slug; a training gets a new session only when it has no
upcoming one, so dates stay in the coming months however often this runs. Demo sign-ups use
addresses at the demo domain and are written directly (no e-mail storm on every demo load).
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from kennispunt.accounts.models import User
from kennispunt.parties.models import Municipality
from kennispunt.trainings.dates import session_slot
from kennispunt.trainings.models import Session, SignUp, SignUpStatus, Training

from .loader import DemoContentError, load_trainings
from .people import DEMO_DOMAIN, demo_email


@transaction.atomic
def build_trainings() -> None:
    trainer = User.objects.filter(email=demo_email("trainer")).first()
    for spec in load_trainings():
        training, _created = Training.objects.get_or_create(
            slug=spec.slug,
            defaults={
                "title": spec.title,
                "theme": spec.theme,
                "summary": spec.summary,
                "description": spec.description,
                "audience": spec.audience,
                "learning_goals": "\n".join(spec.goals),
                "duration": spec.duration,
                "trainer": trainer,
                "ask_dietary": bool(spec.municipality),
            },
        )
        if training.sessions.filter(starts_at__gt=timezone.now()).exists():
            continue
        municipality = Municipality.objects.filter(cbs_code=spec.municipality).first()
        if spec.municipality and municipality is None:
            raise DemoContentError(spec.source, f"no municipality has the code {spec.municipality}")
        # Weekday evenings or Saturday mornings, never on a Sunday or a public holiday.
        starts_at, ends_at = session_slot(timezone.localdate() + timedelta(days=spec.days_ahead))
        place = (
            {"municipality": municipality, "venue": spec.venue, "address": spec.address}
            if municipality
            else {"is_online": True, "online_url": spec.online_url}
        )
        session = Session.objects.create(
            training=training,
            starts_at=starts_at,
            ends_at=ends_at,
            capacity=spec.capacity,
            max_per_party=4 if municipality else None,
            signup_deadline=starts_at - timedelta(days=2),
            trainer=trainer,
            **place,
        )
        SignUp.objects.bulk_create(
            SignUp(
                session=session,
                sequence=n,
                party=None,  # stand-ins for other parties: the demo lid can still sign up
                name=f"Deelnemer {n}",
                email=f"deelnemer-{session.pk}-{n}@{DEMO_DOMAIN}",
                role="lid",
                status=SignUpStatus.CONFIRMED,
            )
            for n in range(1, spec.demo_signups + 1)
        )
        session.signup_counter = spec.demo_signups
        session.save(update_fields=["signup_counter"])
