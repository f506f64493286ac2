from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "kennispunt.knowledge"
    verbose_name = _("Kennisbank")

    def ready(self) -> None:
        from datetime import timedelta

        from kennispunt.accounts import personal_data, staff_permissions
        from kennispunt.accounts.roles import REDACTEUR
        from kennispunt.core import cacheable, periodic, start_panels, suggestions
        from kennispunt.pages import site_structure

        from . import panels, selectors, tasks
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
        start_panels.register(
            "modules", template="knowledge/panels/start.html", context=panels.start_panel, order=60
        )
        editing = ("add", "change", "delete", "view")
        staff_permissions.grant(
            REDACTEUR,
            *staff_permissions.model_permissions("knowledge.wegwijzerentry", *editing),
            *staff_permissions.model_permissions("knowledge.wegwijzerneed", *editing),
        )
        suggestions.register("knowledge", selectors.article_suggestions, order=10)
        # The pages themselves are Wagtail's (wagtail_serve, registered by pages).
        cacheable.register(
            query={"pagina": cacheable.PAGE_NUMBER, "voor": cacheable.CHOICE},
            models=[
                "knowledge.KennispuntDocument",
                "knowledge.WegwijzerNeed",
                "knowledge.WegwijzerEntry",
                "knowledge.RelatedArticle",
            ],
        )
