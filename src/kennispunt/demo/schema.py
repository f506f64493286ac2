"""The shape of every demo content file: one dataclass per kind of file.

Each field is a TOML key in the file's front matter, except the field named by ``BODY``: that
one is the text under the front matter, read as ``BODY_FORMAT`` says (see ``loader``). A field
without a default is required. Fields marked ``filled`` are set by the loader, never by a file.
"""

import datetime
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .richtext import Block

PLAIN = "plain"  # kept as written (surrounding blank lines dropped)
BLOCKS = "blocks"  # Markdown, turned into body blocks (richtext.body_blocks)
RICH_TEXT = "rich_text"  # Markdown, turned into one piece of rich text


def filled(default: Any = "") -> Any:
    return field(default=default, metadata={"filled": True})


@dataclass(frozen=True, kw_only=True)
class Theme:
    BODY: ClassVar = "intro"
    BODY_FORMAT: ClassVar = PLAIN
    slug: str
    title: str
    intro: str
    source: str = filled()


@dataclass(frozen=True, kw_only=True)
class Document:
    BODY: ClassVar = "content"
    BODY_FORMAT: ClassVar = PLAIN
    slug: str
    title: str
    description: str
    filename: str
    content: str
    source: str = filled()


@dataclass(frozen=True, kw_only=True)
class Article:
    BODY: ClassVar = "body"
    BODY_FORMAT: ClassVar = BLOCKS
    slug: str
    theme: str
    title: str
    intro: str
    related: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    body: tuple[Block, ...]
    source: str = filled()


@dataclass(frozen=True, kw_only=True)
class Question:
    question: str
    choices: tuple[str, ...]
    answer: str  # the one right choice, spelled as in choices
    explanation: str


@dataclass(frozen=True, kw_only=True)
class Lesson:
    BODY: ClassVar = "body"
    BODY_FORMAT: ClassVar = BLOCKS
    slug: str
    title: str
    questions: tuple[Question, ...] = ()
    body: tuple[Block, ...]
    source: str = filled()


@dataclass(frozen=True, kw_only=True)
class Module:
    BODY: ClassVar = "intro"
    BODY_FORMAT: ClassVar = PLAIN
    slug: str
    theme: str
    title: str
    intro: str
    checklist: tuple[str, ...] = ()
    lessons: tuple[Lesson, ...] = filled(())
    source: str = filled()


@dataclass(frozen=True, kw_only=True)
class News:
    BODY: ClassVar = "body"
    BODY_FORMAT: ClassVar = BLOCKS
    slug: str
    title: str
    days_ago: int
    intro: str
    body: tuple[Block, ...]
    source: str = filled()


@dataclass(frozen=True, kw_only=True)
class WegwijzerNeed:
    BODY: ClassVar = "description"
    BODY_FORMAT: ClassVar = PLAIN
    slug: str
    title: str
    description: str
    source: str = filled()


@dataclass(frozen=True, kw_only=True)
class WegwijzerEntry:
    BODY: ClassVar = "description"
    BODY_FORMAT: ClassVar = PLAIN
    title: str
    organisation: str
    url: str
    need: str
    audiences: tuple[str, ...]
    description: str
    source: str = filled()


@dataclass(frozen=True, kw_only=True)
class Knowledge:
    themes: tuple[Theme, ...]
    documents: tuple[Document, ...]
    articles: tuple[Article, ...]
    modules: tuple[Module, ...]
    news: tuple[News, ...]
    needs: tuple[WegwijzerNeed, ...]
    wegwijzer: tuple[WegwijzerEntry, ...]


@dataclass(frozen=True, kw_only=True)
class Category:
    BODY: ClassVar = "description"
    BODY_FORMAT: ClassVar = PLAIN
    slug: str
    name: str
    staff_only: bool = False
    description: str
    source: str = filled()


@dataclass(frozen=True, kw_only=True)
class Reply:
    author: str  # local part of a demo user's address
    text: str  # Markdown, as a member would type it


@dataclass(frozen=True, kw_only=True)
class Topic:
    BODY: ClassVar = "text"
    BODY_FORMAT: ClassVar = PLAIN  # forum Markdown, rendered by the forum itself
    category: str
    author: str
    title: str
    pinned: bool = False
    solution: int = 0  # the reply (1 = the first) that solved the question; 0 = none
    replies: tuple[Reply, ...] = ()
    text: str
    source: str = filled()


@dataclass(frozen=True, kw_only=True)
class Forum:
    categories: tuple[Category, ...]
    topics: tuple[Topic, ...]


@dataclass(frozen=True, kw_only=True)
class CannedAnswer:
    BODY: ClassVar = "body"
    BODY_FORMAT: ClassVar = PLAIN
    title: str
    body: str
    source: str = filled()


@dataclass(frozen=True, kw_only=True)
class Ticket:
    BODY: ClassVar = "question"
    BODY_FORMAT: ClassVar = PLAIN
    subject: str
    asker: str  # local part of a demo user's address, or an outside e-mail address
    channel: str
    status: str
    priority: str = "normaal"
    theme: str
    days_ago: int
    question: str
    answer: str = ""
    note: str = ""
    rating: int = 0  # 0 = not rated
    source: str = filled()


@dataclass(frozen=True, kw_only=True)
class Helpdesk:
    canned: tuple[CannedAnswer, ...]
    tickets: tuple[Ticket, ...]


@dataclass(frozen=True, kw_only=True)
class Training:
    BODY: ClassVar = "description"
    BODY_FORMAT: ClassVar = PLAIN
    slug: str
    title: str
    theme: str
    summary: str
    description: str
    audience: str
    goals: tuple[str, ...]
    duration: str
    days_ahead: int
    capacity: int
    demo_signups: int
    municipality: str = ""  # CBS code; leave out for an online training
    venue: str = ""
    address: str = ""
    online_url: str = ""
    source: str = filled()


@dataclass(frozen=True, kw_only=True)
class ArticlesSection:
    heading: str
    count: int  # the first live articles of the knowledge base


@dataclass(frozen=True, kw_only=True)
class ChosenTraining:
    title: str
    when: str
    url: str = ""


@dataclass(frozen=True, kw_only=True)
class TrainingsSection:
    heading: str
    automatic: bool
    limit: int
    chosen: tuple[ChosenTraining, ...] = ()


@dataclass(frozen=True, kw_only=True)
class NewsItem:
    title: str
    text: str
    url: str = ""


@dataclass(frozen=True, kw_only=True)
class NewsSection:
    heading: str
    items: tuple[NewsItem, ...]


@dataclass(frozen=True, kw_only=True)
class CallToAction:
    text: str
    button_label: str
    url: str


@dataclass(frozen=True, kw_only=True)
class Issue:
    BODY: ClassVar = "intro"
    BODY_FORMAT: ClassVar = RICH_TEXT
    slug: str
    title: str
    date: datetime.date
    summary: str
    intro: str
    articles: ArticlesSection
    trainings: TrainingsSection
    news: NewsSection
    cta: CallToAction
    source: str = filled()


@dataclass(frozen=True, kw_only=True)
class PoolCandidate:
    """A person in the wethouderspool: a demo login (``person``: a demo user's local part, or
    a new one with ``first_name``/``last_name``) with a profile."""

    BODY: ClassVar = "about"
    BODY_FORMAT: ClassVar = PLAIN
    person: str
    first_name: str = ""
    last_name: str = ""
    nickname: str = ""
    competences: tuple[str, ...]
    portfolios: tuple[str, ...]
    provinces: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()  # CBS codes
    available_in_days: int
    hours_per_week: int
    mid_term: bool
    about: str
    asked_by_demo_board: bool = False  # Samen Lokaal Amersfoort sent an open request
    source: str = filled()
