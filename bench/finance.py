"""Time Transparante financiën with a realistic amount of data.

Builds a throw-away database (SQLite in a temp folder unless DATABASE_URL is set) with many
parties, each with a board member, a penningmeester and a register of approved gifts (a mix of
donors, some over the disclosure threshold), publishes every register, and reports the median
and p95 response time and the number of queries for the list of publishing parties, one party's
public page, its JSON and CSV, the board's register (first and a deep page) and the entry form,
measured in-process with Django's test client; and how long one publication (the snapshot)
takes.
"""

import argparse
import time

from inprocess import setup_django, time_pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--parties", type=int, default=1000)
    parser.add_argument("--gifts", type=int, default=200, help="per party")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    setup_django()
    run(args)


def run(args: argparse.Namespace) -> None:
    from datetime import date, timedelta
    from decimal import Decimal

    from django.test import Client
    from django.utils import timezone

    from kennispunt.accounts.models import User
    from kennispunt.finance import selectors, services
    from kennispunt.finance.models import Entry, Publication
    from kennispunt.parties.models import (
        Membership,
        MembershipFunction,
        MembershipRole,
        Municipality,
        Party,
        PartyFunction,
    )

    started = time.perf_counter()
    municipalities = list(Municipality.objects.all())
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
        for i in range(args.parties * 2)
    )
    now = timezone.now()
    memberships = Membership.objects.bulk_create(
        Membership(
            user=u,
            party=parties[i // 2],
            role=MembershipRole.BESTUURSLID if i % 2 == 0 else MembershipRole.LID,
            status="verified",
            consent_given_at=now,
            consent_text="bench",
        )
        for i, u in enumerate(users)
    )
    MembershipFunction.objects.bulk_create(
        MembershipFunction(membership=m, function=PartyFunction.PENNINGMEESTER)
        for m in memberships[1::2]
    )
    batch = []
    for i, party in enumerate(parties):
        for n in range(args.gifts):
            donor = n % 40  # 40 donors a party, so some add up over the threshold
            name = f"Gever {donor}"
            batch.append(
                Entry(
                    party=party,
                    kind="geld",
                    donor_type="persoon",
                    donor_name=name,
                    donor_place="Amersfoort",
                    donor_key=selectors.donor_key(
                        donor_type="persoon", name=name, place="Amersfoort", kvk=""
                    ),
                    received_on=date(2026, 1, 1) + timedelta(days=n % 300),
                    amount=Decimal(25 + (n * 37) % 400),
                    publication_consent=donor % 2 == 0,
                    rule_pack="advies",
                    entered_by=users[2 * i + 1],
                    approved_by=users[2 * i],
                    approved_at=now,
                )
            )
        if len(batch) >= 20_000:
            Entry.objects.bulk_create(batch)
            batch = []
    Entry.objects.bulk_create(batch)
    Publication.objects.bulk_create(
        Publication(party=p, data=selectors.public_data(p), published_by=users[2 * i])
        for i, p in enumerate(parties)
    )
    print(
        f"data: {args.parties} parties, {args.gifts} gifts each "
        f"({time.perf_counter() - started:.1f}s to build)"
    )

    anonymous = Client()
    board = Client()
    board.force_login(users[0])
    base = f"/partijen/{parties[0].slug}/financien"
    deep = max(1, args.gifts // 25)
    pages = [
        ("publishing parties", anonymous, "/partijen/financien/"),
        ("public page", anonymous, f"{base}/"),
        ("public JSON", anonymous, f"{base}.json"),
        ("public CSV", anonymous, f"{base}.csv"),
        ("register (board)", board, f"{base}/register/"),
        ("register, last page", board, f"{base}/register/?pagina={deep}"),
        ("entry form", board, f"{base}/register/nieuw/"),
    ]
    time_pages(pages, args.runs)

    t0 = time.perf_counter()
    services.publication_create(party=parties[0], by=users[0])
    print(f"one publication (snapshot of {args.gifts} gifts): {time.perf_counter() - t0:.3f}s")


if __name__ == "__main__":
    main()
