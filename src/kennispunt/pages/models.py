"""General editorial pages: the home page and plain content pages (privacy, toegankelijkheid)."""

from typing import Any

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

BODY_BLOCKS = [
    ("heading", blocks.CharBlock(label=_("Tussenkop"), form_classname="title")),
    (
        "paragraph",
        blocks.RichTextBlock(label=_("Tekst"), features=["bold", "italic", "link", "ol", "ul"]),
    ),
]


class BreadcrumbsMixin:
    def breadcrumbs(self) -> list[dict[str, str]]:
        """Ancestors below the site root, then this page (the home page itself has none)."""
        page: Any = self
        if page.depth <= 2:
            return []
        ancestors = page.get_ancestors().filter(depth__gt=2).specific()
        crumbs = [{"title": a.title, "url": a.url} for a in ancestors]
        crumbs.append({"title": page.title, "url": ""})
        return crumbs

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)  # type: ignore[misc]
        context["breadcrumbs"] = self.breadcrumbs()
        return context


class HomePage(BreadcrumbsMixin, Page):
    intro = RichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BODY_BLOCKS, verbose_name=_("inhoud"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("startpagina")


class ContentPage(BreadcrumbsMixin, Page):
    """A plain page: privacy statement, accessibility statement, contact, section introductions."""

    intro: models.TextField = models.TextField(_("samenvatting"), blank=True, max_length=500)
    body = StreamField(BODY_BLOCKS, verbose_name=_("inhoud"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("inhoudspagina")
        verbose_name_plural = _("inhoudspagina's")
