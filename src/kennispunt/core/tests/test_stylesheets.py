"""Our stylesheets hold no rule left open: an unclosed "{" silently swallows every rule after it
(a merge once left four, and the forum, helpdesk and phone-layout rules stopped applying)."""

from pathlib import Path

import pytest
import tinycss2
from django.conf import settings

STYLESHEETS = sorted((Path(settings.PACKAGE_DIR) / "static" / "kennispunt" / "css").glob("*.css"))


def _nested_blocks(rules: list, where: str) -> list[str]:
    found = []
    for rule in rules:
        if rule.type == "error":
            found.append(f"{where}: {rule.message}")
        elif rule.type == "qualified-rule":
            selector = tinycss2.serialize(rule.prelude).strip()
            if any(token.type == "{} block" for token in rule.content):
                found.append(f"{where}: a rule inside {selector!r} (a missing '}}'?)")
        elif rule.type == "at-rule" and rule.content is not None and rule.at_keyword == "media":
            inner = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
            found += _nested_blocks(inner, f"{where} @media")
    return found


def test_stylesheets_are_found() -> None:
    assert {path.name for path in STYLESHEETS} >= {"site.css", "theme.css"}


@pytest.mark.parametrize("path", STYLESHEETS, ids=lambda path: path.name)
def test_no_rule_is_left_open(path: Path) -> None:
    rules = tinycss2.parse_stylesheet(path.read_text(), skip_comments=True, skip_whitespace=True)
    assert _nested_blocks(rules, path.name) == []


def test_the_check_finds_an_unclosed_rule() -> None:
    rules = tinycss2.parse_stylesheet(".a {\n  color: red;\n.b { color: blue; }\n")
    assert _nested_blocks(rules, "x") == ["x: a rule inside '.a' (a missing '}'?)"]
