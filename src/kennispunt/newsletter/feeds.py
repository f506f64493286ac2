from typing import Any

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed

from .models import NewsletterIndexPage, NewsletterIssuePage


class IssueFeed(Feed):
    """RSS feed of the newsletter archive."""

    feed_type = Rss201rev2Feed

    def __init__(self, index: NewsletterIndexPage) -> None:
        super().__init__()
        self.index = index

    def title(self) -> str:
        return f"{self.index.title} | Kennispunt"

    def link(self) -> str:
        return self.index.url or "/"

    def description(self) -> str:
        return self.index.intro

    def items(self) -> Any:
        return self.index.issues()[:20]

    def item_title(self, item: NewsletterIssuePage) -> str:
        return item.title

    def item_description(self, item: NewsletterIssuePage) -> str:
        return item.summary

    def item_link(self, item: NewsletterIssuePage) -> str:
        return item.url or "/"

    def item_pubdate(self, item: NewsletterIssuePage) -> Any:
        return item.first_published_at
