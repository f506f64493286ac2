"""SQLite (FTS5): modelsearch's backend with Dutch Snowball stemming done in Python.

FTS5's tokenizers (unicode61, porter, trigram) have no Dutch stemmer, so the text is stemmed
before it reaches the index (:class:`DutchObjectIndexer`) and the query terms are stemmed the
same way before they reach ``MATCH`` (:class:`DutchSQLiteSearchQueryCompiler`). The ``title``
and ``body`` columns of the index entries therefore hold stems, not the original text; snippets
are made from the page's own fields (:mod:`kennispunt.search.highlight`).
"""

from functools import reduce
from typing import Any

from django.db.models import Case, FloatField, QuerySet, Value, When
from django.utils.functional import cached_property
from modelsearch.backends.database.sqlite.query import (
    AndNot,
    Lexeme,
    MatchExpression,
    SearchQueryExpression,
    normalize,
)
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import And, MatchAll, Not, Or, Phrase, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from ..text import query_words, stems, words


class DutchObjectIndexer(ObjectIndexer):
    """Extracts an object's text for the index, with the title and body reduced to stems.

    Only the ``title`` and ``body`` columns (the whole-word search) are stemmed. The
    ``autocomplete`` column keeps the original text: autocomplete matches prefixes of what the
    visitor is typing, and a stem is not a prefix of every form of a word. (FTS5's default
    unicode61 tokenizer already lower-cases it and strips accents.)
    """

    @cached_property
    def title(self) -> str:
        return " ".join(stems(super().title))

    @cached_property
    def body(self) -> str:
        return " ".join(stems(super().body))


class DutchSQLiteIndex(SQLiteIndex):
    def add_items(self, model: Any, objs: Any) -> None:
        # A copy of SQLiteIndex.add_items whose only change is `DutchObjectIndexer` where the
        # original hard-codes the module-level `ObjectIndexer`: modelsearch offers no hook to
        # swap the indexer, and this is the one method that creates it. Keep in step with
        # modelsearch when upgrading it.
        search_fields = model.get_search_fields()
        if not search_fields:
            return

        indexers = [DutchObjectIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return

        content_type_pk = get_content_type_pk(model)

        ids_and_data = {
            indexer.id: (indexer.title, indexer.autocomplete, indexer.body) for indexer in indexers
        }

        index_entries_for_ct = self.entries.filter(content_type_id=content_type_pk)
        indexed_ids = frozenset(
            index_entries_for_ct.filter(object_id__in=ids_and_data.keys()).values_list(
                "object_id", flat=True
            )
        )
        for indexed_id in indexed_ids:
            title, autocomplete, body = ids_and_data[indexed_id]
            index_entries_for_ct.filter(object_id=indexed_id).update(
                title=title, autocomplete=autocomplete, body=body
            )

        to_be_created = []
        for object_id, (title, autocomplete, body) in ids_and_data.items():
            if object_id not in indexed_ids:
                to_be_created.append(
                    IndexEntry(
                        content_type_id=content_type_pk,
                        object_id=object_id,
                        title=title,
                        autocomplete=autocomplete,
                        body=body,
                    )
                )
        self.entries.bulk_create(to_be_created)

        self._refresh_title_norms()


class DutchSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    """Whole-word search, with the FTS5 query rebuilt from stemmed terms.

    modelsearch splits a query on whitespace and quotes each word for FTS5, but does not escape
    a double quote inside a word, so queries like ``foo"bar`` raise an FTS5 syntax error. Here
    the terms are the words found by :data:`kennispunt.search.text.WORD_RE` (letters and digits
    only), so no FTS5 syntax can get through, and for whole-word search they are also stemmed
    exactly as the index was. A query without any such term matches nothing.
    """

    def query_terms(self, text: str) -> list[str]:
        return stems(text)

    def build_search_query_content(self, query: Any, config: Any = None) -> Any:
        if isinstance(query, PlainText):
            # Stop words are left out, as PostgreSQL's dutch configuration does; a phrase
            # (below) keeps every word.
            terms = self.query_terms(" ".join(query_words(query.query_string)))
            if not terms:
                return None
            *rest, last = terms
            lexemes = Lexeme(last, prefix=self.LAST_TERM_IS_PREFIX)
            for term in rest:
                if query.operator.upper() == "AND":
                    lexemes &= Lexeme(term)
                else:
                    lexemes |= Lexeme(term)
            return SearchQueryExpression(lexemes, config=config)

        if isinstance(query, Phrase):
            terms = self.query_terms(query.query_string)
            # modelsearch wraps a string in double quotes: an FTS5 phrase.
            return SearchQueryExpression(" ".join(terms)) if terms else None

        if isinstance(query, AndNot):
            included = self.build_search_query_content(query.subquery_a, config=config)
            excluded = self.build_search_query_content(query.subquery_b, config=config)
            if included is None or excluded is None:
                return included
            return included._combine(excluded, "NOT")

        if isinstance(query, (And, Or)):
            # Sub-queries without terms (only punctuation) drop out instead of breaking the query.
            built = [
                subquery_expression
                for subquery in query.subqueries
                if (subquery_expression := self.build_search_query_content(subquery, config))
                is not None
            ]
            if not built:
                return None
            if isinstance(query, And):
                return reduce(lambda a, b: a & b, built)
            return reduce(lambda a, b: a | b, built)

        # MatchAll, Boost or Fuzzy inside a combination: modelsearch itself refuses these.
        return super().build_search_query_content(query, config=config)

    def search(
        self, config: Any, start: int | None, stop: int | None, score_field: str | None = None
    ) -> QuerySet[Any]:
        # modelsearch would compile a query without terms into an invalid MATCH expression.
        normalized = normalize(self.query)
        if isinstance(normalized, Not):
            normalized = normalized.subquery
        if (
            not isinstance(normalized, MatchAll)
            and self.build_search_query_content(normalized, config=config) is None
        ):
            return self.queryset.none()
        if self.order_by_relevance and stop is not None and not isinstance(normalized, MatchAll):
            if not isinstance(normalize(self.query), Not):
                return self._ranked_slice(config, normalized, start or 0, stop, score_field)
        return super().search(config, start, stop, score_field=score_field)

    def _ranked_slice(
        self, config: Any, query: Any, start: int, stop: int, score_field: str | None
    ) -> QuerySet[Any]:
        """One page of results ordered by relevance, without a score subquery per row.

        modelsearch orders by a correlated subquery that repeats the MATCH and bm25() for every
        matching object, which grows with the square of the hits (12 s for a common word in
        5,000 articles, see bench/knowledge.py). Here FTS5 ranks all hits once, the source
        queryset says which of them may be shown, and only the requested slice is loaded.
        """
        match = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config)
        )
        hits = SQLiteFTSIndexEntry.objects.filter(match).filter(
            index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model)
        )
        ranked = hits.annotate(score=self._build_rank_expression(self.get_search_vectors(), config))
        ranked = ranked.order_by("score", "-index_entry__object_id")
        allowed = set(
            self.queryset.filter(
                pk__in=hits.values_list("index_entry__object_id", flat=True)
            ).values_list("pk", flat=True)
        )
        to_python = self.queryset.model._meta.pk.to_python
        order: list[Any] = []
        scores: dict[Any, float] = {}
        for object_id, score in ranked.values_list("index_entry__object_id", "score"):
            pk = to_python(object_id)
            if pk in allowed and pk not in scores:
                scores[pk] = score
                order.append(pk)
        page = order[start:stop]
        if not page:
            return self.queryset.none()
        position = Case(*(When(pk=pk, then=Value(i)) for i, pk in enumerate(page)))
        results = self.queryset.filter(pk__in=page).order_by(position)
        if score_field is not None:
            results = results.annotate(
                **{
                    score_field: Case(
                        *(When(pk=pk, then=Value(scores[pk])) for pk in page),
                        output_field=FloatField(),
                    )
                }
            )
        return results


class DutchSQLiteAutocompleteQueryCompiler(
    DutchSQLiteSearchQueryCompiler, SQLiteAutocompleteQueryCompiler
):
    """Autocomplete: modelsearch's autocomplete compiler (prefix match on the ``autocomplete``
    column) with our query building; terms are sanitised and folded but not stemmed, as that
    column isn't."""

    def query_terms(self, text: str) -> list[str]:
        return words(text)


class DutchSQLiteSearchBackend(SQLiteSearchBackend):
    """modelsearch's SQLite FTS5 backend with Dutch stemming of the index and the query."""

    index_class = DutchSQLiteIndex
    query_compiler_class = DutchSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = DutchSQLiteAutocompleteQueryCompiler
