"""Walk every URL pattern of the project and try a staff member's password on each password form.

The walk reads the URL resolver recursively (our apps, allauth, Django's and Wagtail's admins,
Wagtail's front end and documents: whatever ``ROOT_URLCONF`` mounts), so a login route added
later is found without anyone listing it here. Path parameters are filled in from a table of
real values (a party's slug, a restriction's id) with generic fallbacks; the first filled-in
path that is not a 404 is the one fetched.
"""

import itertools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils.regex_helper import normalize

# Tried for a parameter without a known value, in this order; the route's own regex drops the
# ones that do not fit (an integer, a word, an empty path, an image path, a UUID).
GENERIC_VALUES = ("1", "x", "", "images/x.png", "00000000-0000-0000-0000-000000000000")
MAX_TRIES_PER_ROUTE = 8


@dataclass(frozen=True)
class Route:
    regex: str  # the whole path's regex, prefixes of the includes in front
    pattern: URLPattern


def routes(resolver: URLResolver | None = None, prefix: str = "") -> Iterator[Route]:
    """Every URL pattern reachable from the root URLconf, through every include()."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        part = entry.pattern.regex.pattern.removeprefix("^")
        if isinstance(entry, URLResolver):
            yield from routes(entry, prefix + part)
        else:
            yield Route(prefix + part, entry)


def candidate_paths(route: Route, values: Mapping[str, Sequence[str]]) -> list[str]:
    """Paths that match the route, known values first, at most MAX_TRIES_PER_ROUTE."""
    compiled = re.compile(route.regex)
    found: list[str] = []
    for template, params in normalize(route.regex):
        choices = [[*values.get(name, ()), *GENERIC_VALUES] for name in params]
        for combination in itertools.product(*choices):
            path = template % dict(zip(params, combination, strict=True))
            if compiled.match(path) and "/" + path not in found:
                found.append("/" + path)
                if len(found) == MAX_TRIES_PER_ROUTE:
                    return found
    return found


@dataclass
class FormField:
    kind: str  # input type, "select", "textarea" or a button type
    name: str
    value: str
    checked: bool = False


@dataclass
class Form:
    action: str
    method: str
    fields: list[FormField] = field(default_factory=list)

    @property
    def asks_password(self) -> bool:
        return any(f.kind == "password" for f in self.fields)

    def filled_in(self, *, email: str, password: str) -> dict[str, str]:
        """What someone with the staff member's e-mail and password would type in."""
        data: dict[str, str] = {}
        button_pressed = False
        for f in self.fields:
            if not f.name:
                continue
            if f.kind == "password":
                data[f.name] = password
            elif f.kind in ("text", "email"):
                data[f.name] = email
            elif f.kind in ("checkbox", "radio"):
                if f.kind == "checkbox" or f.checked:
                    data.setdefault(f.name, f.value or "on")
            elif f.kind == "submit":
                if not button_pressed:
                    data[f.name] = f.value
                    button_pressed = True
            elif f.kind in ("hidden", "select", "textarea"):
                data.setdefault(f.name, f.value)
        return data


class _FormParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[Form] = []
        self._form: Form | None = None
        self._select: FormField | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {name: value or "" for name, value in attrs}
        if tag == "form":
            self._form = Form(action=a.get("action", ""), method=a.get("method", "get").lower())
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input":
            self._form.fields.append(
                FormField(
                    a.get("type", "text").lower() or "text",
                    a.get("name", ""),
                    a.get("value", ""),
                    "checked" in a,
                )
            )
        elif tag == "textarea":
            self._form.fields.append(FormField("textarea", a.get("name", ""), ""))
        elif tag == "button":
            self._form.fields.append(
                FormField(a.get("type", "submit").lower(), a.get("name", ""), a.get("value", ""))
            )
        elif tag == "select":
            self._select = FormField("select", a.get("name", ""), "")
            self._form.fields.append(self._select)
        elif tag == "option" and self._select is not None and not self._select.checked:
            self._select.value = a.get("value", "")
            self._select.checked = True  # the first option is the one a browser sends

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def forms_in(html: str) -> list[Form]:
    parser = _FormParser()
    parser.feed(html)
    return parser.forms


@dataclass(frozen=True)
class PasswordForm:
    shown_at: str  # the path whose page carries the form
    action: str  # the path (and query) the form posts to
    form: Form = field(compare=False)


def _same_site_target(page: str, action: str) -> str | None:
    target = urlsplit(urljoin(f"http://testserver{page}", action))
    if target.netloc != "testserver":
        return None
    return target.path + (f"?{target.query}" if target.query else "")


def _form_key(target: str, form: Form) -> tuple[str, ...]:
    """One form per target path and prefilled hidden values (e.g. where it returns to)."""
    hidden = sorted(
        f"{f.name}={f.value}"
        for f in form.fields
        if f.kind == "hidden" and f.name != "csrfmiddlewaretoken"
    )
    return (urlsplit(target).path, *hidden)


def find_password_forms(
    client: Client, *, values: Mapping[str, Sequence[str]], extra_paths: Sequence[str] = ()
) -> tuple[list[PasswordForm], list[str]]:
    """GET every route with ``client`` (the first filled-in path that is not a 404), then the
    extra paths; the password forms seen (see _form_key), plus every path that answers GET
    with "405, use POST"; and every path fetched."""
    found: dict[tuple[str, ...], PasswordForm] = {}
    fetched: list[str] = []

    def look(path: str) -> int:
        response = client.get(path)
        fetched.append(path)
        if "text/html" in response.get("Content-Type", ""):
            for form in forms_in(response.content.decode(errors="replace")):
                target = _same_site_target(path, form.action)
                if form.asks_password and target is not None:
                    found.setdefault(
                        _form_key(target, form),
                        PasswordForm(shown_at=path, action=target, form=form),
                    )
        if response.status_code == 405 and "POST" in response.get("Allow", ""):
            # No page to show, but it takes a POST: a login without a form of its own (an
            # authenticate() and login() behind a form elsewhere, or for scripts) gets the
            # usual field names.
            found.setdefault((path,), PasswordForm(shown_at=path, action=path, form=BLIND_LOGIN))
        return response.status_code

    for route in routes():
        for path in candidate_paths(route, values):
            if look(path) != 404:
                break
    for path in extra_paths:
        look(path)
    return list(found.values()), fetched


BLIND_LOGIN = Form(
    action="",
    method="post",
    fields=[
        FormField("text", "username", ""),
        FormField("text", "login", ""),
        FormField("email", "email", ""),
        FormField("password", "password", ""),
    ],
)


@dataclass(frozen=True)
class Attempt:
    password_form: PasswordForm
    status: int
    user_before: str | None  # the session's user id before and after the post
    user_after: str | None
    staff_pages_opened: tuple[str, ...]

    @property
    def logged_in_someone(self) -> bool:
        # Signed out (after is None) is no login; signed in as someone else is.
        switched = self.user_after is not None and self.user_after != self.user_before
        return switched or bool(self.staff_pages_opened)

    def __str__(self) -> str:
        return (
            f"{self.password_form.action} (form shown at {self.password_form.shown_at}): "
            f"{self.status}, session user {self.user_before} -> {self.user_after}, "
            f"staff pages opened: {list(self.staff_pages_opened) or 'none'}"
        )


def post_password_form(
    visitor: Callable[[], Client],
    found: PasswordForm,
    *,
    data: Mapping[str, str],
    staff_pages: Sequence[str],
) -> Attempt:
    """In a fresh session of ``visitor``: open the form's page, send ``data`` to its target as
    a browser would, then ask for every staff page."""
    client = visitor()
    client.get(found.shown_at)
    before = client.session.get("_auth_user_id")
    method = "get" if found.form.method == "get" else "post"
    response = getattr(client, method)(found.action, dict(data))
    after = client.session.get("_auth_user_id")
    opened = tuple(page for page in staff_pages if client.get(page).status_code == 200)
    return Attempt(found, response.status_code, before, after, opened)
