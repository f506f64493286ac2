"""Time the party register and the member list with a realistic amount of data.

Builds a throw-away database (SQLite in a temp folder unless DATABASE_URL is set), fills it
with parties and memberships, and reports the median and p95 response time and the number of
queries per page, measured in-process with Django's test client.
"""

import argparse
import time

from inprocess import setup_django, time_pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--parties", type=int, default=1000)
    parser.add_argument("--members", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    setup_django()
    run(args)


def run(args: argparse.Namespace) -> None:
    from django.test import Client
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
    time_pages(pages, args.runs)


if __name__ == "__main__":
    main()
