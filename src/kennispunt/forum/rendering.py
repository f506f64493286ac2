"""Markdown to safe HTML, done once when a post is saved.

markdown-it-py (CommonMark, raw HTML off) renders; nh3 then keeps only an allow-list of tags,
attributes and URL schemes and gives every link rel="nofollow ugc". @mentions of existing handles
become links to nothing but a highlighted name. Bare addresses become links too: full URLs
(``https://...``) and the site's own paths (``/kennis/...``). Links to the site's pages get a card
below the post, built from the page's own title and introduction (plain text, escaped, never from
the post).
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import nh3
from django.conf import settings
from django.utils.html import format_html, format_html_join
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

MENTION_RE = re.compile(r"(?<![\w@/])@([a-z0-9][a-z0-9-]{1,39})", re.IGNORECASE)
# A bare address in the text: a full http(s) URL, or a site path of at least one folder
# ("/kennis/", "/kennis/artikel"), not part of a word, a fraction ("1/2") or "en/of".
BARE_LINK_RE = re.compile(
    r"(?<![\w/.:@-])(?:https?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]|/[\w-]+/(?:[\w.-]+/)*[\w.-]*)",
    re.IGNORECASE,
)

ALLOWED_TAGS = {
    "p", "br", "hr", "strong", "em", "del", "s", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",
    "span",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}, "th": {"align"}, "td": {"align"}}
ALLOWED_CLASSES = {"span": {"kennispunt-mention"}}
URL_SCHEMES = {"http", "https", "mailto"}


@dataclass(frozen=True)
class PageCard:
    title: str
    url: str
    intro: str


@dataclass
class Rendered:
    html: str
    mentioned_handles: set[str] = field(default_factory=set)
    linked_paths: list[str] = field(default_factory=list)


def _autolinks_rule(state: StateCore) -> None:
    """Turn bare URLs and site paths in plain text (not in code or links) into links."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        children: list[Token] = []
        in_link = 0
        for token in block.children:
            if token.type == "link_open":
                in_link += 1
            elif token.type == "link_close":
                in_link -= 1
            if token.type != "text" or in_link or "/" not in token.content:
                children.append(token)
                continue
            position = 0
            for match in BARE_LINK_RE.finditer(token.content):
                address = match.group(0).rstrip(".")
                end = match.start() + len(address)
                before = Token("text", "", 0, content=token.content[position : match.start()])
                opening = Token("link_open", "a", 1, attrs={"href": address})
                children += [before, opening, Token("text", "", 0, content=address)]
                children.append(Token("link_close", "a", -1))
                position = end
            children.append(Token("text", "", 0, content=token.content[position:]))
        block.children = children


def _site_host() -> str:
    return urlsplit(str(getattr(settings, "SITE_URL", ""))).netloc.lower()


def _mentions_rule(state: StateCore) -> None:
    """Turn ``@handle`` in plain text (not in code or links) into a highlighted span."""
    known: set[str] = state.env.get("handles", set())
    found: set[str] = state.env.setdefault("mentioned", set())
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        children: list[Token] = []
        in_link = 0
        for token in block.children:
            if token.type == "link_open":
                in_link += 1
            elif token.type == "link_close":
                in_link -= 1
            if token.type != "text" or in_link or "@" not in token.content:
                children.append(token)
                continue
            position = 0
            for match in MENTION_RE.finditer(token.content):
                handle = match.group(1).lower()
                if handle not in known:
                    continue
                found.add(handle)
                before = Token("text", "", 0, content=token.content[position : match.start()])
                opening = Token("span_open", "span", 1, attrs={"class": "kennispunt-mention"})
                name = Token("text", "", 0, content=f"@{handle}")
                children += [before, opening, name, Token("span_close", "span", -1)]
                position = match.end()
            children.append(Token("text", "", 0, content=token.content[position:]))
        block.children = children


def _links_rule(state: StateCore) -> None:
    """Collect the site paths that links point to (for the cards): relative links and full
    URLs of the site itself."""
    paths: list[str] = state.env.setdefault("paths", [])
    host = _site_host()
    for block in state.tokens:
        for token in block.children or ():
            if token.type == "link_open":
                href = str(token.attrGet("href") or "")
                parts = urlsplit(href)
                own = not parts.netloc or (
                    parts.scheme in ("http", "https") and parts.netloc.lower() == host
                )
                if own and parts.path.startswith("/") and not parts.path.startswith("//"):
                    path = parts.path if parts.path.endswith("/") else f"{parts.path}/"
                    if path not in paths:
                        paths.append(path)


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.core.ruler.push("kennispunt_autolinks", _autolinks_rule)
    md.core.ruler.push("kennispunt_mentions", _mentions_rule)
    md.core.ruler.push("kennispunt_links", _links_rule)
    return md


_md = _parser()


def candidate_handles(text: str) -> set[str]:
    return {match.group(1).lower() for match in MENTION_RE.finditer(text)}


def sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow ugc",
        strip_comments=True,
    )


def render_cards(cards: Iterable[PageCard]) -> str:
    cards = list(cards)
    if not cards:
        return ""
    items = format_html_join(
        "",
        '<li class="kennispunt-card"><a class="utrecht-link" href="{}">{}</a>'
        '<p class="utrecht-paragraph">{}</p></li>',
        ((card.url, card.title, card.intro) for card in cards),
    )
    return str(
        format_html('<ul class="kennispunt-card-list kennispunt-forum-cards">{}</ul>', items)
    )


def render_markdown(
    text: str, *, handles: set[str] | None = None, cards: dict[str, PageCard] | None = None
) -> Rendered:
    """Render ``text``. ``handles``: the existing member handles it may mention; ``cards``:
    knowledge-base pages by path, to show as cards for the links that point to them."""
    env: dict[str, Any] = {"handles": handles or set()}
    html = sanitise(_md.render(text, env))
    paths = env.get("paths", [])
    linked = [cards[path] for path in paths if cards and path in cards]
    return Rendered(
        html=html + render_cards(linked),
        mentioned_handles=set(env.get("mentioned", set())),
        linked_paths=paths,
    )


def link_paths(text: str) -> list[str]:
    env: dict[str, Any] = {}
    _md.parse(text, env)
    return env.get("paths", [])


def quote_markdown(text: str, handle: str) -> str:
    """The Markdown a reply starts with when a member quotes a post."""
    quoted = "\n".join(f"> {line}" if line else ">" for line in text.strip().splitlines())
    return f"@{handle}:\n{quoted}\n\n" if handle else f"{quoted}\n\n"
