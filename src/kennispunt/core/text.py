"""HTML to plain text: THE one place that turns markup into words.

Two kinds of HTML arrive here. Our own rich text (Wagtail's, clean) is read for search and
reading time by ``rich_text_words``, which is Wagtail's own ``get_text_for_indexing``. Anything
else (an e-mail we send as text next to its HTML, or a message someone sent us in HTML only,
however broken) goes through ``html_to_text``, which never raises.
"""

import logging
import re
import textwrap
from functools import partial
from html.parser import HTMLParser

from wagtail.rich_text import get_text_for_indexing

logger = logging.getLogger(__name__)

_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
}
_SKIP = {"script", "style", "head", "title"}


class _TextExtractor(HTMLParser):
    """Keeps the words and line breaks, drops scripts, styles and tags."""

    def __init__(self, *, links: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._links = links
        self._href: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")
        elif tag == "a":
            self._href.append(dict(attrs).get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skipping:
            self._skipping -= 1
        elif tag in _BLOCK:
            self.parts.append("\n")
        elif tag == "a" and self._href:
            href = self._href.pop()
            if self._links and href and not self._skipping:
                self.parts.append(f" ({href})")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str, *, links: bool = False, width: int | None = None) -> str:
    """Readable text of any HTML: one line per block, at most one blank line between blocks.

    ``links`` writes a link's address after its text: "site (https://...)". ``width`` makes
    e-mail text: every block a paragraph of its own, wrapped at that many characters.
    """
    parser = _TextExtractor(links=links)
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # a broken document still yields the text read so far
        logger.info("HTML could not be parsed completely")
    text = "".join(parser.parts)
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.splitlines()]
    if width is not None:
        paragraphs = [line for line in lines if line]
        # Never break inside a word: a link broken over two lines no longer works.
        fill = partial(textwrap.fill, width=width, break_on_hyphens=False, break_long_words=False)
        return "\n\n".join(fill(p) for p in paragraphs)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def rich_text_words(html: str) -> str:
    """The words of Wagtail rich text on one line, blocks apart ("a.</li><li>B" -> "a. B")."""
    return " ".join(get_text_for_indexing(html).split())
