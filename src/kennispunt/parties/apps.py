from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartiesConfig(AppConfig):
    name = "kennispunt.parties"
    verbose_name = _("Partijen")

    def ready(self) -> None:
        from kennispunt.accounts import personal_data

        from .exports import erase_memberships, export_memberships

        personal_data.register("memberships", exporter=export_memberships, eraser=erase_memberships)
