from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _


class OutreachConfig(AppConfig):
    name = "kennispunt.outreach"
    verbose_name = _("Voor gemeenten")

    def ready(self) -> None:
        from kennispunt.mailings import audiences, bounces
        from kennispunt.pages import site_structure

        from .models import GriffieContact
        from .selectors import griffie_audiences
        from .services import contacts_mark_bounced
        from .structure import outreach_structure_ensure

        for audience in griffie_audiences():
            audiences.register(audience)
        bounces.register("outreach", contacts_mark_bounced)
        site_structure.register_section_builder(outreach_structure_ensure)
        post_delete.connect(
            _erase_deliveries, sender=GriffieContact, dispatch_uid="outreach.erase_deliveries"
        )


def _erase_deliveries(sender: Any, instance: Any, **kwargs: Any) -> None:
    from .services import contact_erase_deliveries

    contact_erase_deliveries(contact_id=instance.pk)
