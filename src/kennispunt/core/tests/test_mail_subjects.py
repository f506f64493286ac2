"""E-mail subjects are plain text: what someone typed arrives as typed, never HTML-escaped.

Every ``*_subject.txt`` template in the project is rendered with a context in which every
object prints as markup and punctuation; the subject must show it literally. A guard makes
sure no code renders a subject template another way.
"""

import ast
import re
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from kennispunt.core.mail import render_subject

HOSTILE = """<iframe src="x"> & "dubbel" 'enkel'"""
ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
PACKAGE = Path(settings.PACKAGE_DIR)
# Subjects made only of fixed text and a number: nothing typed by anyone can appear in them.
WITHOUT_TEXT = {
    "alderman_pool/email/expiring_subject.txt",
    "forum/email/digest_subject.txt",
    "knowledge/email/review_subject.txt",
    "newsletter/email/confirm_subject.txt",
    "parties/email/membership_decided_subject.txt",
    "parties/email/membership_requested_subject.txt",
}


class Anything:
    """Whatever a template asks of it, it has: attributes and items are more of the same, it
    counts as two, and it prints as HOSTILE."""

    def __getattr__(self, name: str) -> "Anything":
        if name.startswith("_"):  # __html__ and friends must stay absent
            raise AttributeError(name)
        return Anything()

    def __getitem__(self, key: object) -> "Anything":
        return Anything()

    def __len__(self) -> int:
        return 2

    def __iter__(self) -> Any:
        return iter([Anything(), Anything()])

    def __str__(self) -> str:
        return HOSTILE


def subject_templates() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("templates/**/*_subject.txt")):
        names.append(path.as_posix().split("/templates/", 1)[1])
    return names


def hostile_context(template_name: str) -> dict[str, Any]:
    source = next(PACKAGE.rglob(f"templates/{template_name}")).read_text()
    names = re.findall(r"([A-Za-z_]\w*)(?=[.|])", source)
    names += re.findall(r"\{\{\s*([A-Za-z_]\w*)\s*}}", source)
    return {name: Anything() for name in names}


def test_every_subject_template_is_found() -> None:
    # A broken glob would make the test below pass on nothing.
    assert len(subject_templates()) >= 18
    assert "helpdesk/email/received_subject.txt" in subject_templates()


@pytest.mark.parametrize("template_name", subject_templates())
def test_subject_shows_markup_and_punctuation_literally(template_name: str) -> None:
    subject = render_subject(template_name, hostile_context(template_name))

    assert ENTITY.search(subject) is None, subject
    assert "\n" not in subject and subject == subject.strip()
    if template_name not in WITHOUT_TEXT:
        assert HOSTILE in subject


def test_subject_is_one_line_with_single_spaces() -> None:
    subject = render_subject(
        "helpdesk/email/received_subject.txt",
        {"ticket": {"subject": "Eerste regel\r\n  tweede\tregel &amp; meer"}},
    )
    assert subject.endswith(": Eerste regel tweede regel &amp; meer")


def test_no_code_renders_a_subject_template_another_way() -> None:
    """Subjects go through render_subject; render_to_string would escape them for HTML."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "tests" in path.parts:
            continue
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            function = node.func
            name = getattr(function, "id", None) or getattr(function, "attr", None)
            if name in {"render_to_string", "get_template", "select_template"} and (
                "_subject" in ast.unparse(node)
            ):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []
