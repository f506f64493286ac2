import pytest

from kennispunt.search.text import fold, query_words, stem_text, stems, words


def test_fold_lowercases_and_strips_accents() -> None:
    assert fold("Financiën CAFÉ Één") == "financien cafe een"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("verkiezingen", "verkiezing"),
        ("vrijwilligers", "vrijwilliger"),
        ("financien", "Financiën"),
        ("financiële", "financiele"),
        ("partijen", "partij"),
    ],
)
def test_forms_share_a_stem(a: str, b: str) -> None:
    assert stems(a) == stems(b)


def test_words_drop_punctuation_and_fts_syntax() -> None:
    assert words('"raad" OR (partij* -x') == ["raad", "or", "partij", "x"]
    assert words("***  ()") == []


def test_stem_text_is_space_separated() -> None:
    assert stem_text("De verkiezingen, de vrijwilligers!") == "de verkies de vrijwil"


def test_query_words_leave_out_stop_words_unless_nothing_else_is_left() -> None:
    assert query_words("Mag een wethouder op onze kandidatenlijst?") == [
        "mag",
        "wethouder",
        "onze",
        "kandidatenlijst",
    ]
    assert query_words("de of het") == ["de", "of", "het"]
