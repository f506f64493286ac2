"""The public archive (/nieuwsbrieven/) and the newsletter issues, composed in Wagtail."""

from typing import Any

from django.core.paginator import Paginator
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from kennispunt.pages.models import BreadcrumbsMixin

from ..blocks import issue_blocks

PAGE_SIZE = 24


class NewsletterIndexPage(RoutablePageMixin, BreadcrumbsMixin, Page):
    intro = models.TextField(_("introductie"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["newsletter.NewsletterIssuePage"]
    max_count = 1

    class Meta:
        verbose_name = _("nieuwsbriefarchief")

    def issues(self) -> models.QuerySet["NewsletterIssuePage"]:
        return NewsletterIssuePage.objects.child_of(self).live().public().order_by("-date", "-pk")

    def years(self) -> list[int]:
        return [d.year for d in self.issues().dates("date", "year", order="DESC")]

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        issues = self.issues()
        years = self.years()
        year = kwargs.get("year")
        if year is not None:
            # Only years with issues: /99999/ would otherwise break the date lookup (500).
            if year not in years:
                raise Http404
            issues = issues.filter(date__year=year)
        context["year"] = year
        context["years"] = years
        context["items"] = Paginator(issues, PAGE_SIZE).get_page(request.GET.get("pagina"))
        return context

    @path("")
    def index_view(self, request: HttpRequest) -> HttpResponse:
        return TemplateResponse(request, self.get_template(request), self.get_context(request))

    @path("<int:year>/")
    def year_view(self, request: HttpRequest, year: int) -> HttpResponse:
        return TemplateResponse(
            request, self.get_template(request), self.get_context(request, year=year)
        )

    @path("feed/")
    def feed(self, request: HttpRequest) -> Any:
        from ..feeds import IssueFeed

        return IssueFeed(self)(request)


class NewsletterIssuePage(BreadcrumbsMixin, Page):
    date = models.DateField(_("datum"), default=timezone.localdate, db_index=True)
    summary = models.TextField(
        _("samenvatting"),
        max_length=400,
        help_text=_("Eén of twee zinnen: staat in het archief en boven in de e-mail."),
    )
    body = StreamField(issue_blocks(), verbose_name=_("inhoud"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["newsletter.NewsletterIndexPage"]
    subpage_types: list[str] = []
    preview_modes = [
        ("", _("Webpagina")),
        ("email", _("E-mail (HTML)")),
        ("text", _("E-mail (platte tekst)")),
    ]

    class Meta:
        verbose_name = _("nieuwsbrief")
        verbose_name_plural = _("nieuwsbrieven")
        # Sending goes through the mailings app, but who may send an issue is the
        # newsletter's own rule.
        permissions = [("send_mailing", _("Mag nieuwsbrieven verzenden"))]

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from ..rendering import issue_sections
        from ..selectors import archived_edition

        context = super().get_context(request, *args, **kwargs)
        # A sent issue is shown as it was sent; only staff previewing see a fresh render.
        edition = None if getattr(request, "is_preview", False) else archived_edition(self)
        context["edition"] = edition
        context["sections"] = [] if edition is not None else issue_sections(self)
        return context

    def serve_preview(self, request: HttpRequest, mode_name: str) -> HttpResponse:
        from ..rendering import PREVIEW_UNSUBSCRIBE_URL, issue_render

        if mode_name not in ("email", "text"):
            return super().serve_preview(request, mode_name)
        rendered = issue_render(self)
        if mode_name == "email":
            html = rendered.html_body.replace(rendered.placeholder, PREVIEW_UNSUBSCRIBE_URL)
            return HttpResponse(html)
        text = rendered.text_body.replace(rendered.placeholder, PREVIEW_UNSUBSCRIBE_URL)
        return HttpResponse(text, content_type="text/plain; charset=utf-8")
