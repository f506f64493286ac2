"""Forum categories in the Wagtail admin, for moderators and beheerders (model permissions)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Category


class CategoryViewSet(ModelViewSet):
    model = Category
    url_prefix = "forum/categorieen"
    url_namespace = "forum_categories"
    icon = "folder-open-inverse"
    menu_label = _("Forumcategorieën")
    add_to_admin_menu = True
    list_display = ["name", "slug", "order", "staff_only"]
    form_fields = ["name", "slug", "description", "order", "staff_only"]
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_viewsets() -> CategoryViewSet:
    return CategoryViewSet()
