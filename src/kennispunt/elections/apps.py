from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ElectionsConfig(AppConfig):
    name = "kennispunt.elections"
    verbose_name = _("Verkiezingsplanner")

    def ready(self) -> None:
        from datetime import timedelta

        from kennispunt.accounts import personal_data, profile_links, staff_permissions
        from kennispunt.accounts.roles import BEHEERDER, REDACTEUR
        from kennispunt.core import cacheable, periodic, start_panels

        from . import panels, tasks
        from .exports import erase_planner, export_planner

        personal_data.register("election_planner", exporter=export_planner, eraser=erase_planner)
        profile_links.register(
            label=_("Verkiezingsplanner"),
            url_name="elections:list",
            description=_("De termijnen voor de verkiezingen, en wat uw partij nog moet doen."),
            order=40,
        )
        start_panels.register(
            "elections",
            template="elections/panels/start.html",
            context=panels.start_panel,
            order=50,
        )
        periodic.register(
            "elections.deadline_reminders",
            every=timedelta(hours=6),
            enqueue=tasks.send_deadline_reminders.enqueue,
        )
        models = ("elections.election", "elections.stepoverride", "elections.councilsize")
        editing = [
            permission
            for model in models
            for permission in staff_permissions.model_permissions(
                model, "add", "change", "delete", "view"
            )
        ]
        for role in (REDACTEUR, BEHEERDER):
            staff_permissions.grant(role, *editing)
        cacheable.register(
            views=["elections:list", "elections:detail"],
            models=["elections.Election", "elections.StepOverride", "elections.CouncilSize"],
        )
