"""A feed of the pages under one Wagtail index page (news, newsletter archive)."""

from typing import Any

from django.contrib.syndication.views import Feed


class PageIndexFeed(Feed):
    """Subclasses set ``feed_type`` and say which pages (``items``) and what text they carry."""

    def __init__(self, index: Any) -> None:
        super().__init__()
        self.index = index

    def title(self) -> str:
        return f"{self.index.title} | Kennispunt"

    def link(self) -> str:
        return self.index.url or "/"

    def item_title(self, item: Any) -> str:
        return item.title

    def item_link(self, item: Any) -> str:
        return item.url or "/"

    def item_pubdate(self, item: Any) -> Any:
        return item.first_published_at
