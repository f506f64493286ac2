"""Messages per second from the mailings sender, with a newsletter issue, to a local SMTP sink.

Builds a throw-away database (SQLite in a temporary folder, or the database in DATABASE_URL,
whose name must contain "bench"), creates N active subscribers and one issue, starts an
aiosmtpd sink in a separate process (so it does not share the sender's interpreter) and runs
the real sender (``sending.mailing_send``: claims, per-delivery status, one SMTP connection
per batch) with no rate limit. Prints messages/second; ``--profile`` prints the hottest
functions.
"""

import argparse
import multiprocessing
import os
import socket
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))  # the test harness (kennispunt_testing)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _sink(port: int, ready: "multiprocessing.synchronize.Event") -> None:
    from aiosmtpd.controller import Controller

    class Handler:
        count = 0

        async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
            Handler.count += 1
            return "250 OK"

    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    ready.set()
    while True:
        time.sleep(3600)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--subscribers", type=int, default=5000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="kennispunt-bench-")
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{tmp}/bench.sqlite3"
    if "bench" not in database_url:
        sys.exit('DATABASE_URL must name a database with "bench" in it')
    port = _free_port()
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "kennispunt.settings",
            "DATABASE_URL": database_url,
            "KENNISPUNT_VAR_DIR": tmp,
            "EMAIL_URL": f"smtp://127.0.0.1:{port}",
            "NEWSLETTER_BATCH_SIZE": str(args.batch_size),
            "NEWSLETTER_RATE_PER_SECOND": "0",
            "LOG_LEVEL": "WARNING",
        }
    )
    ready = multiprocessing.Event()
    sink = multiprocessing.Process(target=_sink, args=(port, ready), daemon=True)
    sink.start()
    ready.wait(30)

    import django

    django.setup()
    from django.core.management import call_command

    print(f"database: {database_url}")
    call_command("migrate", verbosity=0)
    from kennispunt.mailings import sending
    from kennispunt.mailings.selectors import mailing_progress
    from kennispunt.mailings.services import mailing_create
    from kennispunt.newsletter.rendering import issue_render
    from kennispunt.newsletter.services import AUDIENCE
    from kennispunt_testing.newsletter import make_issue, make_subscribers

    make_subscribers(args.subscribers)
    mailing = mailing_create(audience=AUDIENCE, rendered=issue_render(make_issue()))
    started = time.perf_counter()
    sending.mailing_start(mailing_id=mailing.pk)
    prepared = time.perf_counter() - started
    print(f"{args.subscribers} deliveries created in {prepared:.2f}s")

    started = time.perf_counter()
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
    sent = sending.mailing_send(mailing_id=mailing.pk)
    elapsed = time.perf_counter() - started
    if args.profile:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    progress = mailing_progress(mailing)
    assert progress.sent == args.subscribers, progress
    print(f"sent {sent} messages in {elapsed:.1f}s: {sent / elapsed:.0f} messages/second")
    sink.terminate()


if __name__ == "__main__":
    main()
