"""On PostgreSQL, site search finds its matches through a GIN index, not by reading every entry.

modelsearch matches ``(title || body) @@ tsquery``; only an index on that same expression can
serve it (migration ``search.0001``). With sequential scans priced out, the plan of every query
the search page runs against the index table (results and count) must use that index; without
it PostgreSQL falls back to a sequential scan of the whole table whatever the price.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from modelsearch import index

from kennispunt.pages.models import ContentPage
from kennispunt.pages.site_structure import site_structure_ensure
from kennispunt.search.selectors import search_pages

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="PostgreSQL query plans (SQLite uses FTS5)"
    ),
]

INDEX = "kennispunt_search_title_body_gin"


def _plan(sql: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}")
        return "\n".join(row[0] for row in cursor.fetchall())


def test_search_queries_use_the_title_body_gin_index() -> None:
    home = site_structure_ensure()
    for i in range(12):
        word = "verkiezingen" if i % 2 else "begroting"
        page = ContentPage(
            title=f"Pagina {i}",
            slug=f"plan-{i}",
            body=[("paragraph", f"<p>Over de {word} van de gemeente.</p>")],
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        index.insert_or_update_object(page)

    with CaptureQueriesContext(connection) as captured:
        results = search_pages(query="verkiezingen gemeente")
    assert results.paginator.count == 6

    searches = [q["sql"] for q in captured.captured_queries if "@@" in q["sql"]]
    assert searches, "the search ran no full-text query"
    for sql in searches:
        plan = _plan(sql)
        assert INDEX in plan, plan
        assert "Seq Scan on wagtailsearch_indexentry" not in plan, plan
