"""Staff create elections, set exceptional dates and keep council sizes in the Wagtail admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import CouncilSize, Election, StepOverride


class ElectionViewSet(SnippetViewSet):
    model = Election
    icon = "date"
    menu_label = _("Verkiezingen")
    list_display = ["title", "year", "nomination_day", "election_day", "is_published"]
    panels = [
        FieldPanel("type"),
        FieldPanel("year"),
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("nomination_day_override"),
        FieldPanel("election_day_override"),
        FieldPanel("is_published"),
    ]


class StepOverrideViewSet(SnippetViewSet):
    model = StepOverride
    icon = "warning"
    menu_label = _("Afwijkende datums")
    list_display = ["election", "step_key", "starts_on", "due_on", "source"]
    panels = [
        FieldPanel("election"),
        FieldPanel("step_key"),
        FieldPanel("starts_on"),
        FieldPanel("due_on"),
        FieldPanel("source"),
    ]


class CouncilSizeViewSet(SnippetViewSet):
    model = CouncilSize
    icon = "group"
    menu_label = _("Raadsgroottes")
    list_display = ["municipality", "seats", "updated_at"]
    search_fields = ["municipality__name"]
    panels = [
        FieldPanel("municipality"),
        FieldPanel("inhabitants"),
        FieldPanel("seats"),
        FieldPanel("source"),
    ]


class ElectionsViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Verkiezingsplanner")
    menu_icon = "date"
    items = (ElectionViewSet, StepOverrideViewSet, CouncilSizeViewSet)


register_snippet(ElectionsViewSetGroup)
