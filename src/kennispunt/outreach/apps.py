from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutreachConfig(AppConfig):
    name = "kennispunt.outreach"
    verbose_name = _("Voor gemeenten")

    def ready(self) -> None:
        from kennispunt.newsletter import audiences
        from kennispunt.pages import site_structure

        from . import webhooks
        from .selectors import griffie_audiences
        from .structure import outreach_structure_ensure

        for audience in griffie_audiences():
            audiences.register(audience)
        site_structure.register_section_builder(outreach_structure_ensure)
        webhooks.connect()
