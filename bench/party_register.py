"""Time the party register and the member list with a realistic amount of data.

Builds a throw-away database (SQLite in a temp folder unless DATABASE_URL is set), fills it
with parties and memberships, and reports the median and p95 response time and the number of
queries per page, measured in-process with Django's test client.
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
    parser.add_argument("--parties", type=int, default=1000)
    parser.add_argument("--members", type=int, default=20000)
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


def run(args: argparse.Namespace) -> None:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from kennispunt.accounts.models import User
    from kennispunt.parties.models import Membership, MembershipRole, Municipality, Party

    municipalities = list(Municipality.objects.all())
    started = time.perf_counter()
    parties = Party.objects.bulk_create(
        Party(name=f"Lokale Partij {i:04d}", slug=f"lokale-partij-{i:04d}")
        for i in range(args.parties)
    )
    through = Party.municipalities.through
    through.objects.bulk_create(
        through(party_id=p.pk, municipality_id=municipalities[i % len(municipalities)].pk)
        for i, p in enumerate(parties)
    )
    users = User.objects.bulk_create(
        User(email=f"lid{i}@example.org", password="!") for i in range(args.members)
    )
    now = timezone.now()
    Membership.objects.bulk_create(
        Membership(
            user=u,
            party=parties[i % 10],  # ten big parties, so member lists are long
            role=MembershipRole.BESTUURSLID if i < 10 else MembershipRole.LID,
            status="verified",
            consent_given_at=now,
            consent_text="bench",
        )
        for i, u in enumerate(users)
    )
    print(
        f"data: {args.parties} parties, {args.members} memberships "
        f"({time.perf_counter() - started:.1f}s to build)"
    )

    anonymous = Client()
    board = Client()
    board.force_login(users[0])
    pages = [
        ("register, page 1", anonymous, "/partijen/"),
        ("register, page 20", anonymous, "/partijen/?pagina=20"),
        ("register, search", anonymous, "/partijen/?q=partij+09"),
        ("member list (2,000 members)", board, f"/partijen/{parties[0].slug}/leden/"),
    ]
    print(f"{'page':<30} {'median':>9} {'p95':>9} {'queries':>8}")
    for label, client, url in pages:
        timings = []
        for _ in range(args.runs):
            with CaptureQueriesContext(connection) as queries:
                t0 = time.perf_counter()
                response = client.get(url)
                timings.append(time.perf_counter() - t0)
            assert response.status_code == 200, (url, response.status_code)
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(
            f"{label:<30} {statistics.median(timings) * 1000:>7.1f}ms {p95 * 1000:>7.1f}ms "
            f"{len(queries.captured_queries):>8}"
        )


if __name__ == "__main__":
    main()
