"""Editors' tools in the Wagtail admin: the wegwijzer, broken links and the review overview."""

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import WegwijzerEntry, WegwijzerNeed
from .services_upkeep import articles_due_for_review

EDITOR_PERMISSION = "wagtailadmin.access_admin"


class WegwijzerEntryViewSet(SnippetViewSet):
    model = WegwijzerEntry
    icon = "link-external"
    menu_label = _("Links")
    list_display = ["title", "organisation", "need", "is_broken", "last_checked_at"]
    list_filter = ["need", "is_broken"]
    search_fields = ["title", "organisation", "description"]


class WegwijzerNeedViewSet(SnippetViewSet):
    model = WegwijzerNeed
    icon = "list-ul"
    menu_label = _("Behoeften")
    list_display = ["title", "sort_order"]


class WegwijzerViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Wegwijzer")
    menu_icon = "site"
    items = (WegwijzerEntryViewSet, WegwijzerNeedViewSet)


register_snippet(WegwijzerViewSetGroup)


def review_overview(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "knowledge/admin/review_overview.html",
        {
            "articles": articles_due_for_review(),
            "broken_links": WegwijzerEntry.objects.filter(is_broken=True).order_by("title"),
        },
    )


@hooks.register("register_admin_urls")
def register_review_urls() -> list[Any]:
    return [path("actualiteit/", review_overview, name="knowledge_review_overview")]


@hooks.register("register_reports_menu_item")
def register_review_menu_item() -> MenuItem:
    return MenuItem(
        _("Actualiteit"),
        reverse("knowledge_review_overview"),
        icon_name="time",
        order=50,
    )


class ReviewPanel(Component):
    """On the admin dashboard: what needs an editor's attention."""

    name = "knowledge_review"
    order = 50
    template_name = "knowledge/admin/review_panel.html"

    def get_context_data(self, parent_context: Any = None) -> dict[str, Any]:
        return {
            "due_count": articles_due_for_review().count(),
            "broken_count": WegwijzerEntry.objects.filter(is_broken=True).count(),
            "overview_url": reverse("knowledge_review_overview"),
        }


@hooks.register("construct_homepage_panels")
def add_review_panel(request: HttpRequest, panels: list[Any]) -> None:
    panels.append(ReviewPanel())
