"""What a feature hands the sender: one rendered message, and helpers to make it.

A feature renders its message once, with ``UNSUBSCRIBE_PLACEHOLDER`` where the personal
unsubscribe link goes; the sender only replaces that placeholder per recipient. Links must be
absolute, because the message is read outside the site.
"""

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from django.conf import settings

UNSUBSCRIBE_PLACEHOLDER = "KENNISPUNT-UNSUBSCRIBE-URL"
_HREF = re.compile(r'(href|src)="(/[^"]*)"')


@dataclass(frozen=True)
class RenderedMessage:
    subject: str
    html_body: str
    text_body: str
    placeholder: str = UNSUBSCRIBE_PLACEHOLDER


def absolute(url: str) -> str:
    return urljoin(settings.SITE_URL.rstrip("/") + "/", url) if url else ""


def absolute_html(html: str) -> str:
    return _HREF.sub(lambda m: f'{m.group(1)}="{absolute(m.group(2))}"', html)
