from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "kennispunt.core"
    verbose_name = _("Kern")

    def ready(self) -> None:
        from datetime import timedelta

        from . import periodic, tasks

        periodic.register(
            "wagtail.publish_scheduled",
            every=timedelta(minutes=1),
            enqueue=tasks.publish_scheduled_pages.enqueue,
        )
        periodic.register(
            "tasks.prune_results", every=timedelta(days=1), enqueue=tasks.prune_task_results.enqueue
        )
