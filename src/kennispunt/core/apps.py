from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "kennispunt.core"
    verbose_name = _("Kern")

    def ready(self) -> None:
        from datetime import timedelta

        from django_tasks.signals import task_enqueued

        from . import periodic, tasks
        from .observability.tasks import log_task_enqueued

        # Logged inside the request, so the line carries the request id: ties a request to
        # the task id the worker logs when it runs the task.
        task_enqueued.connect(log_task_enqueued, dispatch_uid="kennispunt.log_task_enqueued")

        periodic.register(
            "wagtail.publish_scheduled",
            every=timedelta(minutes=1),
            enqueue=tasks.publish_scheduled_pages.enqueue,
        )
        periodic.register(
            "tasks.prune_results", every=timedelta(days=1), enqueue=tasks.prune_task_results.enqueue
        )
