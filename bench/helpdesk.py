"""Time the helpdesk with a realistic amount of data: the staff queue, a ticket, "Mijn vragen",
the report, and e-mail ingest throughput.

Builds a throw-away database (SQLite in a temp folder unless DATABASE_URL is set), fills it
with tickets and messages, and reports the median and p95 response time and the number of
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
sys.path.insert(0, str(ROOT / "tests"))  # the test harness (kennispunt_testing)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tickets", type=int, default=20000)
    parser.add_argument("--messages", type=int, default=5, help="messages per ticket")
    parser.add_argument("--mails", type=int, default=200, help="e-mails to ingest")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    if "bench" not in os.environ.get("DATABASE_URL", "bench"):
        sys.exit("DATABASE_URL must name a throw-away database with 'bench' in its name.")
    var_dir = tempfile.mkdtemp(prefix="kennispunt-bench-")
    os.environ.setdefault("KENNISPUNT_VAR_DIR", var_dir)
    os.environ["DJANGO_SETTINGS_MODULE"] = "kennispunt.settings.test"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()
    call_command("migrate", verbosity=0, run_syncdb=True)
    run(args)


def _time(label: str, client: object, url: str, runs: int) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            t0 = time.perf_counter()
            response = client.get(url)  # type: ignore[attr-defined]
            timings.append(time.perf_counter() - t0)
        assert response.status_code == 200, (url, response.status_code)
    timings.sort()
    p95 = timings[max(int(len(timings) * 0.95) - 1, 0)]
    print(
        f"{label:<36} {statistics.median(timings) * 1000:>7.1f}ms {p95 * 1000:>7.1f}ms "
        f"{len(queries.captured_queries):>8}"
    )


def run(args: argparse.Namespace) -> None:
    from datetime import timedelta
    from email.message import EmailMessage

    from django.test import Client
    from django.utils import timezone

    from kennispunt.helpdesk import selectors
    from kennispunt.helpdesk.ingest import ingest_message
    from kennispunt.helpdesk.models import Channel, Kind, Status, Ticket, TicketMessage
    from kennispunt_testing.world import Role, build_world

    world = build_world()
    member, staff = world.user(Role.MEMBER_A), world.user(Role.HELPDESKMEDEWERKER)
    started = time.perf_counter()
    now = timezone.now()
    statuses = list(Status.values)
    channels = list(Channel.values)
    tickets = Ticket.objects.bulk_create(
        Ticket(
            reference=f"KP-BENCH-{i:06d}",  # random ones could collide in one bulk insert
            subject=f"Vraag {i} over de kandidatenlijst",
            asker=member if i % 10 == 0 else None,
            asker_email=f"vrager{i}@example.org",
            party=world.party_a if i % 10 == 0 else world.party_b,
            channel=channels[i % len(channels)],
            status=statuses[i % len(statuses)],
            created_at=now - timedelta(hours=i),
            first_response_due=(now - timedelta(hours=i)).date() + timedelta(days=2),
            resolution_due=(now - timedelta(hours=i)).date() + timedelta(days=14),
            first_response_at=now - timedelta(hours=i - 5) if i % 3 else None,
        )
        for i in range(args.tickets)
    )
    kinds = [Kind.QUESTION, Kind.ANSWER, Kind.NOTE]
    TicketMessage.objects.bulk_create(
        TicketMessage(
            ticket=ticket,
            kind=kinds[n % len(kinds)],
            channel=Channel.WEB,
            author=staff if n % 3 else member,
            body="Tekst van het bericht. " * 20,
            created_at=ticket.created_at + timedelta(minutes=n),
        )
        for ticket in tickets
        for n in range(args.messages)
    )
    print(
        f"data: {args.tickets} tickets, {args.tickets * args.messages} messages "
        f"({time.perf_counter() - started:.1f}s to build)"
    )

    staff_client, member_client = Client(), Client()
    staff_client.force_login(staff)
    member_client.force_login(member)
    sample = tickets[0]
    print(f"{'page':<36} {'median':>9} {'p95':>9} {'queries':>8}")
    _time("staff queue, open, page 1", staff_client, "/helpdesk/beheer/", args.runs)
    _time(
        "staff queue, all, page 200",
        staff_client,
        "/helpdesk/beheer/?status=all&pagina=200",
        args.runs,
    )
    _time("staff queue, search", staff_client, "/helpdesk/beheer/?status=all&q=vraag+12", args.runs)
    _time(
        f"staff ticket ({args.messages} messages)", staff_client, sample.get_staff_url(), args.runs
    )
    _time("Mijn vragen (party with many)", member_client, "/helpdesk/mijn-vragen/", args.runs)
    _time("asker ticket page", member_client, sample.get_absolute_url(), args.runs)
    _time(
        "report (all years)", staff_client, "/helpdesk/beheer/rapportage/", max(args.runs // 4, 1)
    )

    t0 = time.perf_counter()
    report = selectors.report()
    print(f"report selector over {report.total} tickets: {(time.perf_counter() - t0) * 1000:.0f}ms")

    t0 = time.perf_counter()
    for i in range(args.mails):
        message = EmailMessage()
        message["From"] = f"afzender{i}@example.org"
        message["To"] = "helpdesk@kennispunt.nl"
        message["Subject"] = f"Vraag per mail {i}"
        message["Message-ID"] = f"<bench-{i}@example.org>"
        message.set_content("Hoe stellen we een begroting op? " * 30)
        ingest_message(message.as_bytes(), channel_hint="bench")
    elapsed = time.perf_counter() - t0
    print(f"ingest: {args.mails} e-mails in {elapsed:.1f}s ({args.mails / elapsed:.0f}/s)")


if __name__ == "__main__":
    main()
