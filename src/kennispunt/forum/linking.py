"""Read the site's pages that posts link to, for the knowledge-base cards under a post."""

from django.core.exceptions import FieldDoesNotExist
from wagtail.fields import RichTextField
from wagtail.models import Page, Site

from kennispunt.core.text import rich_text_words

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
        .filter(url_path__in=[prefix + path for path in paths], depth__gte=site.root_page.depth)
        .specific()
    )
    cards = {}
    for page in pages:
        path = page.url_path[len(prefix) :]
        cards[path] = PageCard(title=page.title, url=path, intro=_intro_text(page)[:300])
    return cards


def _intro_text(page: Page) -> str:
    """The page's introduction as plain text: a rich-text intro (the home page's) is HTML, and
    the card escapes what it shows, so its markup would otherwise appear as text."""
    intro = getattr(page, "intro", "") or ""
    try:
        rich = isinstance(page._meta.get_field("intro"), RichTextField)
    except FieldDoesNotExist:
        rich = False
    text = rich_text_words(str(intro)) if rich else " ".join(str(intro).split())
    return text or page.search_description or ""
