"""Time the election planner with a realistic amount of data.

Builds a throw-away database (SQLite in a temp folder unless DATABASE_URL is set) with one
election, many parties each with a planner (ticks and milestones), and reports the median and
p95 response time and the number of queries for the public election page, a board's planner,
the printable checklist and the iCal feed, measured in-process with Django's test client; and
how long the reminder job takes over all planners on a day when many deadlines are near.
"""

import argparse
import time

from inprocess import setup_django, time_pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--parties", type=int, default=1000)
    parser.add_argument("--milestones", type=int, default=40, help="per planner")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    setup_django()
    run(args)


def run(args: argparse.Namespace) -> None:
    from datetime import date, timedelta

    from django.core import mail
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from kennispunt.accounts.models import User
    from kennispunt.elections import services
    from kennispunt.elections.models import (
        CouncilSize,
        Election,
        Milestone,
        PartyPlan,
        StepCompletion,
    )
    from kennispunt.parties.models import Membership, MembershipRole, Municipality, Party

    started = time.perf_counter()
    municipalities = list(Municipality.objects.all())
    CouncilSize.objects.bulk_create(
        CouncilSize(municipality=m, seats=19 + 2 * (i % 10)) for i, m in enumerate(municipalities)
    )
    election = Election.objects.create(year=2030, title="GR 2030", slug="gemeenteraad-2030")
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
        User(email=f"bestuur{i}@example.org", password="!", first_name=f"Bestuurder {i}")
        for i in range(args.parties * 3)
    )
    now = timezone.now()
    Membership.objects.bulk_create(
        Membership(
            user=u,
            party=parties[i % args.parties],
            role=MembershipRole.BESTUURSLID,
            status="verified",
            consent_given_at=now,
            consent_text="bench",
        )
        for i, u in enumerate(users)
    )
    plans = PartyPlan.objects.bulk_create(
        PartyPlan(
            party=p,
            election=election,
            situation=("nieuw", "geen_zetels", "zetels")[i % 3],
            appellation_registered=bool(i % 2),
            municipality=municipalities[i % len(municipalities)],
            ical_token=f"token-{i:06d}",
        )
        for i, p in enumerate(parties)
    )
    StepCompletion.objects.bulk_create(
        StepCompletion(plan=plan, step_key="aanduiding", completed_by=users[i])
        for i, plan in enumerate(plans)
    )
    Milestone.objects.bulk_create(
        Milestone(
            plan=plan,
            title=f"Mijlpaal {n}",
            due_on=date(2029, 9, 1) + timedelta(days=3 * n),
            assignee=users[i],
            created_by=users[i],
        )
        for i, plan in enumerate(plans)
        for n in range(args.milestones)
    )
    print(
        f"data: {args.parties} planners, {args.milestones} milestones each "
        f"({time.perf_counter() - started:.1f}s to build)"
    )

    anonymous = Client()
    board = Client()
    board.force_login(users[0])
    plan_url = f"/verkiezingen/{election.slug}/partij/{parties[0].slug}/"
    pages = [
        ("election list", anonymous, "/verkiezingen/"),
        ("election page", anonymous, f"/verkiezingen/{election.slug}/"),
        ("planner (board)", board, plan_url),
        ("checklist (print)", board, plan_url + "afdrukken/"),
        ("iCal feed", anonymous, f"/verkiezingen/agenda/{plans[0].ical_token}.ics"),
    ]
    time_pages(pages, args.runs)

    # Ten days before the deposit deadline: every planner of a party without seats has mail.
    day = election.nomination_day - timedelta(days=24)
    with CaptureQueriesContext(connection) as queries:
        t0 = time.perf_counter()
        sent = services.reminders_send(today=day)
        took = time.perf_counter() - t0
    print(
        f"reminder job over {args.parties} planners: {sent} e-mails queued, {took:.1f}s, "
        f"{len(queries.captured_queries)} queries; outbox {len(mail.outbox)}"
    )


if __name__ == "__main__":
    main()
