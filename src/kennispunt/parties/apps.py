from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartiesConfig(AppConfig):
    name = "kennispunt.parties"
    verbose_name = _("Partijen")

    def ready(self) -> None:
        from kennispunt.accounts import personal_data, staff_permissions
        from kennispunt.accounts.roles import BEHEERDER
        from kennispunt.core import cacheable, staff_tools, start_panels

        from . import panels
        from .exports import (
            erase_memberships,
            erase_registrations,
            export_memberships,
            export_registrations,
        )

        personal_data.register("memberships", exporter=export_memberships, eraser=erase_memberships)
        personal_data.register(
            "party_registrations", exporter=export_registrations, eraser=erase_registrations
        )
        staff_permissions.grant(
            BEHEERDER,
            "parties.view_membership",
            "parties.verify_membership",
            "parties.review_party_registration",
            *staff_permissions.model_permissions("parties.party", "add", "change", "view"),
            *staff_permissions.model_permissions("parties.municipality", "add", "change", "view"),
        )
        start_panels.register(
            "party", template="parties/panels/start.html", context=panels.start_panel, order=10
        )
        staff_tools.register(
            "memberships",
            label=_("Lidmaatschapsaanvragen"),
            description=_("Bevestig of weiger wie zich aan een partij wil koppelen."),
            url_name="parties:pending",
            permission="parties.verify_membership",
            counts=panels.staff_counts,
            order=20,
        )
        staff_tools.register(
            "party_registrations",
            label=_("Aanmeldingen van partijen"),
            description=_("Beoordeel nieuwe lokale partijen voor het register."),
            url_name="parties:registration_queue",
            permission="parties.review_party_registration",
            counts=panels.registration_counts,
            order=21,
        )
        cacheable.register(
            views=["parties:list", "parties:detail"],
            query={"pagina": cacheable.PAGE_NUMBER, "provincie": cacheable.CHOICE},
            models=["parties.Municipality", "parties.Party", "parties.Membership"],
        )
