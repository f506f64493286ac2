from typing import Any

from django.utils.feedgenerator import Atom1Feed

from kennispunt.core.feeds import PageIndexFeed

from .models import NewsIndexPage, NewsPage


class NewsFeed(PageIndexFeed):
    """Atom feed of the news (RSS readers read Atom too)."""

    feed_type = Atom1Feed
    index: NewsIndexPage

    def subtitle(self) -> str:
        return self.index.intro

    def items(self) -> Any:
        return self.index.news()[:20]

    def item_description(self, item: NewsPage) -> str:
        return item.intro
