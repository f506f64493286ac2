"""Shapes of the knowledge-base demo content (filled in demo_content.py, loaded by the demo).$

Body blocks are (kind, value) pairs:
- ("heading", "Tussenkop")                                   an h2 in the article
- ("paragraph", "<p>HTML with <b>, <i>, <a href>, <ul>, <ol></p>")
- ("callout", "<p>Short tip or warning</p>")                 a highlighted box
- ("faq", (("Vraag?", "<p>Antwoord</p>"), ...))              question-and-answer pairs
"""

from dataclasses import dataclass, field

Block = tuple[str, object]


@dataclass(frozen=True)
class DemoTheme:
    slug: str
    title: str
    intro: str  # one or two sentences


@dataclass(frozen=True)
class DemoArticle:
    theme: str  # DemoTheme.slug
    slug: str
    title: str
    intro: str  # the summary under the title, 1-2 sentences
    body: tuple[Block, ...]
    related: tuple[str, ...] = ()  # slugs of other DemoArticles
    documents: tuple[str, ...] = ()  # DemoDocument.slug, offered as downloads


@dataclass(frozen=True)
class DemoDocument:
    slug: str
    title: str
    description: str
    filename: str  # e.g. "model-statuten-lokale-partij.txt"
    content: str  # the document text itself (plain text, Dutch)


@dataclass(frozen=True)
class DemoQuestion:
    question: str
    choices: tuple[tuple[str, bool], ...]  # (answer text, is correct); exactly one correct
    explanation: str


@dataclass(frozen=True)
class DemoLesson:
    slug: str
    title: str
    body: tuple[Block, ...]
    questions: tuple[DemoQuestion, ...] = ()


@dataclass(frozen=True)
class DemoModule:
    theme: str
    slug: str
    title: str
    intro: str
    lessons: tuple[DemoLesson, ...]
    checklist: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class DemoNews:
    slug: str
    title: str
    days_ago: int
    intro: str
    body: tuple[Block, ...]


@dataclass(frozen=True)
class DemoWegwijzerEntry:
    title: str
    organisation: str
    url: str
    description: str
    need: str  # one of WEGWIJZER_NEEDS keys
    audiences: tuple[str, ...]  # subset of: raadslid, fractievoorzitter, bestuurder, wethouder
