"""Time the forum's biggest pages under load, served by gunicorn, as a signed-in member.

Builds a throw-away database (SQLite in a temp folder unless DATABASE_URL is set), seeds one
eligible member, a topic with 1,000 replies and a category with 100,000 topics (bulk inserts),
starts gunicorn and measures the median and p95 of sequential requests and the requests per
second with several concurrent clients for: the topic page (a random page of the thread), the
category page (first page) and the category page deep in its keyset pagination, and the forum
home. Shares its HTTP machinery with bench/knowledge.py.
"""

import argparse
import http.client
import os
import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from knowledge import HOST, ROOT, WORKERS, Client, measure, report, serve

sys.path.insert(0, str(ROOT / "src"))


class MemberClient(Client):
    """The knowledge bench's keep-alive client, sending a member's session cookie."""

    def __init__(self, port: int, cookie: str) -> None:
        super().__init__(port)
        self.cookie = cookie

    def get(self, path: str) -> tuple[int, bytes]:
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = self.local.conn = http.client.HTTPConnection(HOST, self.port, timeout=60)
        try:
            conn.request("GET", path, headers={"Cookie": self.cookie})
            response = conn.getresponse()
            return response.status, response.read()
        except (OSError, http.client.HTTPException):
            conn.close()
            self.local.conn = None
            raise


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--topics", type=int, default=100_000)
    parser.add_argument("--replies", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=200, help="sequential, per page")
    parser.add_argument("--sequential-seconds", type=float, default=120)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--load", type=int, default=1000, help="concurrent requests, per page")
    parser.add_argument("--seconds", type=float, default=20, help="time limit of a load run")
    args = parser.parse_args()

    if "bench" not in os.environ.get("DATABASE_URL", "bench"):
        sys.exit("DATABASE_URL must name a throw-away database with 'bench' in its name.")
    var_dir = os.environ.setdefault(
        "KENNISPUNT_VAR_DIR", tempfile.mkdtemp(prefix="kennispunt-bench-")
    )
    os.environ["DJANGO_SETTINGS_MODULE"] = "kennispunt.settings"
    os.environ["TASKS_BACKEND"] = "django_tasks.backends.immediate.ImmediateBackend"
    os.environ["ALLOWED_HOSTS"] = HOST
    os.environ.pop("DEBUG", None)
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    started = time.perf_counter()
    cookie, paths = seed(args)
    built = time.perf_counter() - started
    run(args, cookie, paths, built, Path(var_dir))


def seed(args: argparse.Namespace) -> tuple[str, dict[str, list[str]]]:
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.db import transaction
    from django.utils import timezone

    from kennispunt.accounts.models import User
    from kennispunt.forum import services
    from kennispunt.forum.models import Category, Post, Topic
    from kennispunt.forum.selectors import TOPICS_PER_PAGE, cursor_for, page_count
    from kennispunt.parties.models import Membership, MembershipStatus, Party

    if Topic.objects.exists():
        sys.exit("The database already has forum topics: give the benchmark an empty database.")
    party = Party.objects.create(name="Bench Lokaal", slug="bench-lokaal")
    members = []
    for i in range(3):
        user = User.objects.create_user(email=f"lid{i}@bench.example", first_name=f"Lid{i}")
        Membership.objects.create(
            user=user,
            party=party,
            status=MembershipStatus.VERIFIED,
            consent_given_at=timezone.now(),
            consent_text="bench",
        )
        services.profile_for(user)
        members.append(user)
    big = Category.objects.create(name="Groot", slug="groot")
    small = Category.objects.create(name="Klein", slug="klein")
    now = timezone.now()
    rng = random.Random(42)  # noqa: S311 - reproducible text, not secrets
    words = "vrijwilligers begroting motie campagne statuten ledenvergadering".split()
    with transaction.atomic():
        for offset in range(0, args.topics, 5000):
            Topic.objects.bulk_create(
                Topic(
                    category=big,
                    title=f"Onderwerp {i} over {rng.choice(words)}",
                    author=members[i % 3],
                    last_post_at=now - timedelta(minutes=i),
                    post_count=1,
                    last_number=1,
                )
                for i in range(offset, min(offset + 5000, args.topics))
            )
        thread = Topic.objects.create(category=small, title="Een lange draad", author=members[0])
        Post.objects.bulk_create(
            Post(
                topic=thread,
                number=n,
                author=members[n % 3],
                body=f"Reactie {n} over **{rng.choice(words)}**.",
                html=f"<p>Reactie {n} over <strong>{rng.choice(words)}</strong>.</p>",
            )
            for n in range(1, args.replies + 2)
        )
        Topic.objects.filter(pk=thread.pk).update(
            last_number=args.replies + 1, post_count=args.replies + 1, reply_count=args.replies
        )
    thread.refresh_from_db()
    listed = Topic.objects.filter(category=big).order_by("-last_post_at", "-id")
    positions = rng.sample(range(TOPICS_PER_PAGE, max(args.topics - 1, TOPICS_PER_PAGE + 1)), 200)
    cursors = [cursor_for(listed[p]) for p in positions]

    session = SessionStore()
    session[SESSION_KEY] = str(members[0].pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = members[0].get_session_auth_hash()
    session.save()
    cookie = f"{settings.SESSION_COOKIE_NAME}={session.session_key}"
    pages = page_count(thread)
    return cookie, {
        "topic page": [f"/forum/onderwerp/{thread.pk}/?pagina={p}" for p in range(1, pages + 1)],
        "category": ["/forum/categorie/groot/"],
        "category deep": [f"/forum/categorie/groot/?na={quote(c)}" for c in cursors],
        "forum home": ["/forum/"],
    }


def run(
    args: argparse.Namespace,
    cookie: str,
    paths: dict[str, list[str]],
    built: float,
    var_dir: Path,
) -> None:
    from django.db import connection

    print(
        f"data: {args.topics:,} topics in one category, one topic with {args.replies:,} replies "
        f"({built:.1f}s to build)"
    )
    print(
        f"environment: {connection.vendor}, gunicorn {WORKERS} sync workers, "
        f"{os.cpu_count()} CPUs, {args.concurrency} concurrent clients"
    )
    connection.close()  # the server has the database to itself
    rng = random.Random(7)  # noqa: S311
    pages = [
        (label, lambda choices=choices: rng.choice(choices)) for label, choices in paths.items()
    ]
    with serve(var_dir) as (port, log):
        rows, errors = measure(MemberClient(port, cookie), pages, args)
    report(rows, errors, args, log)


if __name__ == "__main__":
    main()
