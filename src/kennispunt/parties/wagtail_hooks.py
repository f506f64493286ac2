"""The party register in the Wagtail admin, for staff with the party permissions (beheerder).

Memberships are not listed here: they are special-category data, handled (and every view
logged) on the membership pages of the site itself.
"""

from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from .models import Municipality, Party


class PartyViewSet(ModelViewSet):
    model = Party
    url_prefix = "register/partijen"
    url_namespace = "register_parties"
    icon = "group"
    menu_label = _("Partijen")
    list_display = ["name", "is_listed", "has_tk_seats", "is_national_branch"]
    list_filter = ["is_listed", "has_tk_seats", "is_national_branch"]
    search_fields = ["name", "slug"]
    form_fields = [
        "name",
        "slug",
        "municipalities",
        "kvk_number",
        "website",
        "has_tk_seats",
        "is_national_branch",
        "is_listed",
    ]
    copy_view_enabled = False

    def formfield_for_dbfield(self, db_field: Any, **kwargs: Any) -> Any:
        if isinstance(db_field, models.URLField):
            kwargs.setdefault("assume_scheme", "https")  # "partij.nl" means https://partij.nl
        return super().formfield_for_dbfield(db_field, **kwargs)


class MunicipalityViewSet(ModelViewSet):
    model = Municipality
    url_prefix = "register/gemeenten"
    url_namespace = "register_municipalities"
    icon = "site"
    menu_label = _("Gemeenten")
    list_display = ["name", "cbs_code", "province", "is_active"]
    list_filter = ["province", "is_active"]
    search_fields = ["name", "cbs_code"]
    form_fields = ["name", "cbs_code", "slug", "province", "is_active"]
    copy_view_enabled = False


class RegisterViewSetGroup(ModelViewSetGroup):
    menu_label = _("Register")
    menu_icon = "list-ul"
    items = (PartyViewSet, MunicipalityViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets() -> RegisterViewSetGroup:
    return RegisterViewSetGroup()
