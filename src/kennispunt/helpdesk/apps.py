from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HelpdeskConfig(AppConfig):
    name = "kennispunt.helpdesk"
    verbose_name = _("Helpdesk")

    def ready(self) -> None:
        from datetime import timedelta

        from anymail.signals import inbound
        from django.conf import settings

        from kennispunt.accounts import personal_data, profile_links
        from kennispunt.core import periodic

        from . import tasks
        from .anymail_inbound import anymail_inbound_received
        from .exports import erase_tickets, export_tickets

        inbound.connect(anymail_inbound_received, dispatch_uid="kennispunt_helpdesk_inbound")
        personal_data.register("helpdesk", exporter=export_tickets, eraser=erase_tickets)
        profile_links.register(
            label=_("Mijn vragen aan de helpdesk"),
            url_name="helpdesk:mine",
            description=_("Uw vragen, onze antwoorden en uw reacties."),
            order=10,
        )
        periodic.register(
            "helpdesk.auto_close", every=timedelta(hours=1), enqueue=tasks.auto_close.enqueue
        )
        periodic.register(
            "helpdesk.retention", every=timedelta(days=1), enqueue=tasks.retention.enqueue
        )
        if settings.HELPDESK_IMAP_URL:
            periodic.register(
                "helpdesk.imap_poll",
                every=timedelta(minutes=settings.HELPDESK_IMAP_POLL_MINUTES),
                enqueue=tasks.poll_imap.enqueue,
            )
