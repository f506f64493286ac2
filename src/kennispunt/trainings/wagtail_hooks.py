"""Training descriptions are editorial: editors and trainers edit them as Wagtail snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Training


class TrainingViewSet(SnippetViewSet):
    model = Training
    icon = "group"
    menu_label = _("Trainingen")
    add_to_admin_menu = True
    list_display = ["title", "theme", "trainer"]
    list_filter = ["theme"]
    search_fields = ["title"]


register_snippet(TrainingViewSet)
