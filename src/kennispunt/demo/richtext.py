"""Markdown of the demo content, turned into the rich text and body blocks the pages store.

Body conventions (content/README.md explains them to editors):
- ``## Tussenkop`` is a heading block.
- Paragraphs and lists between headings form one text block. A line ``---`` (a blank line
  above it) ends a text block, so the text after it starts a new one.
- A quote (``> ...``) is a tip-or-warning block (callout).
- A ``##`` heading followed directly by ``###`` questions is a question-and-answer block: each
  ``###`` line is a question and the text under it, up to the next ``###`` or ``##``, its answer.

Only what the rich-text editor of the knowledge base offers may appear inside text: bold,
italic, links and lists. Bold and italic come out as ``<b>`` and ``<i>``, as the editor itself
stores them, so demo pages look like pages an editor made.
"""

import html
from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

Block = tuple[str, Any]

TEXT_BLOCK_TOKENS = {
    "paragraph_open",
    "paragraph_close",
    "inline",
    "bullet_list_open",
    "bullet_list_close",
    "ordered_list_open",
    "ordered_list_close",
    "list_item_open",
    "list_item_close",
}
INLINE_TOKENS = {
    "text",
    "softbreak",
    "strong_open",
    "strong_close",
    "em_open",
    "em_close",
    "link_open",
    "link_close",
}


class MarkdownError(ValueError):
    """Markdown the pages cannot hold; the message names the line of the body."""

    def __init__(self, line: int, message: str):
        super().__init__(f"line {line}: {message}")


def _tag(name: str) -> Any:
    def rule(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return name

    return rule


def _text(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    # Quotes stay quotes: rich text from the editor does not escape them either.
    return html.escape(tokens[idx].content, quote=False)


def _parser() -> MarkdownIt:
    # HTML is parsed (not escaped into the text) only to be refused with its line.
    md = MarkdownIt("commonmark", {"html": True, "linkify": False, "typographer": False})
    md.add_render_rule("strong_open", _tag("<b>"))
    md.add_render_rule("strong_close", _tag("</b>"))
    md.add_render_rule("em_open", _tag("<i>"))
    md.add_render_rule("em_close", _tag("</i>"))
    md.add_render_rule("softbreak", _tag(" "))
    md.add_render_rule("text", _text)
    return md


_md = _parser()


def _line(token: Token, offset: int) -> int:
    return (token.map[0] if token.map else 0) + 1 + offset


def _check_text(tokens: Sequence[Token], offset: int) -> None:
    line = offset + 1
    for token in tokens:
        line = _line(token, offset) if token.map else line
        if token.type not in TEXT_BLOCK_TOKENS:
            raise MarkdownError(line, f"{_describe(token)} cannot be used here")
        for child in token.children or ():
            if child.type not in INLINE_TOKENS:
                raise MarkdownError(line, f"{_describe(child)} cannot be used in text")


def _describe(token: Token) -> str:
    if token.type == "heading_open":
        return f"a heading {'#' * int(token.tag[1:])}"
    names = {
        "blockquote_open": "a quote (>)",
        "hr": "a line ---",
        "image": "an image",
        "code_inline": "code (`)",
        "fence": "a code block",
        "code_block": "an indented code block",
        "hardbreak": "a hard line break",
        "html_block": "HTML",
        "html_inline": "HTML",
    }
    return names.get(token.type, token.type)


def _render(tokens: Sequence[Token], offset: int) -> str:
    _check_text(tokens, offset)
    # Block tags end in newlines; the stored rich text has none, and text holds none either.
    return _md.renderer.render(tokens, _md.options, {}).replace("\n", "")


def _plain(inline: Token, offset: int) -> str:
    parts = []
    for child in inline.children or ():
        if child.type == "text":
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        else:
            raise MarkdownError(_line(inline, offset), "a heading is plain text, without markup")
    return "".join(parts).strip()


def rich_text(text: str, *, offset: int = 0) -> str:
    """One piece of rich text: paragraphs, lists, bold, italic and links."""
    return _render(_md.parse(text), offset)


def body_blocks(text: str, *, offset: int = 0) -> tuple[Block, ...]:
    """The body of an article, lesson or news item as StreamField blocks (see module docstring).

    ``offset`` is the number of file lines above the body, so errors name the file's line.
    """
    tokens = _md.parse(text)
    blocks: list[Block] = []
    pending: list[Token] = []

    def flush() -> None:
        if pending:
            blocks.append(("paragraph", _render(pending, offset)))
            pending.clear()

    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.level != 0:
            pending.append(token)
            i += 1
        elif token.type == "heading_open" and token.tag == "h2":
            flush()
            title = _plain(tokens[i + 1], offset)
            i += 3
            if i < len(tokens) and tokens[i].type == "heading_open" and tokens[i].tag == "h3":
                faq, i = _faq(tokens, i, offset)
                blocks.append(("faq", {"heading": title, "items": faq}))
            else:
                blocks.append(("heading", title))
        elif token.type == "heading_open":
            raise MarkdownError(
                _line(token, offset),
                f"{_describe(token)}: use ## for a heading, and ### only for the questions "
                "right under a ## heading",
            )
        elif token.type == "blockquote_open":
            flush()
            end = _closing(tokens, i)
            blocks.append(("callout", _render(tokens[i + 1 : end], offset)))
            i = end + 1
        elif token.type == "hr":
            flush()
            i += 1
        else:
            pending.append(token)
            i += 1
    flush()
    return tuple(blocks)


def _faq(tokens: list[Token], i: int, offset: int) -> tuple[list[dict[str, str]], int]:
    items = []
    while i < len(tokens) and tokens[i].type == "heading_open" and tokens[i].tag == "h3":
        question = _plain(tokens[i + 1], offset)
        i += 3
        start = i
        while i < len(tokens) and not (tokens[i].level == 0 and tokens[i].type == "heading_open"):
            i += 1
        if start == i:
            raise MarkdownError(_line(tokens[start - 3], offset), "this question has no answer")
        items.append({"question": question, "answer": _render(tokens[start:i], offset)})
    return items, i


def _closing(tokens: list[Token], i: int) -> int:
    level = tokens[i].level
    close = tokens[i].type.replace("_open", "_close")
    return next(
        j for j in range(i + 1, len(tokens)) if tokens[j].type == close and tokens[j].level == level
    )
