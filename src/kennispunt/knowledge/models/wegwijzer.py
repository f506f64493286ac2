"""The wegwijzer: a checked directory of where councillors and boards find help."""

from typing import Any

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from .mixins import ReadingMixin

AUDIENCES = (
    ("raadslid", _("Raadslid")),
    ("fractievoorzitter", _("Fractievoorzitter")),
    ("bestuurder", _("Partijbestuurder")),
    ("wethouder", _("Wethouder")),
)


class WegwijzerNeed(index.Indexed, models.Model):
    """A need to group entries by, e.g. "Ik ben net gekozen"."""

    title = models.CharField(_("titel"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True)
    description = models.CharField(_("omschrijving"), max_length=250, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("behoefte (wegwijzer)")
        verbose_name_plural = _("behoeften (wegwijzer)")
        ordering = ["sort_order", "title"]

    def __str__(self) -> str:
        return self.title


class WegwijzerEntry(index.Indexed, models.Model):
    title = models.CharField(_("titel"), max_length=150)
    organisation = models.CharField(_("organisatie"), max_length=150)
    url = models.URLField(_("adres (URL)"), max_length=500)
    description = models.TextField(_("omschrijving"), max_length=600)
    need = models.ForeignKey(
        WegwijzerNeed, verbose_name=_("behoefte"), on_delete=models.PROTECT, related_name="entries"
    )
    for_raadslid = models.BooleanField(_("voor raadsleden"), default=False)
    for_fractievoorzitter = models.BooleanField(_("voor fractievoorzitters"), default=False)
    for_bestuurder = models.BooleanField(_("voor partijbestuurders"), default=False)
    for_wethouder = models.BooleanField(_("voor wethouders"), default=False)
    # Filled by the link checker (tasks.check_wegwijzer_links).
    last_checked_at = models.DateTimeField(_("laatst gecontroleerd"), null=True, blank=True)
    last_status = models.PositiveSmallIntegerField(_("laatste HTTP-status"), null=True, blank=True)
    check_error = models.CharField(_("foutmelding controle"), max_length=200, blank=True)
    is_broken = models.BooleanField(_("link werkt niet"), default=False, db_index=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("organisation"),
        FieldPanel("url"),
        FieldPanel("description"),
        FieldPanel("need"),
        MultiFieldPanel(
            [
                FieldPanel("for_raadslid"),
                FieldPanel("for_fractievoorzitter"),
                FieldPanel("for_bestuurder"),
                FieldPanel("for_wethouder"),
            ],
            heading=_("Voor wie"),
        ),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("organisation"),
        index.SearchField("description"),
    ]

    class Meta:
        verbose_name = _("wegwijzer-item")
        verbose_name_plural = _("wegwijzer")
        ordering = ["title"]
        indexes = [
            models.Index(fields=["need", "title"], name="knowledge_weg_need_idx"),
            models.Index(fields=["for_raadslid"], name="knowledge_weg_raadslid_idx"),
            models.Index(fields=["for_fractievoorzitter"], name="knowledge_weg_fv_idx"),
            models.Index(fields=["for_bestuurder"], name="knowledge_weg_bestuur_idx"),
            models.Index(fields=["for_wethouder"], name="knowledge_weg_wethouder_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def audiences(self) -> list[str]:
        return [str(label) for key, label in AUDIENCES if getattr(self, f"for_{key}")]


class WegwijzerPage(ReadingMixin, Page):
    """/wegwijzer/: entries grouped by need, filterable by audience."""

    intro = models.TextField(_("introductie"), blank=True)
    body: Any = None

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("wegwijzer")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from ..selectors import wegwijzer_groups

        context = super().get_context(request, *args, **kwargs)
        audience = request.GET.get("voor", "")
        if audience not in dict(AUDIENCES):
            audience = ""
        context["audience"] = audience
        context["audiences"] = AUDIENCES
        context["groups"] = wegwijzer_groups(audience=audience)
        return context
