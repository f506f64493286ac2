"""Read the site's pages that posts link to, for the knowledge-base cards under a post."""

from wagtail.models import Page, Site

from .rendering import PageCard

MAX_CARDS = 5


def page_cards(paths: list[str]) -> dict[str, PageCard]:
    """Live, public Wagtail pages by their site path ("/kennis/.../"), in one or two queries."""
    paths = paths[:MAX_CARDS]
    if not paths:
        return {}
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return {}
    prefix = site.root_page.url_path.rstrip("/")
    pages = (
        Page.objects.live()
        .public()
        .filter(url_path__in=[prefix + path for path in paths], depth__gt=site.root_page.depth)
        .specific()
    )
    cards = {}
    for page in pages:
        path = page.url_path[len(prefix) :]
        intro = getattr(page, "intro", "") or page.search_description or ""
        cards[path] = PageCard(title=page.title, url=path, intro=str(intro)[:300])
    return cards
