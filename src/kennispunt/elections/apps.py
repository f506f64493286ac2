from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ElectionsConfig(AppConfig):
    name = "kennispunt.elections"
    verbose_name = _("Verkiezingsplanner")

    def ready(self) -> None:
        from datetime import timedelta

        from kennispunt.accounts import personal_data, profile_links
        from kennispunt.core import periodic

        from . import tasks
        from .exports import erase_planner, export_planner

        personal_data.register("election_planner", exporter=export_planner, eraser=erase_planner)
        profile_links.register(
            label=_("Verkiezingsplanner"),
            url_name="elections:list",
            description=_("De termijnen voor de verkiezingen, en wat uw partij nog moet doen."),
            order=40,
        )
        periodic.register(
            "elections.deadline_reminders",
            every=timedelta(hours=6),
            enqueue=tasks.send_deadline_reminders.enqueue,
        )
