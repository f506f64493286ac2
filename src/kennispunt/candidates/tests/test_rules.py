"""Each list rule pinned to its article: the checks say what is wrong, in Dutch, per person."""

from kennispunt.candidates import rules
from kennispunt.candidates.rules import Entry, check_list


def entry(pk: int, **extra: object) -> Entry:
    fields: dict = {
        "surname": f"Jansen{pk}",
        "initials": "A.",
        "residence": "Amersfoort",
        "consent_received": True,
        "id_copy_received": True,
    }
    fields.update(extra)
    return Entry(pk=pk, **fields)


def keys(problems: list[rules.Problem]) -> list[str]:
    return [p.rule.key for p in problems]


def check(entries: list[Entry], seats: int | None = None) -> list[rules.Problem]:
    return check_list(entries, seats_last_time=seats, submitter="P. de Vries", agent="J. Smit")


def test_every_rule_names_its_article_and_source() -> None:
    assert rules.RULES["max_candidates"].article == "Kieswet art. H 6"
    assert rules.RULES["consent"].article == "Kieswet art. H 9"
    for rule in rules.RULES.values():
        assert rule.article.startswith("Kieswet art.")
        assert "kiesraad.nl" in rule.source


def test_a_complete_list_has_no_problems() -> None:
    assert check([entry(1), entry(2)]) == []


def test_max_50_names_or_80_after_more_than_15_seats_art_h6() -> None:
    assert rules.max_candidates(None) == 50
    assert rules.max_candidates(15) == 50
    assert rules.max_candidates(16) == 80
    fifty_one = [entry(i) for i in range(51)]
    problems = check(fifty_one, seats=15)
    assert keys(problems) == ["max_candidates"]
    assert "51 kandidaten" in problems[0].message and "50" in problems[0].message
    assert check(fifty_one, seats=16) == []
    assert keys(check([entry(i) for i in range(81)], seats=20)) == ["max_candidates"]


def test_an_empty_list_is_not_ready() -> None:
    assert keys(check([])) == ["max_candidates"]


def test_name_format_surname_initials_residence() -> None:
    assert rules.name_on_list(entry(1, surname="de Vries", initials="A.B.", first_name="Anna")) == (
        "de Vries, A.B. (Anna) (Amersfoort)"
    )
    problems = check([entry(1, residence="")])
    assert keys(problems) == ["name_format"]
    assert "woonplaats" in problems[0].message and problems[0].candidate_pk == 1
    assert keys(check([entry(1, initials="ab")])) == ["name_format"]
    assert keys(check([entry(1, initials="A.B.")])) == []


def test_a_duplicate_is_flagged_for_both_entries() -> None:
    problems = check([entry(1, surname="Bakker"), entry(2, surname="Bakker")])
    assert keys(problems) == ["duplicate", "duplicate"]
    assert {p.candidate_pk for p in problems} == {1, 2}
    # Same surname, other initials: two people.
    assert check([entry(1, surname="Bakker"), entry(2, surname="Bakker", initials="B.")]) == []


def test_a_candidate_on_another_list_in_the_municipality() -> None:
    problems = check([entry(1, on_other_list="Dorpspartij B")])
    assert keys(problems) == ["two_lists"]
    assert "Dorpspartij B" in problems[0].message


def test_missing_h9_consent_and_id_copy_art_h9() -> None:
    problems = check([entry(1, consent_received=False, id_copy_received=False)])
    assert keys(problems) == ["consent", "consent"]
    assert "instemmingsverklaring (H 9)" in problems[0].message
    assert "identiteitsbewijs" in problems[1].message


def test_submitter_and_agent_are_named() -> None:
    problems = check_list([entry(1)], seats_last_time=None, submitter="", agent=" ")
    assert keys(problems) == ["submitter", "submitter"]
    assert "lijstinleveraar" in problems[0].message
    assert "gemachtigde" in problems[1].message
