"""Done-when: 20,000 subscribers through a real SMTP server, the sender killed halfway.

The mailings sender runs as a real subprocess (``manage.py mailings_send``) against this
test's database; it starts the due mailing, is killed with SIGKILL when about a third has gone
out and is then restarted. Every message is checked, and each recipient must have exactly one
copy.
"""

import email
import email.policy
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings
from django.db import connection

from kennispunt.mailings.models import DeliveryStatus
from kennispunt.mailings.services import mailing_create
from kennispunt.newsletter.rendering import issue_render
from kennispunt.newsletter.services import AUDIENCE
from kennispunt_testing.newsletter import make_issue, make_subscribers

ROOT = Path(__file__).resolve().parents[4]
RECIPIENTS = 20_000
KILL_AFTER = 7_000
SITE = "https://kennispunt.example"


@dataclass
class RawSink:
    """Keeps the raw bytes; parsing 20,000 messages happens after the run."""

    received: list[tuple[list[str], bytes]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.received.append((list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


@pytest.fixture
def raw_sink() -> Iterator[tuple[RawSink, int]]:
    sink = RawSink()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield sink, port
    finally:
        controller.stop()


def _database_for_subprocess(tmp: Path) -> tuple[str, Any]:
    """A DATABASE_URL the sender process can use, and how to read the result afterwards."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        # The test database lives in memory: hand the subprocess a file copy.
        path = tmp / "send.sqlite3"
        target = sqlite3.connect(path)
        connection.ensure_connection()
        connection.connection.backup(target)
        target.close()
        return f"sqlite:///{path}", path
    url = f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    return url, None


def _statuses(sqlite_path: Path | None, mailing_id: int) -> dict[str, str]:
    """email -> delivery status as the sender left it."""
    query = "SELECT email, status FROM newsletter_delivery WHERE mailing_id = %s"
    if sqlite_path is None:
        with connection.cursor() as cursor:
            cursor.execute(query, [mailing_id])
            return dict(cursor.fetchall())
    with sqlite3.connect(sqlite_path) as db:
        return dict(db.execute(query.replace("%s", "?"), (mailing_id,)).fetchall())


def _sender(env: dict[str, str], mailing_id: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "mailings_send", f"--mailing={mailing_id}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _part_text(part: Any) -> str:
    return part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_twenty_thousand_recipients_each_get_exactly_one_copy_after_a_killed_sender(
    raw_sink: tuple[RawSink, int],
) -> None:
    sink, port = raw_sink
    subscribers = make_subscribers(RECIPIENTS)
    tokens = {s.email: s.unsubscribe_token for s in subscribers}
    page = make_issue()
    mailing = mailing_create(audience=AUDIENCE, rendered=issue_render(page))

    with tempfile.TemporaryDirectory() as tmp:
        database_url, sqlite_path = _database_for_subprocess(Path(tmp))
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "kennispunt.settings",
            "DATABASE_URL": database_url,
            "EMAIL_URL": f"smtp://127.0.0.1:{port}",
            "SITE_URL": SITE,
            "SECRET_KEY": settings.SECRET_KEY,
            "KENNISPUNT_VAR_DIR": tmp,
            "NEWSLETTER_BATCH_SIZE": "500",
            "NEWSLETTER_RATE_PER_SECOND": "0",
            "LOG_LEVEL": "WARNING",
        }
        first = _sender(env, mailing.pk)
        deadline = time.monotonic() + 120
        while len(sink.received) < KILL_AFTER:
            assert first.poll() is None, first.communicate()[1].decode()[-3000:]
            assert time.monotonic() < deadline, "the sender is too slow"
            time.sleep(0.02)
        first.send_signal(signal.SIGKILL)
        first.wait()
        received_before_restart = len(sink.received)
        assert received_before_restart < RECIPIENTS

        # The restarted sender may take over the dead one's claim at once.
        second = _sender({**env, "NEWSLETTER_CLAIM_TIMEOUT": "0"}, mailing.pk)
        _out, err = second.communicate(timeout=300)
        assert second.returncode == 0, err.decode()[-3000:]
        statuses = _statuses(sqlite_path, mailing.pk)

    assert len(statuses) == RECIPIENTS
    uncertain = {
        address for address, status in statuses.items() if status == DeliveryStatus.SENDING
    }
    assert len(uncertain) <= 1, "at most the message in flight when the sender was killed"
    assert set(statuses.values()) <= {DeliveryStatus.SENT, DeliveryStatus.SENDING}

    copies = Counter(rcpt for rcpts, _raw in sink.received for rcpt in rcpts)
    assert max(copies.values()) == 1, "somebody got a second copy"
    assert set(copies) | uncertain == set(tokens)

    for rcpts, raw in sink.received:
        message = email.message_from_bytes(raw, policy=email.policy.compat32)
        (address,) = rcpts
        assert message["To"] == address
        url = f"{SITE}/nieuwsbrief/afmelden/{tokens[address]}/"
        assert " ".join(message["List-Unsubscribe"].split()).startswith(f"<{url}>, <mailto:")
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert message["Message-ID"]
        assert message.get_content_type() == "multipart/alternative"
        plain, html = message.get_payload()  # type: ignore[misc]
        assert isinstance(plain, email.message.Message)
        assert isinstance(html, email.message.Message)
        assert plain.get_content_type() == "text/plain"
        assert html.get_content_type() == "text/html"
        assert url in _part_text(plain)
        assert f'href="{url}"' in _part_text(html)
