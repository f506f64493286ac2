from typing import Any

from django.utils.feedgenerator import Rss201rev2Feed

from kennispunt.core.feeds import PageIndexFeed

from .models import NewsletterIndexPage, NewsletterIssuePage


class IssueFeed(PageIndexFeed):
    """RSS feed of the newsletter archive."""

    feed_type = Rss201rev2Feed
    index: NewsletterIndexPage

    def description(self) -> str:
        return self.index.intro

    def items(self) -> Any:
        return self.index.issues()[:20]

    def item_description(self, item: NewsletterIssuePage) -> str:
        return item.summary
