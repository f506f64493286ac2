"""Table-driven access tests: one URL, the expected answer for every role, all asserted at once.

    assert_access(world, "/partijen/lokaal-belang-a/leden/", expect(
        default=403, anonymous=LOGIN, board_a=200, beheerder=200))

Every role must have an answer (``default`` fills the rest), so a new role added to ``Role``
shows up in every table. ``url`` may be a callable taking the world, called once per role,
for requests that change state (each role then gets a fresh object to act on).

Every URL asked for is resolved and its name recorded in ``EXERCISED``: at the end of a whole
test run, :mod:`kennispunt_testing.url_coverage` fails the run when a URL of the project
has no access table.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import Resolver404, resolve

from .world import Role, World


@dataclass(frozen=True)
class Redirect:
    """A 302 whose Location starts with ``prefix``."""

    prefix: str

    def matches(self, response: Any) -> bool:
        return response.status_code == 302 and response["Location"].startswith(self.prefix)

    def __str__(self) -> str:
        return f"302→{self.prefix}"


class _LoginRedirect(Redirect):
    """A 302 to a login URL: allauth's, or Wagtail's, which leads a visitor on to allauth's and
    answers someone signed in with 403 (see ``accounts.views.login_elsewhere``)."""

    def __init__(self) -> None:
        super().__init__(prefix="")

    def matches(self, response: Any) -> bool:
        logins = (
            resolve_url(settings.LOGIN_URL),
            settings.WAGTAILADMIN_LOGIN_URL,
            settings.WAGTAIL_FRONTEND_LOGIN_URL,
        )
        return response.status_code == 302 and response["Location"].startswith(logins)

    def __str__(self) -> str:
        return "302→login"


LOGIN = _LoginRedirect()
Expected = int | Redirect

# The names of the URLs (``namespace:name``) some access table asked for in this process.
EXERCISED: set[str] = set()


def _record(url: str) -> None:
    try:
        EXERCISED.add(resolve(urlsplit(url).path).view_name)
    except Resolver404:
        pass  # a table may check that a made-up address is a 404


def expect(*, default: Expected | None = None, **per_role: Expected) -> dict[Role, Expected]:
    table: dict[Role, Expected] = {}
    for role in Role:
        if role.value in per_role:
            table[role] = per_role.pop(role.value)
        elif default is not None:
            table[role] = default
    if per_role:
        raise ValueError(f"Unknown roles in access table: {sorted(per_role)}")
    missing = [r.value for r in Role if r not in table]
    if missing:
        raise ValueError(f"Access table has no answer for: {missing}")
    return table


def client_for(world: World, role: Role) -> Client:
    client = Client()
    if role is not Role.ANONYMOUS:
        client.force_login(world.user(role))
    return client


def _matches(expected: Expected, response: Any) -> bool:
    if isinstance(expected, Redirect):
        return expected.matches(response)
    return response.status_code == expected


def assert_access(
    world: World,
    url: str | Callable[[World], str],
    table: Mapping[Role, Expected],
    *,
    method: str = "get",
    data: Mapping[str, Any] | None = None,
) -> None:
    failures = []
    for role in Role:
        if role not in table:
            raise AssertionError(f"Access table has no answer for {role.value}")
        target = url(world) if callable(url) else url
        _record(target)
        response = getattr(client_for(world, role), method)(target, data or {})
        if not _matches(table[role], response):
            got = response.status_code
            if got in (301, 302):
                got = f"{got}→{response['Location']}"
            failures.append(f"  {role.value:<20} expected {table[role]!s:<14} got {got}")
    if failures:
        shown = url if isinstance(url, str) else "(per-role url)"
        raise AssertionError(f"{method.upper()} {shown}:\n" + "\n".join(failures))
