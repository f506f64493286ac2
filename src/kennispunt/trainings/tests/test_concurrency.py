"""The "Done when": 100 people sign up for 20 seats at the same instant (real threads, each
with its own database connection)."""

import threading

import pytest
from django.db import connection, connections

from kennispunt.accounts.services import staff_groups_sync
from kennispunt.trainings import services
from kennispunt.trainings.models import SignUp, SignUpStatus
from kennispunt_testing.trainings import make_session
from kennispunt_testing.world import Role, build_world

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="Needs real concurrent writers: SQLite's in-memory test database is shared "
        "through one cache with table locks, so it cannot run 100 writing threads. The "
        "same code takes SQLite's write lock first (see services._lock_session).",
    ),
]

SIGNUPS = 100
SEATS = 20
# Connections the server keeps free for others (autovacuum, psql, another test run).
SPARE_CONNECTIONS = 5


def _free_connections() -> int:
    """PostgreSQL's default max_connections is 100, and this test already holds one, so 100
    threads with a connection each would be refused ("too many clients"). All 100 start
    together; as many as the server allows talk to it at once."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW max_connections")
        limit = int(cursor.fetchone()[0])
        cursor.execute("SELECT count(*) FROM pg_stat_activity")
        in_use = int(cursor.fetchone()[0])
    return limit - in_use - SPARE_CONNECTIONS


def test_100_concurrent_signups_for_20_seats() -> None:
    staff_groups_sync()  # a transactional test starts from a flushed database
    world = build_world()
    member = world.user(Role.MEMBER_A)
    session = make_session(capacity=SEATS)
    at_once = min(SIGNUPS, _free_connections())
    assert at_once > SEATS, f"only {at_once} free database connections"
    connection_slots = threading.BoundedSemaphore(at_once)
    barrier = threading.Barrier(SIGNUPS)
    errors: list[BaseException] = []

    def sign_up(n: int) -> None:
        barrier.wait()
        connection_slots.acquire()
        try:
            services.signup_create(
                session_id=session.pk,
                party=world.party_a,
                data=services.SignUpData(name=f"Persoon {n}", email=f"p{n}@example.org"),
                signed_up_by=member,
            )
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            connections.close_all()
            connection_slots.release()

    threads = [threading.Thread(target=sign_up, args=(n,)) for n in range(SIGNUPS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []

    signups = list(SignUp.objects.filter(session=session).order_by("sequence"))
    assert len(signups) == SIGNUPS
    assert len({s.email for s in signups}) == SIGNUPS
    assert [s.sequence for s in signups] == list(range(1, SIGNUPS + 1))
    # Arrival order is the order the lock was won: the first 20 hold the seats.
    assert [s.status for s in signups[:SEATS]] == [SignUpStatus.CONFIRMED] * SEATS
    assert [s.status for s in signups[SEATS:]] == [SignUpStatus.WAITING] * (SIGNUPS - SEATS)
    # The created_at order agrees with the sequence (a second, independent witness).
    assert sorted(signups, key=lambda s: (s.created_at, s.sequence)) == signups

    for cancelled in signups[:5]:
        services.signup_cancel(signup_id=cancelled.pk, by=member)
    promoted = SignUp.objects.filter(session=session, status=SignUpStatus.OFFERED)
    assert sorted(promoted.values_list("sequence", flat=True)) == list(range(SEATS + 1, SEATS + 6))
    assert (
        SignUp.objects.filter(session=session, status__in=services.SEAT_STATUSES).count() == SEATS
    )
