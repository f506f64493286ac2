"""One issue → sections → web page, HTML e-mail (inline CSS, tables) and plain text.

The e-mail is rendered once per send with a placeholder where the personal unsubscribe link
goes; the sender only replaces that placeholder per recipient. A newsletter is bulk mail
(``mailings``), so it has its own renderer rather than ``core.mail``, but it uses the same
links (``core.links``) and the same rule: rendered in the site language.
"""

import re
from typing import Any

import css_inline
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.rich_text import expand_db_html

from kennispunt.core import announcements
from kennispunt.core.links import absolute_url
from kennispunt.core.text import html_to_text
from kennispunt.mailings.content import (
    UNSUBSCRIBE_PLACEHOLDER,
    RenderedMessage,
    absolute_html,
)

PREVIEW_UNSUBSCRIBE_URL = "#afmelden-voorbeeld"


def upcoming_trainings(limit: int) -> list[dict[str, str]]:
    """The next training sessions, from whichever app announces "trainings" (the trainings app)."""
    return [
        {"title": item.title, "url": absolute_url(item.url), "meta": item.meta}
        for item in announcements.upcoming("trainings", limit=limit)
    ]


def _section(block: Any) -> dict[str, Any] | None:
    value = block.value
    kind = block.block_type
    if kind == "intro":
        html = absolute_html(expand_db_html(value.source))
        return {"kind": "text", "html": html, "text": html_to_text(html, links=True, width=72)}
    if kind == "articles":
        items = [
            {"title": page.title, "url": absolute_url(page.url or ""), "text": page.specific.intro}
            for page in value["articles"]
            if page is not None and page.live
        ]
        return {"kind": "list", "heading": value["heading"], "items": items} if items else None
    if kind == "trainings":
        items = [
            {"title": item["title"], "url": item["url"], "meta": item["when"]}
            for item in value["chosen"]
        ]
        if value["automatic"]:
            items += upcoming_trainings(value["limit"] or 5)
        return {"kind": "list", "heading": value["heading"], "items": items} if items else None
    if kind == "news":
        items = [
            {"title": item["title"], "url": item["url"], "text": item["text"]}
            for item in value["items"]
        ]
        return {"kind": "list", "heading": value["heading"], "items": items} if items else None
    if kind == "cta":
        return {
            "kind": "cta",
            "text": value["text"],
            "button_label": value["button_label"],
            "url": value["url"],
        }
    return None


def issue_sections(page: Any) -> list[dict[str, Any]]:
    return [s for s in (_section(block) for block in page.body) if s is not None]


_inliner = css_inline.CSSInliner(keep_style_tags=True, load_remote_stylesheets=False)


def issue_render(page: Any) -> RenderedMessage:
    """The issue as e-mail, in the site language whatever the editor's interface language."""
    with translation.override(settings.LANGUAGE_CODE):
        return _issue_render(page)


def _issue_render(page: Any) -> RenderedMessage:
    context = {
        "page": page,
        "sections": issue_sections(page),
        "web_url": absolute_url(page.url or ""),
        "archive_url": absolute_url(page.get_parent().url or ""),
        "unsubscribe_url": UNSUBSCRIBE_PLACEHOLDER,
    }
    html = render_to_string("newsletter/email/issue.html", context)
    text = render_to_string("newsletter/email/issue.txt", context)
    plain = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return RenderedMessage(subject=page.title, html_body=_inliner.inline(html), text_body=plain)
