from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "kennispunt.knowledge"
    verbose_name = _("Kennisbank")

    def ready(self) -> None:
        from kennispunt.accounts import personal_data
        from kennispunt.pages import site_structure

        from .exports import erase_progress, export_progress
        from .structure import knowledge_structure_ensure

        personal_data.register("module_progress", exporter=export_progress, eraser=erase_progress)
        site_structure.register_section_builder(knowledge_structure_ensure)
