"""The one HTML-to-text helper: any HTML, never raising; and Wagtail's words of rich text."""

from kennispunt.core.text import html_to_text, rich_text_words

EMAIL = (
    "<html><head><title>Nieuwsbrief</title><style>p { color: red }</style></head><body>"
    '<h1>Kop</h1><p>Lees <a href="https://kennispunt.nl/kennis/">de kennisbank</a> &amp; meer.</p>'
    "<ul><li>een</li><li>twee</li></ul><script>alert(1)</script></body></html>"
)


def test_any_html_gives_its_words_per_block_without_styles_or_scripts() -> None:
    assert html_to_text(EMAIL) == "Kop\n\nLees de kennisbank & meer.\n\n- een\n\n- twee"


def test_mail_text_keeps_link_addresses_and_wraps_each_block_as_a_paragraph() -> None:
    text = html_to_text(EMAIL, links=True, width=30)
    assert text.split("\n\n") == [
        "Kop",
        "Lees de kennisbank\n(https://kennispunt.nl/kennis/)\n& meer.",
        "- een",
        "- twee",
    ]


def test_broken_html_still_gives_the_text_read_so_far() -> None:
    assert html_to_text("<p>Hallo <b>wereld</p><div><<<") == "Hallo wereld\n\n<<<"


def test_rich_text_words_are_one_line_with_blocks_apart() -> None:
    html = "<h2>Stappen</h2><ol><li>Eerst.</li><li>Dan&nbsp;dit.</li></ol><p>Klaar<br/>nu</p>"
    assert rich_text_words(html) == "Stappen Eerst. Dan dit. Klaar nu"
