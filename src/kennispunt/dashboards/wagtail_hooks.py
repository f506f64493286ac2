"""The CMS (Wagtail's admin) leads back to the staff entry page, as every staff page does."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem


@hooks.register("register_admin_menu_item")
def register_staff_home_menu_item() -> MenuItem:
    return MenuItem(_("Naar Beheer"), reverse("dashboards:staff"), icon_name="home", order=0)
