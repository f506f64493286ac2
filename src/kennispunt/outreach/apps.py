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
        _register_staff_and_cache()


def _register_staff_and_cache() -> None:
    from kennispunt.accounts import staff_permissions
    from kennispunt.accounts.roles import BEHEERDER, REDACTEUR
    from kennispunt.core import cacheable, staff_tools

    text = staff_permissions.model_permissions("outreach.outreachtext", "change", "view")
    staff_permissions.grant(REDACTEUR, *text)
    staff_permissions.grant(
        BEHEERDER,
        "outreach.send_outreach",
        *staff_permissions.model_permissions(
            "outreach.griffiecontact", "add", "change", "delete", "view"
        ),
        *text,
    )
    staff_tools.register(
        "outreach",
        label=_("Gemeenten benaderen"),
        description=_("De mailing aan de griffies, en per gemeente wie bereikt is."),
        url_name="outreach:overview",
        permission="outreach.send_outreach",
        order=70,
    )
    cacheable.register(
        views=[
            "outreach:explanation",
            "outreach:pdf",
            "outreach:municipalities",
            "outreach:municipality",
        ],
        query={"pagina": cacheable.PAGE_NUMBER, "provincie": cacheable.CHOICE},
        models=["outreach.OutreachText"],
    )


def _erase_deliveries(sender: Any, instance: Any, **kwargs: Any) -> None:
    from .services import contact_erase_deliveries

    contact_erase_deliveries(contact_id=instance.pk)
