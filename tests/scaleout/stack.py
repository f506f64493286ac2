"""The production stack on loopback for the scale-out test: processes, a database, HTTP clients.

Every process runs in its own process group with its output in a log file, so teardown can
stop it with all its children (gunicorn's workers) and a failing test can show what it said.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import psycopg
import requests

BASE_DIR = Path(__file__).resolve().parents[2]
MANAGE = [sys.executable, str(BASE_DIR / "manage.py")]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(predicate: Callable[[], Any], *, timeout: float, what: str) -> Any:
    """Poll ``predicate`` until it returns something truthy; fail with ``what`` after timeout."""
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"Timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(0.25)


# --- Database ---------------------------------------------------------------------------------


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def admin_execute(database_url: str, sql: str) -> None:
    """CREATE/DROP DATABASE, run from the server's ``postgres`` maintenance database."""
    with psycopg.connect(with_database(database_url, "postgres"), autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


def query(database_url: str, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    with psycopg.connect(database_url, autocommit=True) as conn:
        return conn.execute(sql, params).fetchall()  # type: ignore[arg-type]


# --- Processes --------------------------------------------------------------------------------


@dataclass
class Process:
    name: str
    popen: subprocess.Popen[bytes]
    log: Path

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def alive(self) -> bool:
        return self.popen.poll() is None

    def signal(self, signum: int) -> None:
        if self.popen.poll() is None:
            try:
                os.killpg(self.popen.pid, signum)
            except ProcessLookupError:
                pass

    def stop(self, timeout: float = 10) -> None:
        """SIGTERM to the whole group (graceful: workers finish their task), then SIGKILL."""
        self.signal(signal.SIGTERM)
        self.wait_or_kill(timeout)

    def wait_or_kill(self, timeout: float) -> None:
        try:
            self.popen.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.signal(signal.SIGKILL)
            self.popen.wait(timeout=timeout)


@dataclass
class Stack:
    env: dict[str, str]
    log_dir: Path
    processes: list[Process] = field(default_factory=list)
    timeline: list[str] = field(default_factory=list)
    born: float = field(default_factory=time.monotonic)

    def mark(self, what: str) -> None:
        """Note how long the stack took to get here (shown with the logs)."""
        self.timeline.append(f"{time.monotonic() - self.born:6.1f}s {what}")

    def start(
        self, name: str, command: list[str], extra_env: dict[str, str] | None = None
    ) -> Process:
        log = self.log_dir / f"{name}.log"
        with log.open("wb") as out:
            popen = subprocess.Popen(  # noqa: S603 - our own commands, no shell
                command,
                cwd=BASE_DIR,
                env={**self.env, **(extra_env or {})},
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, stopped as a whole
            )
        process = Process(name, popen, log)
        self.processes.append(process)
        return process

    def run(self, name: str, command: list[str], timeout: float = 120) -> str:
        """Run a one-off command to completion; its output, or a failure showing it."""
        process = self.start(name, command)
        try:
            process.popen.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.stop()
        if process.popen.returncode != 0:
            raise AssertionError(f"{name} failed ({process.popen.returncode}):\n{process.output()}")
        return process.output()

    def process(self, name: str) -> Process:
        return next(p for p in self.processes if p.name == name)

    def stop_all(self) -> None:
        """All at once: each process group gets SIGTERM, then whoever is left SIGKILL."""
        for process in self.processes:
            process.signal(signal.SIGTERM)
        for process in self.processes:
            process.wait_or_kill(timeout=10)

    def logs(self) -> str:
        return "\n".join(
            ["----- timeline -----", *self.timeline]
            + [
                f"----- {p.name} (exit {p.popen.returncode}) -----\n{p.output()[-6000:]}"
                for p in self.processes
            ]
        )


# --- HTTP -------------------------------------------------------------------------------------


class Browser:
    """One visitor (one session cookie) talking to any web process, as if through nginx.

    The proxy's ``X-Forwarded-Proto: https`` makes Django treat the request as HTTPS, so it sets
    Secure cookies and checks the Origin of form posts: as in production. The cookies are sent
    back over the plain loopback connection, which is what the proxy would do.
    """

    def __init__(self, host: str | None = None) -> None:
        """``host``: the Host header the proxy passes on, the same for every web process (by
        default each process is asked under its own address, port included)."""
        self.http = requests.Session()
        self.host = host

    def request(self, method: str, base: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {"X-Forwarded-Proto": "https", **kwargs.pop("headers", {})}
        if self.host:
            headers.setdefault("Host", self.host)
        kwargs.setdefault("timeout", 30)
        if method == "POST":
            headers.setdefault("Origin", "https://" + (self.host or urlsplit(base).netloc))
        response = self.http.request(
            method, urljoin(base, path), headers=headers, allow_redirects=False, **kwargs
        )
        for cookie in self.http.cookies:
            cookie.secure = False
        return response

    def get(self, base: str, path: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", base, path, **kwargs)

    def post_form(
        self, base: str, path: str, data: dict[str, Any], form_base: str | None = None
    ) -> requests.Response:
        """GET the form page (for the CSRF cookie, from ``form_base`` when given), then POST
        ``data`` with the token to ``base``."""
        page = self.get(form_base or base, path)
        assert page.status_code == 200, f"GET {path}: {page.status_code}"
        token = self.http.cookies.get("csrftoken")
        assert token, f"No CSRF cookie from {path}"
        return self.request("POST", base, path, data={"csrfmiddlewaretoken": token, **data})

    def login(self, base: str, email: str, password: str) -> None:
        response = self.post_form(base, "/account/login/", {"login": email, "password": password})
        assert response.status_code == 302, f"Login of a member failed: {response.status_code}"
