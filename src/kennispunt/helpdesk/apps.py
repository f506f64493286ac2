from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HelpdeskConfig(AppConfig):
    name = "kennispunt.helpdesk"
    verbose_name = _("Helpdesk")

    def ready(self) -> None:
        from datetime import timedelta

        from anymail.signals import inbound
        from django.conf import settings

        from kennispunt.accounts import personal_data, profile_links, staff_permissions
        from kennispunt.accounts.roles import BEHEERDER, HELPDESKMEDEWERKER
        from kennispunt.core import periodic, staff_tools, start_panels
        from kennispunt.core.observability import metrics

        from . import panels, tasks
        from .anymail_inbound import anymail_inbound_received
        from .exports import (
            erase_agent_preference,
            erase_tickets,
            export_agent_preference,
            export_tickets,
        )
        from .models import Ticket

        inbound.connect(anymail_inbound_received, dispatch_uid="kennispunt_helpdesk_inbound")
        personal_data.register("helpdesk", exporter=export_tickets, eraser=erase_tickets)
        personal_data.register(
            "helpdesk_agent_preference",
            exporter=export_agent_preference,
            eraser=erase_agent_preference,
        )
        metrics.register_gauge(
            "kennispunt_helpdesk_tickets",
            "Helpdesk questions, by status.",
            model=Ticket,
            per_status=True,
        )
        work = [
            "helpdesk.work_ticket",
            "helpdesk.view_helpdesk_report",
            *staff_permissions.model_permissions(
                "helpdesk.cannedanswer", "add", "change", "delete", "view"
            ),
        ]
        for role in (HELPDESKMEDEWERKER, BEHEERDER):
            staff_permissions.grant(role, *work)
        profile_links.register(
            label=_("Mijn vragen aan de helpdesk"),
            url_name="helpdesk:mine",
            description=_("Uw vragen, onze antwoorden en uw reacties."),
            order=10,
        )
        start_panels.register(
            "helpdesk", template="helpdesk/panels/start.html", context=panels.start_panel, order=30
        )
        staff_tools.register(
            "helpdesk",
            label=_("Helpdeskvragen"),
            description=_("De wachtrij: beantwoorden, toewijzen, telefoongesprekken vastleggen."),
            url_name="helpdesk:staff_queue",
            permission="helpdesk.work_ticket",
            counts=panels.staff_counts,
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
