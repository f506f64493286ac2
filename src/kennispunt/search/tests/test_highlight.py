from kennispunt.search.highlight import plain_text, snippet


def test_stem_match_marks_the_other_form() -> None:
    result = snippet("<p>Alles over de verkiezing in maart.</p>", "verkiezingen")
    assert result == "Alles over de <mark>verkiezing</mark> in maart."


def test_accents_are_ignored_both_ways() -> None:
    assert snippet("De financiën van de partij", "financien") == (
        "De <mark>financiën</mark> van de partij"
    )
    assert snippet("De financien van de partij", "Financiën") == (
        "De <mark>financien</mark> van de partij"
    )


def test_multiple_terms_are_all_marked() -> None:
    result = snippet("Vrijwilligers helpen bij de verkiezing.", "vrijwilliger verkiezingen")
    assert result == "<mark>Vrijwilligers</mark> helpen bij de <mark>verkiezing</mark>."


def test_script_in_text_is_stripped_and_escaped_text_stays_escaped() -> None:
    text = "<script>alert('x')</script><p>Zie &lt;script&gt; bij de verkiezing</p>"
    result = snippet(text, "verkiezing")
    assert "<script>" not in result
    assert "alert" not in result
    assert result == "Zie &lt;script&gt; bij de <mark>verkiezing</mark>"


def test_script_in_query_is_not_injected() -> None:
    result = snippet("Een tekst over de verkiezing", '<script>alert("x")</script> verkiezing')
    assert "<script" not in result
    assert result == "Een tekst over de <mark>verkiezing</mark>"


def test_long_text_is_cut_around_the_first_match_with_ellipses() -> None:
    before = " ".join(["aanloop"] * 100)
    after = " ".join(["uitloop"] * 100)
    result = snippet(f"<p>{before} De verkiezing van de gemeenteraad. {after}</p>", "verkiezingen")
    assert result.startswith("…aanloop")
    assert result.endswith("uitloop…")
    assert "<mark>verkiezing</mark>" in result
    assert 150 <= len(result.replace("<mark>", "").replace("</mark>", "")) <= 210
    # Cut between words, never inside one.
    assert "aanloop aanloop" in result
    assert " aanlo " not in result


def test_without_a_match_the_start_of_the_text_is_returned() -> None:
    text = " ".join(["woord"] * 100)
    result = snippet(text, "verkiezing", length=50)
    assert result.startswith("woord woord")
    assert result.endswith("…")
    assert "<mark>" not in result


def test_empty_text_and_empty_query() -> None:
    assert snippet("", "verkiezing") == ""
    assert snippet("<p></p>", "verkiezing") == ""
    assert snippet("Korte tekst", "") == "Korte tekst"


def test_plain_text_separates_blocks_and_decodes_entities() -> None:
    assert plain_text("<h2>Kop</h2><p>Eerste&nbsp;alinea &amp; meer</p><p>Tweede</p>") == (
        "Kop Eerste alinea & meer Tweede"
    )
