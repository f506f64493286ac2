from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "kennispunt.knowledge"
    verbose_name = _("Kennisbank")

    def ready(self) -> None:
        from datetime import timedelta

        from kennispunt.accounts import personal_data
        from kennispunt.core import periodic
        from kennispunt.pages import site_structure

        from . import tasks
        from .exports import erase_progress, export_progress
        from .structure import knowledge_structure_ensure

        personal_data.register("module_progress", exporter=export_progress, eraser=erase_progress)
        periodic.register(
            "knowledge.review_reminders",
            every=timedelta(days=7),
            enqueue=tasks.send_review_reminders.enqueue,
        )
        periodic.register(
            "knowledge.wegwijzer_links",
            every=timedelta(days=1),
            enqueue=tasks.check_wegwijzer_links.enqueue,
        )
        site_structure.register_section_builder(knowledge_structure_ensure)
