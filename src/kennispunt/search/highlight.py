"""Search-result snippets: an excerpt of a text around the first match, matches in ``<mark>``.

A word matches when its Snowball stem equals the stem of a query word, after lower-casing and
stripping accents (see :mod:`kennispunt.search.text`): the query "verkiezingen" marks
"verkiezing", "financien" marks "Financiën". This mirrors what the search backends match on, so
the snippet is made from the page's own fields, not from the (stemmed) search index.
"""

import re
import unicodedata
from functools import lru_cache
from html.parser import HTMLParser

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .text import WORD_RE, fold, stem, stems

ELLIPSIS = "…"

# Elements whose boundaries separate words: "<p>a</p><p>b</p>" is "a b", not "ab".
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 "
    "h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
# Elements whose content is not text a reader sees.
_SKIP_TAGS = frozenset({"script", "style", "template", "noscript"})


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def plain_text(html: str) -> str:
    """The visible text of an HTML fragment, entities decoded, whitespace collapsed."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = unicodedata.normalize("NFC", "".join(parser.parts))
    return " ".join(text.split())


@lru_cache(maxsize=50_000)
def _word_stem(word: str) -> str:
    """The stem of a word as it appears in a text. Cached: a page of results has thousands of
    words but few distinct ones, and folding (Unicode decomposition) costs more than stemming."""
    return stem(fold(word))


def _is_match(word: str, query_stems: frozenset[str]) -> bool:
    return _word_stem(word) in query_stems


def snippet(text: str, query: str, *, length: int = 200) -> SafeString:
    """An HTML-safe excerpt of about ``length`` characters of ``text`` around the first match.

    ``text`` may be HTML (tags are stripped); matches of ``query`` words are wrapped in
    ``<mark>``; "…" marks where the text was cut. Without a match, the excerpt is the start of
    the text.
    """
    text = plain_text(text)
    if not text:
        return SafeString("")
    query_stems = frozenset(stems(query))
    matches = [m for m in WORD_RE.finditer(text) if _is_match(m.group(), query_stems)]

    start, end = _window(text, matches[0] if matches else None, length)

    parts: list[str] = [ELLIPSIS] if start > 0 else []
    position = start
    for match in matches:
        if match.start() < start or match.end() > end:
            continue
        parts.append(escape(text[position : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    parts.append(escape(text[position:end]))
    if end < len(text):
        parts.append(ELLIPSIS)
    # Every piece of text above went through escape(); the only markup is our own <mark>.
    return mark_safe("".join(parts))  # noqa: S308


def _window(text: str, match: re.Match[str] | None, length: int) -> tuple[int, int]:
    """Start and end of the excerpt: about ``length`` characters, cut between words."""
    length = max(length, 1)
    if len(text) <= length:
        return 0, len(text)
    if match is None:
        start = 0
    else:
        # Put the match about a third into the excerpt: some context before, more after.
        start = max(0, min(match.start() - length // 3, len(text) - length))
    end = min(len(text), start + length)
    if match is not None:
        end = max(end, match.end())  # Never cut the match itself.

    # Move the cuts to word boundaries (inwards), unless that would lose the whole excerpt.
    if start > 0 and not text[start - 1].isspace():
        space = text.find(" ", start, match.start() if match else end)
        if space != -1:
            start = space + 1
    if end < len(text) and not text[end].isspace():
        space = text.rfind(" ", match.end() if match else start, end)
        if space != -1:
            end = space
    if start < end and text[start].isspace():
        start += 1
    if start < end and text[end - 1].isspace():
        end -= 1
    return start, end
