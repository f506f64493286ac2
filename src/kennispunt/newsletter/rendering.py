"""One issue → sections → web page, HTML e-mail (inline CSS, tables) and plain text.

The e-mail is rendered once per send with a placeholder where the personal unsubscribe link
goes; the sender only replaces that placeholder per recipient. A newsletter is bulk mail
(``mailings``), so it has its own renderer rather than ``core.mail``, but it uses the same
links (``core.links``) and the same rule: rendered in the site language.
"""

import re
from typing import Any

import css_inline
import nh3
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


def issue_render(page: Any, sections: list[dict[str, Any]] | None = None) -> RenderedMessage:
    """The issue as e-mail, in the site language whatever the editor's interface language.
    With ``sections`` (from ``issue_sections``) the same content as the archive version."""
    with translation.override(settings.LANGUAGE_CODE):
        return _issue_render(page, issue_sections(page) if sections is None else sections)


# What the stored archive version may contain: the markup of the sections template and of
# rich text, nothing that runs or loads.
_WEB_TAGS = {"section", "div", "h2", "h3", "h4", "p", "ul", "ol", "li", "a", "strong", "em"}
_WEB_TAGS |= {"b", "i", "br", "blockquote"}
_WEB_ATTRIBUTES = {"*": {"class"}, "a": {"href"}}


def issue_web_html(sections: list[dict[str, Any]]) -> str:
    """The archive page's content for these sections, sanitised, to store when sending."""
    with translation.override(settings.LANGUAGE_CODE):
        html = render_to_string("newsletter/includes/issue_sections.html", {"sections": sections})
    return nh3.clean(
        html,
        tags=_WEB_TAGS,
        attributes=_WEB_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel=None,
        strip_comments=True,
    )


def _issue_render(page: Any, sections: list[dict[str, Any]]) -> RenderedMessage:
    context = {
        "page": page,
        "sections": sections,
        "web_url": absolute_url(page.url or ""),
        "archive_url": absolute_url(page.get_parent().url or ""),
        "unsubscribe_url": UNSUBSCRIBE_PLACEHOLDER,
    }
    html = render_to_string("newsletter/email/issue.html", context)
    text = render_to_string("newsletter/email/issue.txt", context)
    plain = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return RenderedMessage(subject=page.title, html_body=_inliner.inline(html), text_body=plain)
