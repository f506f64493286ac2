from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AldermanPoolConfig(AppConfig):
    name = "kennispunt.alderman_pool"
    verbose_name = _("Wethouderspool")

    def ready(self) -> None:
        from datetime import timedelta

        from kennispunt.accounts import personal_data
        from kennispunt.core import periodic, start_panels

        from . import selectors, tasks
        from .exports import erase_pool, export_pool

        personal_data.register("alderman_pool", exporter=export_pool, eraser=erase_pool)
        start_panels.register(
            "alderman_pool",
            template="alderman_pool/panels/start.html",
            context=selectors.start_panel,
            order=55,
        )
        periodic.register(
            "alderman_pool.requests_expire",
            every=timedelta(hours=1),
            enqueue=tasks.expire_requests.enqueue,
        )
        periodic.register(
            "alderman_pool.reminders",
            every=timedelta(hours=6),
            enqueue=tasks.send_reminders.enqueue,
        )
        periodic.register(
            "alderman_pool.retention", every=timedelta(days=1), enqueue=tasks.purge_expired.enqueue
        )
