"""What a feature hands the sender: one rendered message, and helpers to make it.

A feature renders its message once, with ``UNSUBSCRIBE_PLACEHOLDER`` where the personal
unsubscribe link goes; the sender only replaces that placeholder per recipient. Links must be
absolute, because the message is read outside the site.
"""

import re
from dataclasses import dataclass

from kennispunt.core.links import absolute_url

UNSUBSCRIBE_PLACEHOLDER = "KENNISPUNT-UNSUBSCRIBE-URL"
_HREF = re.compile(r'(href|src)="(/[^"]*)"')


@dataclass(frozen=True)
class RenderedMessage:
    subject: str
    html_body: str
    text_body: str
    placeholder: str = UNSUBSCRIBE_PLACEHOLDER


def absolute_html(html: str) -> str:
    """Every site-relative ``href``/``src`` made absolute (``core.links.absolute_url``)."""
    return _HREF.sub(lambda m: f'{m.group(1)}="{absolute_url(m.group(2))}"', html)
