"""Dutch text normalisation shared by the SQLite search backend and the snippet highlighter.

One definition of "the same word" for indexing, querying and highlighting: lower-case
(``casefold``), strip accents ("financiën" → "financien"), split on anything that is not a
letter or digit, then reduce each word to its Snowball stem ("verkiezingen" → "verkies").
Accents are stripped *before* stemming, so a visitor who types no diaeresis gets the same stem
as the text that has one.
"""

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

# Letters and digits; the underscore is a separator, as it is for SQLite's unicode61 tokenizer.
WORD_RE = re.compile(r"[^\W_]+")

_local = threading.local()


def _stemmer() -> snowballstemmer.stemmer:
    # Snowball stemmer objects keep state while stemming, so each thread gets its own.
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("dutch")
    return stemmer


def fold(text: str) -> str:
    """Lower-case and strip accents: ``"Financiën"`` → ``"financien"``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The Snowball stem of one already folded word."""
    return str(_stemmer().stemWord(word))


def words(text: str) -> list[str]:
    """The folded (lower-cased, accent-free) words of ``text``, without stemming."""
    return WORD_RE.findall(fold(text))


def stems(text: str) -> list[str]:
    """The stems of all words in ``text``, in order."""
    return [stem(word) for word in words(text)]


def stem_text(text: str) -> str:
    """``text`` as a space-separated string of stems, ready for a full-text index."""
    return " ".join(stems(text))
