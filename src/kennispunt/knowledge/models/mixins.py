"""What every knowledge page shares: breadcrumbs, reading time and a table of contents."""

import math
from typing import Any

from django.utils.text import slugify

from kennispunt.core.text import rich_text_words
from kennispunt.pages.models import BreadcrumbsMixin

WORDS_PER_MINUTE = 200


def stream_text(body: Any) -> str:
    """All readable text of a StreamField body, for reading time and search snippets."""
    parts: list[str] = []
    for block in body or []:
        value = block.value
        if block.block_type == "faq":
            parts.append(value.get("heading") or "")
            for item in value["items"]:
                parts.extend([item["question"], rich_text_words(item["answer"].source)])
        elif block.block_type == "download":
            parts.append(value.get("description") or "")
        elif hasattr(value, "source"):
            parts.append(rich_text_words(value.source))
        elif isinstance(value, str):
            parts.append(value)
    return " ".join(p for p in parts if p)


def heading_anchor(text: str) -> str:
    return slugify(text)[:60] or "kop"


class ReadingMixin(BreadcrumbsMixin):
    """For pages with ``intro`` and a StreamField ``body``."""

    def reading_minutes(self) -> int:
        page: Any = self
        words = len(f"{page.intro} {stream_text(page.body)}".split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def table_of_contents(self) -> list[dict[str, str]]:
        page: Any = self
        return [
            {"title": block.value, "anchor": heading_anchor(block.value)}
            for block in page.body or []
            if block.block_type == "heading"
        ]
