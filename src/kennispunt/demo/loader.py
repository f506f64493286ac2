"""Reads the demo content files (content/**/*.md) and checks them before anything is built.

A file is TOML front matter between two lines ``+++``, then a text (see content/README.md).
Files are read in name order, which is the order of the site's menus and lists, hence the
number in front of most names. Every mistake stops the load with a ``DemoContentError`` that
names the file and the field.
"""

import datetime
import re
import tomllib
from dataclasses import MISSING, fields, is_dataclass, replace
from pathlib import Path
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

from kennispunt.alderman_pool.choices import Competence, Portfolio
from kennispunt.helpdesk.models import Channel, Priority, Status
from kennispunt.knowledge.models.wegwijzer import AUDIENCES
from kennispunt.trainings.models import Theme as TrainingTheme

from . import richtext
from .people import DEMO_USERS
from .schema import (
    BLOCKS,
    PLAIN,
    RICH_TEXT,
    Article,
    CannedAnswer,
    Category,
    Document,
    Forum,
    Helpdesk,
    Issue,
    Knowledge,
    Lesson,
    Module,
    News,
    PoolCandidate,
    Theme,
    Ticket,
    Topic,
    Training,
    WegwijzerEntry,
    WegwijzerNeed,
)

CONTENT_DIR = Path(__file__).resolve().parent / "content"
MODULE_FILE = "_module.md"

T = TypeVar("T")


class DemoContentError(Exception):
    def __init__(self, where: Path | str, message: str):
        super().__init__(f"{display(where) if isinstance(where, Path) else where}: {message}")


def display(path: Path) -> str:
    try:
        return f"demo/content/{path.relative_to(CONTENT_DIR).as_posix()}"
    except ValueError:
        return str(path)


def read(cls: type[T], path: Path) -> T:
    """One file as an instance of ``cls`` (a dataclass from ``schema``)."""
    data, body, offset = _split(path)
    name = cls.BODY  # type: ignore[attr-defined]
    if name in data:
        raise DemoContentError(path, f"{name!r} is the text under the front matter, not a field")
    try:
        data[name] = _body(cls.BODY_FORMAT, body, offset)  # type: ignore[attr-defined]
    except richtext.MarkdownError as exc:
        raise DemoContentError(path, str(exc)) from exc
    item = _build(cls, data, path, "")
    slug = getattr(item, "slug", None)
    module = path.name == MODULE_FILE
    stem = path.parent.name if module else path.stem
    if slug is not None and re.sub(r"^\d+-", "", stem) != slug:
        name = f"folder: 01-{slug}" if module else f"file: 01-{slug}.md"
        raise DemoContentError(path, f"name the {name} after the slug (the number is optional)")
    return replace(item, source=display(path))  # type: ignore[type-var]


def _split(path: Path) -> tuple[dict[str, Any], str, int]:
    lines = path.read_text(encoding="utf-8-sig").split("\n")  # -sig: some editors add a BOM
    if lines[0].strip() != "+++":
        raise DemoContentError(path, "the file must start with a line +++ (the front matter)")
    end = next((n for n in range(1, len(lines)) if lines[n].strip() == "+++"), None)
    if end is None:
        raise DemoContentError(path, "the front matter is not closed by a line +++")
    try:
        data = tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError as exc:
        raise DemoContentError(path, f"the front matter is not valid TOML: {exc}") from exc
    return data, "\n".join(lines[end + 1 :]), end + 1


def _body(body_format: str, text: str, offset: int) -> Any:
    if body_format == BLOCKS:
        return richtext.body_blocks(text, offset=offset)
    if body_format == RICH_TEXT:
        return richtext.rich_text(text, offset=offset)
    if body_format == PLAIN:
        return text.strip()
    raise ValueError(f"unknown body format {body_format!r}")


def _build(cls: type[T], data: Any, path: Path, where: str) -> T:
    if not isinstance(data, dict):
        raise DemoContentError(path, f"{where.rstrip('.')} should be a table")
    hints = get_type_hints(cls)
    known = {f.name: f for f in fields(cls) if not f.metadata.get("filled")}  # type: ignore[arg-type]
    for key in data:
        if key not in known:
            raise DemoContentError(
                path, f"unknown field {where + key!r} (known: {', '.join(known)})"
            )
    values = {}
    for key, spec in known.items():
        required = spec.default is MISSING and spec.default_factory is MISSING
        if key not in data:
            if required:
                raise DemoContentError(path, f"field {where + key!r} is missing")
            continue
        if key == getattr(cls, "BODY", None):
            if not data[key]:
                raise DemoContentError(path, "the text under the front matter is empty")
            values[key] = data[key]
            continue
        value = _value(hints[key], data[key], path, where + key)
        if required and isinstance(value, str | tuple) and not value:
            raise DemoContentError(path, f"field {where + key!r} is empty")
        values[key] = value
    return cls(**values)


def _value(hint: Any, value: Any, path: Path, where: str) -> Any:
    if get_origin(hint) is tuple:
        if not isinstance(value, list):
            raise DemoContentError(path, f"field {where!r} should be a list [...]")
        return tuple(
            _value(get_args(hint)[0], item, path, f"{where}[{n}]")
            for n, item in enumerate(value, start=1)
        )
    if is_dataclass(hint):
        return _build(hint, value, path, f"{where}.")  # type: ignore[arg-type]
    ok = isinstance(value, hint) and not (
        (hint is int and isinstance(value, bool))
        or (hint is datetime.date and isinstance(value, datetime.datetime))
    )
    if not ok:
        kinds = {str: "text", int: "a whole number", bool: "true or false"}
        kind = kinds.get(hint, "a date (2026-09-01)")
        raise DemoContentError(path, f"field {where!r} should be {kind}, not {value!r}")
    return value


def _read_all(cls: type[T], folder: str) -> tuple[T, ...]:
    return tuple(read(cls, path) for path in _paths(folder, "*.md"))


def _paths(folder: str, pattern: str) -> list[Path]:
    path = CONTENT_DIR / folder
    if not path.is_dir():
        raise DemoContentError(path, "this folder is missing")
    return sorted(path.glob(pattern))


def _check(item: Any, key: str, values: Any, known: set[str], what: str) -> None:
    for value in (values,) if isinstance(values, str) else values:
        if value not in known:
            raise DemoContentError(
                item.source,
                f"field {key!r}: {value!r} is not {what} (known: {', '.join(sorted(known))})",
            )


def _unique(items: tuple[Any, ...], key: str) -> set[str]:
    seen: set[str] = set()
    for item in items:
        value = getattr(item, key)
        if value in seen:
            raise DemoContentError(item.source, f"another file has the {key} {value!r}")
        seen.add(value)
    return seen


def _module(folder: Path) -> Module:
    module = read(Module, folder / MODULE_FILE)
    lessons = tuple(
        read(Lesson, path) for path in sorted(folder.glob("*.md")) if path.name != MODULE_FILE
    )
    _unique(lessons, "slug")
    for lesson in lessons:
        for n, question in enumerate(lesson.questions, start=1):
            if question.answer not in question.choices or len(question.choices) < 2:
                raise DemoContentError(
                    lesson.source,
                    f"question {n}: 'answer' must be one of its 'choices' (at least two)",
                )
    return replace(module, lessons=lessons)


def load_knowledge() -> Knowledge:
    content = Knowledge(
        themes=_read_all(Theme, "knowledge/themes"),
        documents=_read_all(Document, "knowledge/documents"),
        articles=_read_all(Article, "knowledge/articles"),
        modules=tuple(_module(p.parent) for p in _paths("knowledge/modules", f"*/{MODULE_FILE}")),
        news=_read_all(News, "knowledge/news"),
        needs=_read_all(WegwijzerNeed, "knowledge/wegwijzer/needs"),
        wegwijzer=_read_all(WegwijzerEntry, "knowledge/wegwijzer/entries"),
    )
    themes = _unique(content.themes, "slug")
    documents = _unique(content.documents, "slug")
    articles = _unique(content.articles, "slug")
    _unique(content.modules, "slug")
    _unique(content.news, "slug")
    needs = _unique(content.needs, "slug")
    _unique(content.wegwijzer, "url")
    for article in content.articles:
        _check(article, "theme", article.theme, themes, "a theme")
        _check(article, "related", article.related, articles - {article.slug}, "another article")
        _check(article, "documents", article.documents, documents, "a document")
    for module in content.modules:
        _check(module, "theme", module.theme, themes, "a theme")
    for entry in content.wegwijzer:
        _check(entry, "need", entry.need, needs, "a need")
        _check(entry, "audiences", entry.audiences, {key for key, _ in AUDIENCES}, "an audience")
    return content


def load_forum() -> Forum:
    content = Forum(
        categories=_read_all(Category, "forum/categories"),
        topics=_read_all(Topic, "forum/topics"),
    )
    categories = _unique(content.categories, "slug")
    _unique(content.topics, "title")
    users = {user.local_part for user in DEMO_USERS}
    for topic in content.topics:
        _check(topic, "category", topic.category, categories, "a category")
        _check(topic, "author", topic.author, users, "a demo user")
        _check(topic, "replies", [r.author for r in topic.replies], users, "a demo user")
        if not 0 <= topic.solution <= len(topic.replies):
            raise DemoContentError(topic.source, "field 'solution' is not a reply number")
    return content


def load_helpdesk() -> Helpdesk:
    content = Helpdesk(
        canned=_read_all(CannedAnswer, "helpdesk/canned"),
        tickets=_read_all(Ticket, "helpdesk/tickets"),
    )
    _unique(content.canned, "title")
    _unique(content.tickets, "subject")
    users = {user.local_part for user in DEMO_USERS}
    themes = {theme.slug for theme in _read_all(Theme, "knowledge/themes")}
    for ticket in content.tickets:
        if "@" not in ticket.asker:
            _check(ticket, "asker", ticket.asker, users, "a demo user or an e-mail address")
        _check(ticket, "channel", ticket.channel, set(Channel.values), "a channel")
        _check(ticket, "status", ticket.status, set(Status.values), "a status")
        _check(ticket, "priority", ticket.priority, set(Priority.values), "a priority")
        _check(ticket, "theme", ticket.theme, themes, "a knowledge theme")
        if ticket.rating not in range(6):
            raise DemoContentError(ticket.source, "field 'rating' should be 1 to 5")
    return content


def load_trainings() -> tuple[Training, ...]:
    trainings = _read_all(Training, "trainings")
    _unique(trainings, "slug")
    for training in trainings:
        _check(training, "theme", training.theme, set(TrainingTheme.values), "a training theme")
        place = bool(training.municipality and training.venue and training.address)
        if place == bool(training.online_url):
            raise DemoContentError(
                training.source,
                "give either 'municipality', 'venue' and 'address', or 'online_url'",
            )
    return trainings


def load_newsletter() -> tuple[Issue, ...]:
    issues = _read_all(Issue, "newsletter")
    _unique(issues, "slug")
    return issues


def load_all() -> tuple[Knowledge, Forum, Helpdesk, tuple[Training, ...], tuple[Issue, ...]]:
    """Everything, so that one wrong file stops ``demo_content`` before anything is written."""
    content = load_knowledge(), load_forum(), load_helpdesk(), load_trainings(), load_newsletter()
    load_alderman_pool()  # checked with the rest; its builder reads the files itself
    return content


def load_alderman_pool() -> tuple[PoolCandidate, ...]:
    from kennispunt.parties.models import Province

    candidates = _read_all(PoolCandidate, "alderman_pool")
    _unique(candidates, "person")
    for candidate in candidates:
        _check(
            candidate, "competences", candidate.competences, set(Competence.values), "a competence"
        )
        _check(candidate, "portfolios", candidate.portfolios, set(Portfolio.values), "a portfolio")
        _check(candidate, "provinces", candidate.provinces, set(Province.values), "a province")
        if not candidate.provinces and not candidate.municipalities:
            raise DemoContentError(candidate.source, "give 'provinces' or 'municipalities'")
    return candidates
