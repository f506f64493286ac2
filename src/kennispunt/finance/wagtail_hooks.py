"""Staff correct a figure of a rule pack, with its source, in the Wagtail admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import RuleOverride


class RuleOverrideViewSet(SnippetViewSet):
    model = RuleOverride
    icon = "warning"
    menu_label = _("Bedragen partijfinanciering")
    list_display = ["pack", "key", "value", "source", "updated_at"]
    panels = [FieldPanel("pack"), FieldPanel("key"), FieldPanel("value"), FieldPanel("source")]


register_snippet(RuleOverrideViewSet)
