"""Staff keep the griffie contacts and edit the explanation for griffiers in the Wagtail admin."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import GriffieContact, OutreachText


class GriffieContactViewSet(SnippetViewSet):
    model = GriffieContact
    icon = "mail"
    menu_label = _("Griffiecontacten")
    list_display = ["municipality", "email", "name", "opted_out_at", "bounced_at"]
    list_filter = ["municipality__province"]
    search_fields = ["email", "name"]
    panels = [
        FieldPanel("municipality"),
        FieldPanel("email"),
        FieldPanel("name"),
        FieldPanel("notes"),
        FieldPanel("opted_out_at"),
        FieldPanel("bounced_at"),
    ]


class OutreachTextViewSet(SnippetViewSet):
    model = OutreachText
    icon = "doc-full"
    menu_label = _("Uitleg voor gemeenten")
    list_display = ["title", "updated_at"]
    panels = [FieldPanel("title"), FieldPanel("intro"), FieldPanel("body")]


class OutreachViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Voor gemeenten")
    menu_icon = "site"
    items = (GriffieContactViewSet, OutreachTextViewSet)


register_snippet(OutreachViewSetGroup)


class _PermissionMenuItem(MenuItem):
    def is_shown(self, request: object) -> bool:
        return bool(request.user.has_perm("outreach.send_outreach"))  # type: ignore[attr-defined]


@hooks.register("register_admin_menu_item")
def register_overview_menu_item() -> MenuItem:
    return _PermissionMenuItem(
        _("Mailing aan griffies"), reverse("outreach:overview"), icon_name="mail", order=900
    )
