"""Demo content: the training programme for the run-up to the municipal elections (March 2030).

Idempotent: trainings are found by slug; a training gets a new session only when it has no
upcoming one, so dates stay in the coming months however often this runs. Demo sign-ups use
addresses at the demo domain and are written directly (no e-mail storm on every demo load).
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from kennispunt.accounts.models import User
from kennispunt.parties.models import Municipality

from .models import Session, SignUp, SignUpStatus, Theme, Training

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
DEMO_DOMAIN = "demo.kennispunt.nl"


@dataclass(frozen=True)
class DemoTraining:
    slug: str
    title: str
    theme: str
    summary: str
    audience: str
    goals: tuple[str, ...]
    days_ahead: int
    cbs_code: str  # "" = online
    capacity: int
    demo_signups: int


PROGRAMME = (
    DemoTraining(
        "kandidatenlijst-samenstellen",
        "Een sterke kandidatenlijst samenstellen",
        Theme.KANDIDAATSTELLING,
        "Hoe vindt u kandidaten, hoe kiest u de volgorde en wat moet er op tijd bij de gemeente "
        "liggen?",
        "Besturen en selectiecommissies",
        ("Een werving- en selectieplan maken", "De termijnen van de Kieswet kennen"),
        12,
        "GM0307",
        20,
        18,
    ),
    DemoTraining(
        "ondersteuningsverklaringen",
        "Ondersteuningsverklaringen en de kandidaatstelling",
        Theme.KANDIDAATSTELLING,
        "Alles over registratie van de partijnaam, de waarborgsom en ondersteuningsverklaringen.",
        "Secretarissen en penningmeesters",
        ("Weten welke formulieren wanneer nodig zijn", "Fouten bij de inlevering voorkomen"),
        26,
        "",
        40,
        12,
    ),
    DemoTraining(
        "campagne-met-vrijwilligers",
        "Campagne voeren met weinig geld en veel vrijwilligers",
        Theme.CAMPAGNE,
        "Een campagneplan dat past bij een lokale partij: huis-aan-huis, markt en sociale media.",
        "Campagneteams en besturen",
        ("Een campagneplan maken", "Vrijwilligers werven en vasthouden"),
        33,
        "GM0193",
        16,
        15,
    ),
    DemoTraining(
        "sociale-media-lokaal",
        "Sociale media voor lokale partijen",
        Theme.COMMUNICATIE,
        "Berichten die gelezen worden, zonder groot budget, en wat te doen bij een rel online.",
        "Iedereen die berichten plaatst namens de partij",
        ("Een contentkalender maken", "Omgaan met negatieve reacties"),
        40,
        "",
        50,
        20,
    ),
    DemoTraining(
        "fondsenwerving-lokaal",
        "Fondsenwerving en giften: wat mag wel en niet",
        Theme.FONDSENWERVING,
        "Contributie, donaties en sponsoring, en de regels voor giften aan politieke partijen.",
        "Penningmeesters en besturen",
        ("Een begroting voor de campagne maken", "Giften correct registreren"),
        47,
        "GM1969",
        18,
        6,
    ),
    DemoTraining(
        "raadswerk-eerste-jaar",
        "Raadswerk: moties, amendementen en vragen",
        Theme.RAADSWERK,
        "De instrumenten van een raadslid, met oefeningen in het schrijven van een motie.",
        "(Kandidaat-)raadsleden en fractieassistenten",
        ("Een motie en amendement schrijven", "Schriftelijke vragen stellen"),
        54,
        "GM0599",
        24,
        23,
    ),
    DemoTraining(
        "debatteren-in-de-raad",
        "Debatteren in de raad en op het lijsttrekkersdebat",
        Theme.RAADSWERK,
        "Oefenen met korte, heldere bijdragen en met interrupties, onder begeleiding van een "
        "debattrainer.",
        "Lijsttrekkers en raadsleden",
        ("In twee minuten uw punt maken", "Rustig blijven bij een interruptie"),
        68,
        "GM0994",
        14,
        4,
    ),
    DemoTraining(
        "bestuur-op-orde",
        "Het partijbestuur op orde: statuten, ALV en AVG",
        Theme.BESTUUR,
        "Wat een bestuur van een vereniging moet regelen, van de ALV tot de ledenadministratie.",
        "Bestuursleden",
        ("De plichten van het bestuur kennen", "De ledenadministratie AVG-proof maken"),
        82,
        "",
        60,
        9,
    ),
)


def _start(days_ahead: int) -> datetime:
    day = timezone.localdate() + timedelta(days=days_ahead)
    return datetime.combine(day, time(19, 30), tzinfo=AMSTERDAM)


@transaction.atomic
def build_trainings() -> None:
    trainer = User.objects.filter(email=f"trainer@{DEMO_DOMAIN}").first()
    for spec in PROGRAMME:
        training, _created = Training.objects.get_or_create(
            slug=spec.slug,
            defaults={
                "title": spec.title,
                "theme": spec.theme,
                "summary": spec.summary,
                "description": spec.summary
                + "\n\nDe training is gratis voor leden van lokale partijen. U krijgt vooraf een "
                "korte opdracht en na afloop de presentatie.",
                "audience": spec.audience,
                "learning_goals": "\n".join(spec.goals),
                "duration": "2,5 uur",
                "trainer": trainer,
                "ask_dietary": bool(spec.cbs_code),
            },
        )
        if training.sessions.filter(starts_at__gt=timezone.now()).exists():
            continue
        municipality = Municipality.objects.filter(cbs_code=spec.cbs_code).first()
        starts_at = _start(spec.days_ahead)
        place = (
            {"municipality": municipality, "venue": "Het Trefpunt", "address": "Stationsplein 1"}
            if municipality
            else {"is_online": True, "online_url": "https://meet.example.org/kennispunt"}
        )
        session = Session.objects.create(
            training=training,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=2, minutes=30),
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
