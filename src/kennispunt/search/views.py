from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from kennispunt.core.breadcrumbs import crumbs
from kennispunt.forum.access import may_use_forum
from kennispunt.forum.selectors import search_forum

from . import selectors

FORUM = "forum"  # a kind of its own: forum posts, for members only
FORUM_PAGE_SIZE = 30


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[: selectors.MAX_QUERY_LENGTH]
    members = may_use_forum(request.user)
    kind = request.GET.get("type", "")
    kind = kind if kind in selectors.TYPES or (kind == FORUM and members) else ""
    theme = request.GET.get("thema", "")
    types = [(key, label) for key, (label, _types) in selectors.TYPES.items()]
    if members:
        types.append((FORUM, _("Forum")))
    context: dict[str, Any] = {
        "query": query,
        "kind": kind,
        "theme": theme,
        "types": types,
        "themes": selectors.themes(),
        "breadcrumbs": crumbs((_("Zoeken"), "")),
    }
    if query and kind == FORUM:
        # Only the forum: the posts that match, stemmed like the rest of the site search.
        context["forum_only"] = True
        context["forum_hits"] = search_forum(query=query, limit=FORUM_PAGE_SIZE)
    elif query:
        results = selectors.search_pages(
            query=query, kind=kind, theme=theme, page_number=request.GET.get("pagina")
        )
        context["results"] = results
        context["documents"] = selectors.search_documents(query=query) if not kind else []
        # Forum posts are for members only: nobody else gets forum hits.
        if not kind and members:
            context["forum_hits"] = search_forum(query=query)
        if not results.paginator.count:
            context["suggestion"] = selectors.suggestion(query)
    return render(request, "search/search.html", context)
