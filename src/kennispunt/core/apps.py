from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "kennispunt.core"
    verbose_name = _("Kern")

    def ready(self) -> None:
        # First of all: the metrics' environment variable before anything imports the metrics.
        from . import local_folders

        local_folders.prepare()

        from datetime import timedelta

        from django_tasks.signals import task_enqueued

        from . import periodic, tasks
        from .observability.tasks import log_task_enqueued

        # Logged inside the request, so the line carries the request id: ties a request to
        # the task id the worker logs when it runs the task.
        task_enqueued.connect(log_task_enqueued, dispatch_uid="kennispunt.log_task_enqueued")
        post_migrate.connect(
            _create_cache_table, sender=self, dispatch_uid="kennispunt.create_cache_table"
        )

        periodic.register(
            "wagtail.publish_scheduled",
            every=timedelta(minutes=1),
            enqueue=tasks.publish_scheduled_pages.enqueue,
        )
        periodic.register(
            "tasks.prune_results", every=timedelta(days=1), enqueue=tasks.prune_task_results.enqueue
        )


def _create_cache_table(using: str = "default", **kwargs: object) -> None:
    """The database cache (the embedded default holds rate limits there) needs its table.

    ``createcachetable`` is no migration; run after every ``migrate``, the table is there
    wherever the site was set up (bin/start, bin/production-local, a deployment), and also
    after switching from Redis to the database cache. It does nothing when the table exists or
    no cache is a database cache.
    """
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=0)
