"""Time the training calendar, feed and staff pages, and sign-ups, with a realistic amount of data.

Builds a throw-away database (SQLite in a temp folder unless DATABASE_URL is set), fills it
with trainings, sessions and sign-ups, and reports the median and p95 response time and the
number of queries per page (Django's test client, in-process), plus how long one sign-up takes
under the session lock.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=2000)
    parser.add_argument("--signups-per-session", type=int, default=25)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    if "bench" not in os.environ.get("DATABASE_URL", "bench"):
        sys.exit("DATABASE_URL must name a throw-away database with 'bench' in its name.")
    os.environ.setdefault("KENNISPUNT_VAR_DIR", tempfile.mkdtemp(prefix="kennispunt-bench-"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "kennispunt.settings.test"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()
    call_command("migrate", verbosity=0, run_syncdb=True)
    run(args)


def timed(label: str, runs: int, call) -> None:  # type: ignore[no-untyped-def]
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            t0 = time.perf_counter()
            call()
            timings.append(time.perf_counter() - t0)
    timings.sort()
    p95 = timings[max(int(len(timings) * 0.95) - 1, 0)]
    print(
        f"{label:<34} {statistics.median(timings) * 1000:>7.1f}ms {p95 * 1000:>7.1f}ms "
        f"{len(queries.captured_queries):>8}"
    )


def run(args: argparse.Namespace) -> None:
    from datetime import timedelta

    from allauth.mfa.totp.internal.auth import TOTP
    from django.contrib.auth.models import Group
    from django.core.cache import cache
    from django.test import Client
    from django.utils import timezone

    from kennispunt.accounts.models import User
    from kennispunt.accounts.roles import TRAINER
    from kennispunt.parties.models import Municipality, Party
    from kennispunt.trainings import services
    from kennispunt.trainings.models import Session, SignUp, Theme, Training
    from kennispunt.trainings.selectors import upcoming_sessions

    started = time.perf_counter()
    municipalities = list(Municipality.objects.all())
    party = Party.objects.create(name="Bench Partij", slug="bench-partij")
    themes = [t.value for t in Theme]
    trainings = Training.objects.bulk_create(
        Training(
            title=f"Training {i}",
            slug=f"training-{i}",
            theme=themes[i % len(themes)],
            summary="Samenvatting",
            description="Beschrijving",
            audience="Besturen",
            duration="2 uur",
        )
        for i in range(200)
    )
    now = timezone.now()
    sessions = Session.objects.bulk_create(
        Session(
            training=trainings[i % len(trainings)],
            starts_at=now + timedelta(hours=6 * i + 24),
            ends_at=now + timedelta(hours=6 * i + 26),
            is_online=i % 4 == 0,
            online_url="https://meet.example.org/x" if i % 4 == 0 else "",
            municipality=None if i % 4 == 0 else municipalities[i % len(municipalities)],
            capacity=30,
            signup_counter=args.signups_per_session,
        )
        for i in range(args.sessions)
    )
    SignUp.objects.bulk_create(
        (
            SignUp(
                session=s,
                sequence=n + 1,
                party=party,
                name=f"Deelnemer {n}",
                email=f"d{s.pk}-{n}@example.org",
                status="confirmed",
            )
            for s in sessions
            for n in range(args.signups_per_session)
        ),
        batch_size=2000,
    )
    print(
        f"data: {args.sessions} sessions, {args.sessions * args.signups_per_session} sign-ups "
        f"({time.perf_counter() - started:.1f}s to build)"
    )
    trainer = User.objects.create_user(email="trainer@example.org", password="!")
    trainer.groups.add(Group.objects.get(name=TRAINER))
    TOTP.activate(trainer, "JBSWY3DPEHPK3PXP")  # staff pages require two-step verification
    anonymous, staff = Client(), Client()
    staff.force_login(trainer)
    first = sessions[0]

    def get(client: Client, url: str):  # type: ignore[no-untyped-def]
        def call() -> None:
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)

        return call

    print(f"{'what':<34} {'median':>9} {'p95':>9} {'queries':>8}")
    timed("calendar, page 1", args.runs, get(anonymous, "/trainingen/"))
    timed("calendar, page 50", args.runs, get(anonymous, "/trainingen/?pagina=50"))
    timed(
        "calendar, filtered",
        args.runs,
        get(anonymous, "/trainingen/?provincie=Utrecht&online=nee&thema=campagne"),
    )
    feed = get(anonymous, "/trainingen/agenda.ics")
    timed("iCal feed, 500 sessions (uncached)", 5, lambda: (cache.clear(), feed()))
    timed("iCal feed (cached 5 min)", args.runs, feed)
    timed("training page", args.runs, get(anonymous, "/trainingen/training-1/"))
    timed("session page", args.runs, get(anonymous, f"/trainingen/sessie/{first.pk}/"))
    timed("staff overview", args.runs, get(staff, "/trainingen/beheer/"))
    timed("staff attendee list", args.runs, get(staff, f"/trainingen/beheer/sessie/{first.pk}/"))
    timed("upcoming_sessions(limit=5)", args.runs, lambda: upcoming_sessions(limit=5))
    counter = iter(range(10**6))

    def sign_up() -> None:
        n = next(counter)
        services.signup_create(
            session_id=first.pk,
            party=party,
            data=services.SignUpData(name="Nieuw", email=f"nieuw{n}@example.org"),
            signed_up_by=trainer,
        )

    timed("signup_create (locked)", args.runs, sign_up)


if __name__ == "__main__":
    main()
