"""Follow the links of the site as one person would: for the wording and phone-layout tests.

``crawl(fetch)`` starts at the home page and follows every same-origin ``<a href>`` (GET only),
breadth first. ``fetch(path)`` returns ``(status, content_type, html)``: the Django test
client in tests/site, Playwright in tests/browser. Pages of one URL pattern look alike, so at
most ``per_route`` of each are visited (a route is the resolver's pattern plus the names of the
query parameters; Wagtail serves every editorial page through one pattern, so there the first
path segment and the depth stand in for the page type).
"""

from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urldefrag, urlsplit

from django.urls import Resolver404, resolve

# What is never followed, and why.
SKIPPED_PREFIXES = (
    "/account/logout/",  # ends the session the crawl needs (and is a POST form anyway)
    "/beheer/cms/",  # Wagtail's own admin: not our pages, not our wording
    "/beheer/django/",  # Django's admin: the same
    "/documenten/",  # document downloads, not pages
    "/media/",  # images
    "/static/",
    "/i18n/",  # the language switch: the crawl reads the site in Dutch
)
SKIPPED_SUFFIXES = (".ics", ".pdf", ".csv", ".xml", ".txt", ".rss", ".atom", ".zip", ".png")
SKIPPED_PARTS = ("/feed", "/rss", "/export", "/download", "/bijlage")  # downloads and feeds


@dataclass(frozen=True)
class Visited:
    path: str
    status: int
    html: str


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def links(html: str) -> list[str]:
    parser = _Links()
    parser.feed(html)
    return parser.hrefs


def same_origin_path(href: str, origins: Iterable[str] = ()) -> str | None:
    """The path and query of a link to this site, or None for another site / a mailto."""
    href, _fragment = urldefrag(href.strip())
    for origin in origins:
        if origin and href.startswith(origin):
            href = href[len(origin) :] or "/"
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def is_skipped(path: str) -> bool:
    bare = urlsplit(path).path
    return (
        bare.startswith(SKIPPED_PREFIXES)
        or bare.lower().endswith(SKIPPED_SUFFIXES)
        or any(part in bare for part in SKIPPED_PARTS)
    )


def route_key(path: str) -> str:
    parts = urlsplit(path)
    query = ",".join(sorted({name for name, _value in parse_qsl(parts.query)}))
    try:
        match = resolve(parts.path)
    except Resolver404:
        return f"404:{parts.path}"
    route = match.route
    if match.url_name == "wagtail_serve":
        segments = [s for s in parts.path.split("/") if s]
        route = f"wagtail:{segments[0] if segments else ''}:{len(segments)}"
    return f"{route}?{query}"


def crawl(
    fetch: Callable[[str], tuple[int, str, str]],
    *,
    start: str = "/",
    per_route: int = 3,
    limit: int = 1000,
    origins: Iterable[str] = (),
) -> list[Visited]:
    """Every HTML page reachable from ``start``; see the module docstring."""
    origins = tuple(origins)
    queue: deque[str] = deque([start])
    seen = {start}
    per_key: Counter[str] = Counter({route_key(start): 1})
    visited: list[Visited] = []
    while queue and len(visited) < limit:
        path = queue.popleft()
        status, content_type, html = fetch(path)
        if "text/html" not in content_type:
            continue
        visited.append(Visited(path, status, html))
        for href in links(html):
            target = same_origin_path(href, origins)
            if target is None or target in seen or is_skipped(target):
                continue
            seen.add(target)
            key = route_key(target)
            if per_key[key] >= per_route:
                continue
            per_key[key] += 1
            queue.append(target)
    return visited
