from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..blocks import body_blocks
from .mixins import ReadingMixin

REVIEW_INTERVAL = timedelta(days=365)
PAGE_SIZE = 20


class KnowledgeIndexPage(ReadingMixin, Page):
    """/kennis/: the themes of the knowledge base."""

    intro = models.TextField(_("introductie"), blank=True)
    body = StreamField(body_blocks(), verbose_name=_("inhoud"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    og_type = "website"
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["knowledge.ThemePage"]
    max_count = 1

    class Meta:
        verbose_name = _("kennisbank")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = ThemePage.objects.child_of(self).live().public().specific()
        return context


class ThemePage(ReadingMixin, Page):
    """A theme (Oprichting, Kandidaatstelling, ...) with its articles and modules."""

    intro = models.TextField(_("introductie"), blank=True)
    body = StreamField(body_blocks(), verbose_name=_("inhoud"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    og_type = "website"
    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types = ["knowledge.ArticlePage", "knowledge.ModulePage"]

    class Meta:
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from .modules import ModulePage

        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.child_of(self).live().public().order_by("title")
        context["articles"] = Paginator(articles, PAGE_SIZE).get_page(request.GET.get("pagina"))
        context["modules"] = ModulePage.objects.child_of(self).live().public().order_by("title")
        return context


def _default_review_date() -> date:
    return timezone.localdate() + REVIEW_INTERVAL


class ArticlePage(ReadingMixin, Page):
    intro = models.TextField(
        _("samenvatting"), max_length=400, help_text=_("Eén of twee zinnen onder de titel.")
    )
    body = StreamField(body_blocks(), verbose_name=_("inhoud"))
    content_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("inhoudelijk eigenaar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Krijgt bericht als het artikel gecontroleerd moet worden."),
    )
    last_reviewed_at = models.DateField(_("laatst gecontroleerd op"), default=timezone.localdate)
    next_review_at = models.DateField(
        _("volgende controle"), default=_default_review_date, db_index=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("related_links", label=_("Gerelateerde artikelen"), max_num=5),
    ]
    settings_panels = [
        *Page.settings_panels,
        MultiFieldPanel(
            [
                FieldPanel("content_owner"),
                FieldPanel("last_reviewed_at"),
                FieldPanel("next_review_at"),
            ],
            heading=_("Actualiteit"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("next_review_at"),
    ]
    parent_page_types = ["knowledge.ThemePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("artikel")
        verbose_name_plural = _("artikelen")

    @property
    def review_overdue(self) -> bool:
        return self.next_review_at < timezone.localdate()

    def related_articles(self) -> list["ArticlePage"]:
        return [
            link.article
            for link in self.related_links.select_related("article").all()
            if link.article.live
        ]

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["related"] = self.related_articles()
        context["toc"] = self.table_of_contents()
        return context


class RelatedArticle(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")
    article = models.ForeignKey(
        ArticlePage, verbose_name=_("artikel"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("gerelateerd artikel")
