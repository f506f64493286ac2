"""Dutch that reads as written by us: no informal "je", no English, no known-wrong words.

Two halves:
- every page an anonymous visitor, a member and a beheerder reach by following links from the
  home page of the demo site (a Django-client crawl; see kennispunt_testing.crawl);
- every e-mail: allauth's through its real send path for a request to 127.0.0.1:8000, and every
  mail template of our own apps rendered with a realistic context.
"""

import io
import re
from collections.abc import Iterator
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from kennispunt.core.mail import render_subject
from kennispunt_testing.crawl import crawl

pytestmark = pytest.mark.django_db

SITE_URL = "https://kennispunt.example"
PACKAGE = Path(settings.PACKAGE_DIR)

# Text that must never appear where we speak, with why.
FORBIDDEN: dict[str, re.Pattern[str]] = {
    "informal je": re.compile(r"\b(?:je|jij|jou|jouw|jezelf)\b", re.I),
    "split compound": re.compile(r"Bevestigings e-mail|e-mail verificatie|verificatie verzoek"),
    "'meld aan' for signing in": re.compile(r"Meld u dan aan"),
    "space before a closing parenthesis": re.compile(r"\S \)"),
    "a request host instead of the site name": re.compile(r"127\.0\.0\.1|localhost|testserver"),
    "English": re.compile(
        r"\b(?:the|your|please|sign in|sign up|password|email address|hello|thank you)\b", re.I
    ),
    "HTML entity shown as text": re.compile(r"&(?:[a-zA-Z]+|#\d+);"),
    "short month": re.compile(
        r"\b\d{1,2} (?:jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec)\b(?!\w)", re.I
    ),
    "month as number": re.compile(r"\b\d{1,2}-\d{1,2}-20\d\d\b|\b(?:0?[1-9]|1[0-2])-20\d\d\b"),
}
# Staff keep their short status labels; whoever asked reads plain words.
FORBIDDEN_FOR_ASKERS = {"staff status label": re.compile(r"Wacht op vrager")}


class _Text(HTMLParser):
    """The text a reader sees: no scripts, styles, attribute values or form field values."""

    SKIP = {"script", "style", "textarea", "pre", "code", "template"}
    # Tags that break the text: a space there; inline tags (a, span, strong) join as written.
    BLOCKS = {
        *"p div li td th dt dd tr br hr ul ol dl table form label option button".split(),
        *"h1 h2 h3 h4 h5 h6 header footer main nav section article aside details summary".split(),
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.depth += 1
        elif tag in self.BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        elif tag in self.BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.depth:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join("".join(parser.parts).split())


URL = re.compile(r"https?://\S+")


def offences(text: str, rules: dict[str, re.Pattern[str]]) -> list[str]:
    text = URL.sub("<link>", text)  # a path may be English (/password/reset/)
    found = []
    for why, pattern in rules.items():
        for match in pattern.finditer(text):
            start = max(match.start() - 40, 0)
            found.append(f"{why}: …{text[start : match.end() + 40]}…")
    return found


# --- Pages -----------------------------------------------------------------------------------


@pytest.fixture
def demo_site(settings: Any) -> None:
    settings.SITE_URL = SITE_URL
    call_command("demo_content", stdout=io.StringIO())


def _client_fetch(client: Client) -> Any:
    def fetch(path: str) -> tuple[int, str, str]:
        response = client.get(path, follow=False)
        content_type = response.get("Content-Type", "")
        if response.status_code in (301, 302) or "text/html" not in content_type:
            return response.status_code, "", ""
        return response.status_code, content_type, response.content.decode()

    return fetch


def _client_for(role: str) -> Client:
    from kennispunt.accounts.models import User
    from kennispunt.demo.people import demo_email

    client = Client()
    if role != "anonymous":
        client.force_login(User.objects.get(email=demo_email(role)))
    return client


# The demo site is built once (it takes a while); each role crawls it in turn.
ROLES = ("anonymous", "lid", "beheerder")


def _members_words(text: str) -> str:
    """Without what members wrote themselves: forum topic titles are theirs, not ours, and
    members may say "je" to each other."""
    from kennispunt.forum.models import Topic

    for title in Topic.objects.values_list("title", flat=True):
        text = text.replace(title, "<titel>")
    return text


def test_every_reachable_page_reads_as_written_by_us(demo_site: None) -> None:
    problems = []
    for role in ROLES:
        pages = crawl(_client_fetch(_client_for(role)), origins=(SITE_URL,))
        assert len(pages) >= (40 if role == "anonymous" else 80), (role, [p.path for p in pages])
        rules = dict(FORBIDDEN)
        if role != "beheerder":
            rules |= FORBIDDEN_FOR_ASKERS
        for page in pages:
            assert page.status < 500, (role, page.path)
            text = _members_words(visible_text(page.html))
            problems += [f"{role} {page.path}: {o}" for o in offences(text, rules)]
    assert problems == [], "\n".join(problems)


def test_the_word_list_catches_what_it_should() -> None:
    text = visible_text(
        "<p>Heb je al een account? Meld u dan aan (nog 3 dagen ) op 6 dec 2026, 12-2026.</p>"
        "<p>Bevestigings e-mail verzonden. Hallo van 127.0.0.1:8000! Sign in &amp;amp;</p>"
        "<script>var je = 1;</script>"
    )
    found = {o.split(":", 1)[0] for o in offences(text, FORBIDDEN)}
    assert found == set(FORBIDDEN), found
    assert offences("Wij wachten op uw reactie (nog 3 dagen)", FORBIDDEN) == []


# --- allauth's mails, through allauth ----------------------------------------------------------


def _delivered() -> Iterator[mail.EmailMessage]:
    """Mails are queued for the task worker; the test settings run tasks at once."""
    yield from mail.outbox


@pytest.fixture
def local_request_client(settings: Any) -> Client:
    settings.SITE_URL = SITE_URL
    settings.ALLOWED_HOSTS = ["127.0.0.1", "testserver"]
    return Client(HTTP_HOST="127.0.0.1:8000")


def _check_mail(message: mail.EmailMessage) -> list[str]:
    subject = str(message.subject)
    body = str(message.body)
    problems = offences(subject, FORBIDDEN) + offences(body, FORBIDDEN)
    if "Kennispunt" not in subject:
        problems.append(f"no site name in the subject {subject!r}")
    return [f"{subject}: {p}" for p in problems]


def test_allauth_mails_name_the_site_and_read_dutch(
    local_request_client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        _trigger_allauth_mails(local_request_client)

    subjects = [str(m.subject) for m in _delivered()]
    assert len(subjects) == 4, subjects  # confirm, already exists, reset, unknown account
    problems = [p for message in _delivered() for p in _check_mail(message)]
    assert problems == [], "\n".join(problems)
    bodies = "\n".join(str(m.body) for m in _delivered())
    assert "Goedendag," in bodies
    assert f"{SITE_URL}/account/" in bodies  # links on the site's own address


def _trigger_allauth_mails(client: Client) -> None:
    from allauth.account.models import EmailAddress

    from kennispunt.accounts.models import User

    password = "Een-Lang-Wachtwoord-2026"
    # Sign-up: the confirmation mail.
    client.post(
        "/account/signup/",
        {"email": "nieuw@example.org", "password1": password, "password2": password},
    )
    # Sign-up again with an address that exists: "account already exists".
    existing = User.objects.create_user(email="bestaand@example.org", password=password)
    EmailAddress.objects.create(user=existing, email=existing.email, verified=True, primary=True)
    client.post(
        "/account/signup/",
        {"email": existing.email, "password1": password, "password2": password},
    )
    # Password reset for a known and an unknown address.
    client.post("/account/password/reset/", {"email": existing.email})
    client.post("/account/password/reset/", {"email": "onbekend@example.org"})
    # (allauth's change notifications are off: ACCOUNT_EMAIL_NOTIFICATIONS is not set.)


# --- Our own mails ----------------------------------------------------------------------------


def _our_mail_templates() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("templates/*/email/*.txt")):
        name = path.as_posix().split("/templates/", 1)[1]
        if not name.endswith("_subject.txt"):
            names.append(name)
    return names


class Example:
    """A realistic object for any name a template asks for: Dutch text, a date for names that
    sound like one, a number for counts, and more of the same for attributes."""

    TEXTS = {
        "name": "Samen Lokaal Amersfoort",
        "title": "Ondersteuningsverklaringen verzamelen",
        "subject": "Hoeveel ondersteuners hebben wij nodig?",
        "reference": "KP-2026-0042",
        "first_name": "Sanne",
        "email": "sanne@example.org",
        "place": "Amersfoort",
        "reason": "De opgegeven functie kon niet worden nagegaan.",
    }

    def __init__(self, name: str = "") -> None:
        self._name = name

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if name.endswith(("_at", "_on", "_by", "_due", "_until", "date", "day", "deadline")):
            return timezone.now() + timedelta(days=30)
        if name.endswith(("count", "days", "days_left", "number", "total")) or name == "pk":
            return 3
        if name.startswith(("is_", "has_")):
            return False
        if name in self.TEXTS:
            return self.TEXTS[name]
        if name.endswith("_url") or name == "url":
            return f"{SITE_URL}/voorbeeld/"
        return Example(name)

    def __getitem__(self, key: object) -> Any:
        # Django's templates try item lookup before attributes: answer the same.
        if isinstance(key, str):
            return getattr(self, key)
        return Example(self._name)

    def __iter__(self) -> Iterator["Example"]:
        return iter([Example(self._name), Example(self._name)])

    def __len__(self) -> int:
        return 2

    def __str__(self) -> str:
        return self.TEXTS.get(self._name, "Voorbeeldtekst")


def _example_context(template_name: str) -> dict[str, Any]:
    source = next(PACKAGE.rglob(f"templates/{template_name}")).read_text()
    names = set(re.findall(r"([A-Za-z_]\w*)(?=[.|])", source))
    names |= set(re.findall(r"\{\{\s*([A-Za-z_]\w*)\s*}}", source))
    names |= set(re.findall(r"{%\s*(?:if|for \w+ in)\s+([A-Za-z_]\w*)", source))
    names |= set(re.findall(r"\w=([A-Za-z_]\w*)", source))  # blocktranslate with x=name
    context: dict[str, Any] = {name: getattr(Example(), name) for name in names}
    context["site_url"] = SITE_URL
    return context


def test_our_mail_templates_are_found() -> None:
    assert len(_our_mail_templates()) >= 20
    assert "helpdesk/email/received.txt" in _our_mail_templates()


@pytest.mark.parametrize("template_name", _our_mail_templates())
def test_our_mails_read_as_written_by_us(template_name: str, settings: Any) -> None:
    from django.template.loader import render_to_string
    from django.utils import translation

    settings.SITE_URL = SITE_URL
    context = _example_context(template_name)
    with translation.override("nl"):
        body = render_to_string(template_name, context)
        subject_name = template_name.removesuffix(".txt") + "_subject.txt"
        subject = ""
        if (PACKAGE / template_name.split("/", 1)[0] / "templates" / subject_name).exists():
            subject = render_subject(subject_name, context)
    rules = FORBIDDEN | FORBIDDEN_FOR_ASKERS
    problems = offences(subject, rules) + offences(body, rules)
    assert problems == [], "\n".join(problems)
