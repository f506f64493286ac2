"""On PostgreSQL, site search can find its matches through a GIN index.

modelsearch matches pages with ``(title || body) @@ tsquery`` on the index table; only an index
on that same expression can serve it (migration ``search.0001``). The test checks both halves:
the search page's queries match on exactly that expression, and with sequential scans priced
out PostgreSQL answers that match from the index (without it, only a sequential scan can).
Whether the planner uses the index for a given word is its choice: for a word in half of all
pages reading the table is cheaper, for a rarer word the index wins (see bench/knowledge.py).
"""

import pytest
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import F
from django.db.models.expressions import CombinedExpression
from django.test.utils import CaptureQueriesContext
from modelsearch import index
from wagtail.search.models import IndexEntry

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
MATCH = '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body") @@'


def test_search_matches_the_indexed_expression_and_the_index_serves_it() -> None:
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
    assert len(searches) == 2  # the count and the page of results
    assert all(MATCH in sql for sql in searches), searches

    # The same expression modelsearch builds (PostgresSearchQueryCompiler.search).
    matches = IndexEntry.objects.annotate(
        _vector_=CombinedExpression(F("title"), "||", F("body"))
    ).filter(_vector_=SearchQuery("verkiezingen gemeente", config="dutch"))
    sql, params = matches.values("pk").query.sql_with_params()
    assert MATCH in sql
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert f"Bitmap Index Scan on {INDEX}" in plan, plan
    assert matches.count() == 6
