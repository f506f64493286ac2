from typing import Any

from django.core.paginator import Paginator
from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import body_blocks
from .mixins import ReadingMixin


class NewsIndexPage(RoutablePageMixin, ReadingMixin, Page):
    intro = models.TextField(_("introductie"), blank=True)
    body = StreamField(body_blocks(), verbose_name=_("inhoud"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["knowledge.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("nieuwsoverzicht")

    def news(self) -> models.QuerySet["NewsPage"]:
        return NewsPage.objects.child_of(self).live().public().order_by("-date", "-pk")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["items"] = Paginator(self.news(), 20).get_page(request.GET.get("pagina"))
        return context

    @path("feed/")
    def feed(self, request: HttpRequest) -> Any:
        from ..feeds import NewsFeed

        return NewsFeed(self)(request)


class NewsPage(ReadingMixin, Page):
    date = models.DateField(_("datum"), default=timezone.localdate, db_index=True)
    intro = models.TextField(_("samenvatting"), max_length=400)
    body = StreamField(body_blocks(), verbose_name=_("inhoud"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["knowledge.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("nieuwsbericht")
        verbose_name_plural = _("nieuwsberichten")
