"""A GIN index on ``title || body`` of the search index table, on PostgreSQL only.

modelsearch's PostgreSQL backend matches pages with ``(title || body) @@ tsquery`` (one vector,
so the words of an AND query may be spread over title and body), but its model only declares
GIN indexes on ``title`` and ``body`` separately. PostgreSQL can use an index for an expression
only when the index is on that same expression, so every search scanned the whole index table
(twice: results and count). This index is on exactly the expression the query matches; see
``kennispunt/search/tests/test_postgres_plan.py``. Nothing to do on SQLite, which searches
through its FTS5 table.
"""

from django.db import migrations

INDEX = "kennispunt_search_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
