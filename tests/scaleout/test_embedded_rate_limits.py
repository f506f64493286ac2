"""Rate limits of the embedded default hold across web processes.

`bin/start` runs gunicorn with two workers on SQLite and no Redis. Two real web processes are
started here the same way (the default settings, see embedded_settings.py; one SQLite file in
a temporary folder, after `manage.py migrate` as `bin/start` runs it), and one visitor's posts
alternate between them. Every limit must block at exactly the attempt its setting says, as it
would with one process. Needs neither PostgreSQL nor Redis, so it runs on every test run.
"""

import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from stack import MANAGE, Stack, free_port, wait_until

HERE = Path(__file__).resolve().parent

# The embedded default: no variable of a test run (a PostgreSQL DATABASE_URL, Redis, the test
# settings' metrics folder) may reach the servers.
CLEARED = (
    "DATABASE_URL",
    "REDIS_URL",
    "PUBLIC_PAGE_CACHE_URL",
    "TASKS_BACKEND",
    "EMAIL_URL",
    "PROMETHEUS_MULTIPROC_DIR",
    "TRUSTED_PROXY_COUNT",
)


# The Host a proxy in front would pass on to either process (allauth's login limit keys on it).
HOST = "127.0.0.1"


class TwoProcesses:
    """One visitor (one cookie jar) whose posts go to the two web processes in turn."""

    def __init__(self, bases: list[str], database: Path) -> None:
        self.bases = bases
        self.database = database
        self.http = requests.Session()
        self.turn = 0

    def post_form(self, path: str, data: dict[str, str]) -> requests.Response:
        """GET the form from one process and POST it to the other; the next call swaps them."""
        base, other = self.bases[self.turn % 2], self.bases[(self.turn + 1) % 2]
        self.turn += 1
        page = self.http.get(other + path, headers={"Host": HOST}, timeout=30)
        assert page.status_code == 200, f"GET {path}: {page.status_code}"
        return self.http.post(
            base + path,
            data={"csrfmiddlewaretoken": self.http.cookies["csrftoken"], **data},
            headers={"Host": HOST, "Origin": f"http://{HOST}"},
            allow_redirects=False,
            timeout=30,
        )


@pytest.fixture(scope="module")
def visitor(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TwoProcesses]:
    var_dir = tmp_path_factory.mktemp("embedded")
    env = {key: value for key, value in os.environ.items() if key not in CLEARED}
    env.update(
        DJANGO_SETTINGS_MODULE="embedded_settings",
        PYTHONPATH=os.pathsep.join([str(HERE), str(HERE.parents[1] / "src")]),
        KENNISPUNT_VAR_DIR=str(var_dir),
        ALLOWED_HOSTS=HOST,
    )
    stack = Stack(env=env, log_dir=var_dir)
    try:
        stack.run("migrate", [*MANAGE, "migrate", "--noinput"], timeout=300)
        bases = []
        for name in ("web-a", "web-b"):
            port = free_port()
            stack.start(
                name,
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "--pythonpath",
                    "src",
                    "kennispunt.wsgi",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    "1",
                ],
            )
            bases.append(f"http://127.0.0.1:{port}")
        for base in bases:
            wait_until(lambda base=base: _answers(base), timeout=120, what=f"{base}/health")
        yield TwoProcesses(bases, var_dir / "db.sqlite3")
    except BaseException:
        print(stack.logs())
        raise
    finally:
        stack.stop_all()


def _answers(base: str) -> bool:
    try:
        return requests.get(f"{base}/health", timeout=10).status_code == 200
    except requests.RequestException:
        return False


def _first_refused(attempts: list[bool]) -> int | None:
    """The number (from 1) of the first attempt that was refused."""
    return next((number for number, refused in enumerate(attempts, 1) if refused), None)


def test_login_blocks_the_sixth_failure_for_one_address(visitor: TwoProcesses) -> None:
    # ACCOUNT_RATE_LIMITS["login_failed"]: 5 failures per address in 5 minutes.
    refused = []
    for _ in range(8):
        response = visitor.post_form(
            "/account/login/", {"login": "iemand@example.org", "password": "niet-het-wachtwoord"}
        )
        refused.append("Te veel inlogpogingen" in response.text)
    assert _first_refused(refused) == 6, refused
    assert all(refused[5:]), refused


def test_newsletter_accepts_three_sign_ups_of_one_address(visitor: TwoProcesses) -> None:
    statuses = [
        visitor.post_form(
            "/nieuwsbrief/", {"email": "lezer@example.org", "consent": "on"}
        ).status_code
        for _ in range(6)
    ]
    assert statuses == [302, 302, 302, 429, 429, 429]


def test_helpdesk_takes_five_anonymous_questions_an_hour(visitor: TwoProcesses) -> None:
    refused = []
    for number in range(1, 8):
        response = visitor.post_form(
            "/helpdesk/vraag-stellen/",
            {
                "onderwerp": f"Vraag {number} over de begroting",
                "body": "Hoe dienen wij een amendement in?",
                "email": "vrager@example.org",
            },
        )
        refused.append(response.status_code == 200 and "veel vragen" in response.text)
        assert response.status_code in (200, 302), response.status_code
    assert _first_refused(refused) == 6, refused
    assert all(refused[5:]), refused


def test_migrate_alone_made_the_table_of_the_shared_counters(visitor: TwoProcesses) -> None:
    # bin/start, bin/production-local and a deployment run only `migrate`.
    with sqlite3.connect(visitor.database) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert "kennispunt_cache" in tables
