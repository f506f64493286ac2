"""The Markdown conventions of the demo content, turned into knowledge-base blocks."""

import pytest

from kennispunt.demo.richtext import MarkdownError, body_blocks, rich_text


def test_headings_text_callouts_and_questions_become_blocks() -> None:
    text = """Opening, with a [link](https://www.kvk.nl/).

## Stap voor stap

1. **Kies** een *naam*.
2. Ga naar de notaris.

Daarna "meer" tekst & uitleg.

---

Een tweede tekstblok.

> **Let op:** op tijd
> beginnen.

## Veelgestelde vragen

### Mag dat?

Ja.

### En dit?

- Ook.
"""
    assert body_blocks(text) == (
        ("paragraph", '<p>Opening, with a <a href="https://www.kvk.nl/">link</a>.</p>'),
        ("heading", "Stap voor stap"),
        (
            "paragraph",
            "<ol><li><b>Kies</b> een <i>naam</i>.</li><li>Ga naar de notaris.</li></ol>"
            '<p>Daarna "meer" tekst &amp; uitleg.</p>',
        ),
        ("paragraph", "<p>Een tweede tekstblok.</p>"),
        ("callout", "<p><b>Let op:</b> op tijd beginnen.</p>"),
        (
            "faq",
            {
                "heading": "Veelgestelde vragen",
                "items": [
                    {"question": "Mag dat?", "answer": "<p>Ja.</p>"},
                    {"question": "En dit?", "answer": "<ul><li>Ook.</li></ul>"},
                ],
            },
        ),
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# Titel", "line 11: a heading #: use ## for a heading"),
        ("Tekst\n\n### Vraag?\n\nAntwoord", "line 13: a heading ###"),
        ("## Vragen\n\n### Vraag?\n\n## Volgende", "line 13: this question has no answer"),
        ("Zie ![foto](a.png)", "line 11: an image cannot be used in text"),
        ("Typ `code`", "line 11: code (`) cannot be used in text"),
        ("```\ncode\n```", "line 11: a code block cannot be used here"),
        ("## Kop met **vet**", "line 11: a heading is plain text"),
        ("Een <b>vet</b> woord", "line 11: HTML cannot be used in text"),
        ("<div>\nblok\n</div>", "line 11: HTML cannot be used here"),
        ("## V\n\n### Vraag?\n\n> citaat", "line 15: a quote (>) cannot be used here"),
    ],
)
def test_what_the_editor_cannot_show_is_refused_with_its_line(text: str, message: str) -> None:
    with pytest.raises(MarkdownError) as error:
        body_blocks(text, offset=10)
    assert str(error.value).startswith(message)


def test_rich_text_keeps_paragraphs_and_lists() -> None:
    assert rich_text("Een\nzin.\n\n- a\n- b") == "<p>Een zin.</p><ul><li>a</li><li>b</li></ul>"
