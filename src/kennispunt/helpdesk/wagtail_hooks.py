"""Canned answers are managed in the Wagtail admin by helpdesk staff."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CannedAnswer


class CannedAnswerViewSet(SnippetViewSet):
    model = CannedAnswer
    icon = "doc-full"
    menu_label = _("Standaardantwoorden")
    list_display = ["title"]


register_snippet(CannedAnswerViewSet)
