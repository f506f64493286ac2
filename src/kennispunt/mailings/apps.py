from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MailingsConfig(AppConfig):
    name = "kennispunt.mailings"
    verbose_name = _("Verzendingen")

    def ready(self) -> None:
        from datetime import timedelta

        from kennispunt.core import periodic

        from . import bounces, tasks

        periodic.register(
            "mailings.dispatch",
            every=timedelta(minutes=1),
            enqueue=tasks.dispatch_mailings.enqueue,
        )
        bounces.connect()
