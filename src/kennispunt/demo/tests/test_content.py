"""The demo content files: every one is read and valid, and they hold what the Python did.

The counts below were taken from the Python content before it became files (15 articles with
77 headings, 77 text blocks, 15 callouts, 15 question blocks with 33 questions and 13
downloads; ...). A file that loses a block or a page changes them.
"""

import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from kennispunt.demo import loader
from kennispunt.demo.builders import build_site
from kennispunt.demo.knowledge import build_knowledge
from kennispunt.demo.loader import DemoContentError, load_all, load_knowledge
from kennispunt.knowledge.models import (
    ArticlePage,
    LessonPage,
    ModulePage,
    NewsPage,
    ThemePage,
    WegwijzerEntry,
)


def _kinds(pages: Any) -> dict[str, int]:
    """Blocks by kind, of loaded content (pairs) or of built pages (StreamField children)."""
    counts: Counter[str] = Counter()
    for page in pages:
        for block in page.body:
            kind, value = (block.block_type, block.value) if hasattr(block, "block_type") else block
            counts[kind] += 1
            if kind == "faq":
                counts["faq_item"] += len(value["items"])
    return dict(counts)


def _blocks(items: Any, downloads: bool = False) -> dict[str, int]:
    counts = Counter(_kinds(items))
    if downloads:
        counts["download"] += sum(len(item.documents) for item in items)
    return dict(counts)


# Since then: "Transparante financiën" (6 headings, 6 text blocks, 1 callout, 2 related).
ARTICLE_BLOCKS = {
    "heading": 83,
    "paragraph": 83,
    "callout": 16,
    "faq": 15,
    "faq_item": 33,
    "download": 13,
}
NEWS_BLOCKS = {"heading": 5, "paragraph": 12, "callout": 3}
LESSON_BLOCKS = {"heading": 40, "paragraph": 40, "callout": 10}


def test_every_content_file_is_read_and_valid() -> None:
    knowledge, forum, helpdesk, trainings, issues = load_all()
    items: list[Any] = [
        *knowledge.themes,
        *knowledge.documents,
        *knowledge.articles,
        *knowledge.modules,
        *(lesson for module in knowledge.modules for lesson in module.lessons),
        *knowledge.news,
        *knowledge.needs,
        *knowledge.wegwijzer,
        *forum.categories,
        *forum.topics,
        *helpdesk.canned,
        *helpdesk.tickets,
        *trainings,
        *issues,
        *loader.load_alderman_pool(),
    ]
    read = {item.source for item in items}
    on_disk = {
        loader.display(path)
        for path in loader.CONTENT_DIR.rglob("*.md")
        if path.name != "README.md"
    }
    assert read == on_disk
    assert len(read) == 136


def test_content_has_the_pages_and_blocks_of_before() -> None:
    knowledge, forum, helpdesk, trainings, issues = load_all()
    lessons = [lesson for module in knowledge.modules for lesson in module.lessons]
    assert {
        "themes": len(knowledge.themes),
        "articles": len(knowledge.articles),
        "related": sum(len(a.related) for a in knowledge.articles),
        "documents": len(knowledge.documents),
        "modules": len(knowledge.modules),
        "lessons": len(lessons),
        "questions": sum(len(lesson.questions) for lesson in lessons),
        "checklist": sum(len(m.checklist) for m in knowledge.modules),
        "news": len(knowledge.news),
        "needs": len(knowledge.needs),
        "wegwijzer": len(knowledge.wegwijzer),
        "categories": len(forum.categories),
        "topics": len(forum.topics),
        "posts": sum(1 + len(t.replies) for t in forum.topics),
        "solved": sum(1 for t in forum.topics if t.solution),
        "tickets": len(helpdesk.tickets),
        "canned": len(helpdesk.canned),
        "trainings": len(trainings),
        "issues": len(issues),
    } == {
        "themes": 9,
        "articles": 16,
        "related": 40,
        "documents": 4,
        "modules": 2,
        "lessons": 10,
        "questions": 10,
        "checklist": 19,
        "news": 4,
        "needs": 5,
        "wegwijzer": 27,
        "categories": 6,
        "topics": 30,
        "posts": 84,
        "solved": 11,
        "tickets": 5,
        "canned": 3,
        "trainings": 8,
        "issues": 3,
    }
    assert _blocks(knowledge.articles, downloads=True) == ARTICLE_BLOCKS
    assert _blocks(knowledge.news) == NEWS_BLOCKS
    assert _blocks(lessons) == LESSON_BLOCKS


@pytest.mark.django_db
def test_built_pages_have_the_blocks_of_before() -> None:
    build_site()
    build_knowledge()
    assert ThemePage.objects.count() == 9
    assert ModulePage.objects.count() == 2
    assert WegwijzerEntry.objects.count() == 27
    assert _kinds(ArticlePage.objects.all()) == ARTICLE_BLOCKS
    assert _kinds(NewsPage.objects.all()) == NEWS_BLOCKS
    assert _kinds(LessonPage.objects.all()) == LESSON_BLOCKS
    article = ArticlePage.objects.get(slug="lokale-partij-oprichten")
    assert article.body[1].value.source.startswith("<p>Een partij begint bijna altijd")
    assert "<b>naam</b> (de <i>aanduiding</i>)" in article.body[3].value.source


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the content folder that a test may break."""
    copy = tmp_path / "content"
    shutil.copytree(loader.CONTENT_DIR, copy)
    monkeypatch.setattr(loader, "CONTENT_DIR", copy)
    return copy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


ARTICLE = "knowledge/articles/01-lokale-partij-oprichten.md"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('theme = "oprichting"\n', "", "field 'theme' is missing"),
        ('theme = "oprichting"', 'thema = "oprichting"', "unknown field 'thema'"),
        ('theme = "oprichting"', "theme = 3", "field 'theme' should be text, not 3"),
        ('theme = "oprichting"', 'theme = "opritsjing"', "'opritsjing' is not a theme"),
        ('title = "Een lokale', "title = Een lokale", "not valid TOML"),
        ('documents = ["model-statuten"]', 'documents = ["statuten"]', "'statuten' is not a"),
        ("## Het eerste bestuur", "#### Het eerste bestuur", "line 43: a heading ####"),
        ("Kijk op [kvk.nl]", "Kijk op ![kvk.nl]", "an image cannot be used in text"),
        (
            'slug = "lokale-partij-oprichten"',
            'slug = "oprichten"',
            "name the file: 01-oprichten.md after the slug",
        ),
    ],
)
def test_a_mistake_names_the_file_and_the_field(
    content: Path, old: str, new: str, message: str
) -> None:
    _edit(content / ARTICLE, old, new)
    with pytest.raises(DemoContentError) as error:
        load_knowledge()
    assert str(error.value).startswith(f"demo/content/{ARTICLE}: ")
    assert message in str(error.value)


def test_a_lesson_question_needs_its_answer_among_the_choices(content: Path) -> None:
    lesson = "knowledge/modules/01-een-lokale-partij-oprichten/01-waarom-een-vereniging.md"
    _edit(content / lesson, 'answer = "Een vereniging met', 'answer = "Een club met')
    with pytest.raises(DemoContentError, match="question 1: 'answer' must be one of"):
        load_knowledge()


def test_an_empty_body_is_refused(content: Path) -> None:
    path = content / "knowledge/themes/01-oprichting.md"
    path.write_text(path.read_text().split("+++\n\n")[0] + "+++\n")
    with pytest.raises(DemoContentError, match="the text under the front matter is empty"):
        load_knowledge()


def test_the_demo_command_refuses_a_wrong_file_before_writing_anything(
    content: Path, db: None
) -> None:
    from django.core.management import call_command
    from django.core.management.base import CommandError

    from kennispunt.accounts.models import User

    _edit(content / "forum/topics/01-welkom-op-het-forum-van-het-kennispunt.md", "moderator", "x")
    with pytest.raises(CommandError, match="'x' is not a demo user"):
        call_command("demo_content")
    assert not User.objects.exists()
