from typing import Any

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from .models import NewsIndexPage, NewsPage


class NewsFeed(Feed):
    """Atom feed of the news (RSS readers read Atom too)."""

    feed_type = Atom1Feed

    def __init__(self, index: NewsIndexPage) -> None:
        super().__init__()
        self.index = index

    def title(self) -> str:
        return f"{self.index.title} | Kennispunt"

    def link(self) -> str:
        return self.index.url or "/"

    def subtitle(self) -> str:
        return self.index.intro

    def items(self) -> Any:
        return self.index.news()[:20]

    def item_title(self, item: NewsPage) -> str:
        return item.title

    def item_description(self, item: NewsPage) -> str:
        return item.intro

    def item_link(self, item: NewsPage) -> str:
        return item.url or "/"

    def item_pubdate(self, item: NewsPage) -> Any:
        return item.first_published_at
