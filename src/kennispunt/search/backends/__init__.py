"""Wagtail search backends with Dutch stemming on PostgreSQL and on SQLite.

Configure with ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "kennispunt.search.backends"}}``.
Like ``wagtail.search.backends.database`` (which re-exports ``modelsearch.backends.database``),
this package exposes a ``SearchBackend`` callable that picks an implementation for the vendor of
the default database connection:

* PostgreSQL: :class:`~.postgres.DutchPostgresSearchBackend`, modelsearch's own backend with the
  built-in ``dutch`` text-search configuration (its ``SEARCH_CONFIG`` option); PostgreSQL then
  stems both the index and the query.
* SQLite with FTS5: FTS5 has no Dutch stemmer, so :class:`~.sqlite.DutchSQLiteSearchBackend`
  stems in Python (see :mod:`kennispunt.search.text`) before a text is indexed and before a
  query is matched.
* Anything else (MySQL, SQLite without FTS5): modelsearch's choice, unchanged.

The vendor modules are imported only when chosen, because modelsearch's vendor modules look up
vendor-specific models at import time (the SQLite one fails on PostgreSQL).

After switching backends (or changing the stemming), existing index entries are stale:
run ``manage.py update_index``.
"""

from typing import Any

from django.db import connection
from modelsearch.backends.base import BaseSearchBackend
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend


def SearchBackend(params: dict[str, Any]) -> BaseSearchBackend:
    """The Dutch backend for the default database's vendor (what modelsearch's loader calls)."""
    if connection.vendor == "postgresql":
        from .postgres import DutchPostgresSearchBackend

        return DutchPostgresSearchBackend(params)

    # modelsearch decides whether SQLite can use FTS5 (and caches the answer); we only swap in
    # the Dutch subclass of the backend it chose.
    backend = DatabaseSearchBackend(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        if type(backend) is SQLiteSearchBackend:
            from .sqlite import DutchSQLiteSearchBackend

            return DutchSQLiteSearchBackend(params)
    return backend
