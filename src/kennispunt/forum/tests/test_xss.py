"""200+ XSS payloads (OWASP XSS filter evasion cheat sheet, plus Markdown-specific tricks),
posted as Markdown: the stored HTML and the topic page contain no script, no event handler,
no style and no javascript:/vbscript:/data: URL. Checked with an HTML parser, not substrings."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from kennispunt.forum import services
from kennispunt.forum.rendering import render_markdown
from kennispunt_testing.world import Role

from .conftest import ForumWorld

pytestmark = pytest.mark.django_db

PAYLOADS = [
    line
    for line in (Path(__file__).parent / "data" / "xss_payloads.txt").read_text().splitlines()
    if line.strip()
]
DANGEROUS_TAGS = {
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "link",
    "meta", "base", "form", "input", "button", "textarea", "select", "svg", "math", "img",
    "video", "audio", "source", "body", "html", "xml", "marquee", "bgsound", "details",
}  # fmt: skip
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "background"}
BAD_SCHEME = re.compile(r"^(javascript|vbscript|data|livescript):", re.IGNORECASE)


class Audit(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DANGEROUS_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.problems.append(f"{tag}[{name}]")
            if name in URL_ATTRIBUTES and value is not None:
                # Browsers ignore whitespace and control characters inside a scheme.
                squeezed = re.sub(r"[\x00-\x20]", "", value)
                if BAD_SCHEME.match(squeezed):
                    self.problems.append(f"{tag}[{name}={value!r}]")
            if tag == "a" and name == "href":
                rel = dict(attrs).get("rel") or ""
                if "nofollow" not in rel or "ugc" not in rel:
                    self.problems.append(f"a without rel=nofollow ugc: {attrs}")


def problems(html: str) -> list[str]:
    audit = Audit()
    audit.feed(html)
    audit.close()
    return audit.problems


def test_there_are_at_least_200_payloads() -> None:
    assert len(PAYLOADS) >= 200


def test_the_checker_catches_what_it_should() -> None:
    """Guard against a test that cannot fail."""
    assert problems('<a href=" jav\tascript:alert(1)" rel="nofollow ugc">x</a>')
    assert problems('<p onclick="x">x</p>')
    assert problems("<script>alert(1)</script>")


def test_each_payload_renders_safely_on_its_own() -> None:
    failures = {}
    for payload in PAYLOADS:
        found = problems(render_markdown(payload).html)
        if found:
            failures[payload] = found
    assert not failures


def test_all_payloads_posted_in_one_thread_render_a_safe_page(
    forum: ForumWorld, settings: object, client: object
) -> None:
    settings.FORUM_RATE_LIMITS = {"topic": (1000, 60), "reply": (1000, 60)}  # type: ignore[attr-defined]
    member = forum.world.user(Role.MEMBER_A)
    for payload in PAYLOADS:
        post = services.topic_reply(author=member, topic=forum.topic, body=payload)
        assert not problems(post.html), payload
    # All at once too, so multi-line constructs (code fences, reference links) meet.
    post = services.topic_reply(author=member, topic=forum.topic, body="\n".join(PAYLOADS))
    assert not problems(post.html)
    client.force_login(member)  # type: ignore[attr-defined]
    forum.topic.refresh_from_db()
    for page in range(1, forum.topic.last_number // 50 + 2):
        html = client.get(f"/forum/onderwerp/{forum.topic.pk}/?pagina={page}").content.decode()  # type: ignore[attr-defined]
        soup = BeautifulSoup(html, "html.parser")
        bodies = soup.select(".kennispunt-forum-post__body")
        assert bodies
        for body in bodies:
            assert not problems(body.decode_contents())
        # The page around the posts: our own forms and links, but still no script or handler.
        main = problems(str(soup.select_one("main")))
        assert not [p for p in main if p.startswith("<script") or "[on" in p or "[style" in p]
