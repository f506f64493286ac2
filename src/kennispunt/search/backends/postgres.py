"""PostgreSQL: modelsearch's database backend with the ``dutch`` text-search configuration."""

from typing import Any

from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

SEARCH_CONFIG = "dutch"


class DutchPostgresSearchBackend(PostgresSearchBackend):
    """modelsearch's PostgreSQL backend with ``SEARCH_CONFIG`` defaulting to ``"dutch"``.

    The ``dutch`` configuration lower-cases, stems ("verkiezingen" and "verkiezing" both become
    "verkiez"), folds the Dutch accents (ë, é, ï, …) and drops Dutch stop words, on the indexed
    vectors and on the query alike. Autocomplete keeps modelsearch's ``simple`` configuration,
    as prefixes must not be stemmed.
    """

    def __init__(self, params: dict[str, Any]) -> None:
        super().__init__({"SEARCH_CONFIG": SEARCH_CONFIG, **params})
