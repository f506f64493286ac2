from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CandidatesConfig(AppConfig):
    name = "kennispunt.candidates"
    verbose_name = _("Kandidaten")

    def ready(self) -> None:
        from datetime import timedelta

        from kennispunt.accounts import personal_data, staff_permissions
        from kennispunt.accounts.roles import BEHEERDER
        from kennispunt.core import periodic, start_panels

        from . import panels, tasks
        from .exports import erase_candidacies, export_candidacies

        personal_data.register("candidates", exporter=export_candidacies, eraser=erase_candidacies)
        start_panels.register(
            "candidates",
            template="candidates/panels/start.html",
            context=panels.start_panel,
            order=55,
        )
        periodic.register(
            "candidates.anonymise_unlisted",
            every=timedelta(days=1),
            enqueue=tasks.anonymise_unlisted.enqueue,
        )
        # A beheerder may look only where a party's board granted it (checked per pipeline).
        staff_permissions.grant(BEHEERDER, "candidates.support_pipeline")
