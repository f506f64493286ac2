from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FinanceConfig(AppConfig):
    name = "kennispunt.finance"
    verbose_name = _("Transparante financiën")

    def ready(self) -> None:
        from datetime import timedelta

        from kennispunt.accounts import personal_data, staff_permissions
        from kennispunt.accounts.roles import BEHEERDER
        from kennispunt.core import party_page_links, periodic, start_panels

        from . import panels, tasks
        from .exports import erase_finance, export_finance

        personal_data.register("finance", exporter=export_finance, eraser=erase_finance)

        start_panels.register(
            "finance",
            template="finance/panels/start.html",
            context=panels.start_panel,
            order=55,
        )
        party_page_links.register(
            "finance",
            template="finance/includes/party_links.html",
            context=panels.party_page_links,
            order=10,
        )
        periodic.register(
            "finance.deadline_reminders",
            every=timedelta(hours=6),
            enqueue=tasks.send_deadline_reminders.enqueue,
        )
        # Staff keep the rule figures up to date; they never see a party's register.
        staff_permissions.grant(
            BEHEERDER,
            *staff_permissions.model_permissions(
                "finance.ruleoverride", "add", "change", "delete", "view"
            ),
        )
