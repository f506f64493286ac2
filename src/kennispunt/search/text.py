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


# Snowball's Dutch stop words (PostgreSQL's ``dutch`` configuration drops the same), folded.
# A question typed as a sentence ("Mag een wethouder op onze kandidatenlijst?") then searches
# on the words that carry its meaning.
STOP_WORDS = frozenset(
    """
    aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus
    een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand
    iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog
    nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want
    waren was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou
    """.split()
)


def query_words(text: str) -> list[str]:
    """The folded words of a search query without stop words; all of them when the query
    holds nothing else (a search for "de" still searches for something)."""
    found = words(text)
    kept = [word for word in found if word not in STOP_WORDS]
    return kept or found
