"""Names as people type them: municipality search with aliases, and "is this the same party?".

Both sides of a comparison are normalised the same way (lower case, no accents, apostrophes
or punctuation), so "sudwest fryslan", "Den Haag" and "s-Hertogenbosch" find what CBS writes
as "Súdwest-Fryslân", "'s-Gravenhage" and "'s-Hertogenbosch". Works on every database: the
matching is done in Python over the few hundred municipality names.
"""

import csv
import re
import unicodedata
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

ALIASES_FILE = Path(__file__).parent / "data" / "gemeente_aliassen.csv"

# Two party names at least this alike (0..1, difflib's ratio) are shown as "Bedoelt u …?".
SIMILARITY_THRESHOLD = 0.8
# Words that say nothing about which party it is.
_FILLER = {"de", "het", "een", "partij", "lokaal", "lokale", "lijst", "gemeentebelang", "s"}


def normalise(text: str) -> str:
    """``"'s-Hertogenbosch"`` → ``"s hertogenbosch"``; ``"Súdwest-Fryslân"`` →
    ``"sudwest fryslan"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = re.sub("['\u2019`]", "", plain)  # also a typographic apostrophe
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


@cache
def aliases() -> dict[str, str]:
    """Normalised alias → CBS code, from the data file."""
    with ALIASES_FILE.open(encoding="utf-8") as handle:
        return {normalise(row["alias"]): row["cbs_code"] for row in csv.DictReader(handle)}


def name_matches(query: str, name: str) -> bool:
    """Whether a typed ``query`` finds a municipality ``name`` (both normalised)."""
    query, name = normalise(query), normalise(name)
    return bool(query) and (query in name or query.replace(" ", "") in name.replace(" ", ""))


def alias_codes(query: str) -> set[str]:
    """CBS codes of municipalities with an alias the query finds."""
    return {code for alias, code in aliases().items() if name_matches(query, alias)}


def _significant(name: str, drop: frozenset[str]) -> str:
    words = [w for w in normalise(name).split() if w not in _FILLER and w not in drop]
    return " ".join(words)


def similar_names(name: str, other: str, *, place_words: frozenset[str] = frozenset()) -> bool:
    """Whether two party names probably mean the same party.

    Compared whole and without filler words and the municipality's own name, so "Lokaal
    Belang Deventer" and "Lokaal Belang" in Deventer match, and so do small typing slips.
    """
    a, b = normalise(name), normalise(other)
    if not a or not b:
        return False
    if a == b or SequenceMatcher(None, a, b).ratio() >= SIMILARITY_THRESHOLD:
        return True
    sa, sb = _significant(name, place_words), _significant(other, place_words)
    if not sa or not sb:
        return False
    return sa == sb or SequenceMatcher(None, sa, sb).ratio() >= SIMILARITY_THRESHOLD
