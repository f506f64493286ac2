"""What a feature hands the sender: one rendered message, and helpers to make it.

A feature renders its message once, with ``UNSUBSCRIBE_PLACEHOLDER`` where the personal
unsubscribe link goes; the sender only replaces that placeholder per recipient. Links must be
absolute, because the message is read outside the site.
"""

import re
import textwrap
from dataclasses import dataclass

from django.utils.html import strip_tags

from kennispunt.core.links import absolute_url

UNSUBSCRIBE_PLACEHOLDER = "KENNISPUNT-UNSUBSCRIBE-URL"
_HREF = re.compile(r'(href|src)="(/[^"]*)"')
_BLOCK_END = re.compile(r"</(p|li|h[1-6]|ul|ol)>|<br\s*/?>", re.I)


@dataclass(frozen=True)
class RenderedMessage:
    subject: str
    html_body: str
    text_body: str
    placeholder: str = UNSUBSCRIBE_PLACEHOLDER


def absolute_html(html: str) -> str:
    """Every site-relative ``href``/``src`` made absolute (``core.links.absolute_url``)."""
    return _HREF.sub(lambda m: f'{m.group(1)}="{absolute_url(m.group(2))}"', html)


def html_to_text(html: str) -> str:
    """Readable plain text of rich text: paragraphs as blank-line separated blocks, links kept."""
    html = re.sub(
        r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', lambda m: f"{m.group(2)} ({m.group(1)})", html
    )
    html = re.sub(r"<li[^>]*>", "- ", html, flags=re.I)
    text = strip_tags(_BLOCK_END.sub("\n", html))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    paragraphs = [line for line in lines if line]
    return "\n\n".join(textwrap.fill(p, 72, break_on_hyphens=False) for p in paragraphs)
