from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from kennispunt.core.breadcrumbs import crumbs
from kennispunt.forum.access import may_use_forum
from kennispunt.forum.selectors import search_forum

from . import selectors


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[: selectors.MAX_QUERY_LENGTH]
    kind = request.GET.get("type", "")
    kind = kind if kind in selectors.TYPES else ""
    theme = request.GET.get("thema", "")
    context: dict[str, Any] = {
        "query": query,
        "kind": kind,
        "theme": theme,
        "types": [(key, label) for key, (label, _types) in selectors.TYPES.items()],
        "themes": selectors.themes(),
        "breadcrumbs": crumbs((_("Zoeken"), "")),
    }
    if query:
        results = selectors.search_pages(
            query=query, kind=kind, theme=theme, page_number=request.GET.get("pagina")
        )
        context["results"] = results
        context["documents"] = selectors.search_documents(query=query) if not kind else []
        # Forum posts are for members only: nobody else gets forum hits.
        if not kind and may_use_forum(request.user):
            context["forum_hits"] = search_forum(query=query)
        if not results.paginator.count:
            context["suggestion"] = selectors.suggestion(query)
    return render(request, "search/search.html", context)
