from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingsConfig(AppConfig):
    name = "kennispunt.trainings"
    verbose_name = _("Trainingen")

    def ready(self) -> None:
        from datetime import timedelta

        from kennispunt.accounts import personal_data, profile_links
        from kennispunt.core import periodic

        from . import tasks
        from .exports import erase_signups, export_signups

        personal_data.register("training_signups", exporter=export_signups, eraser=erase_signups)
        profile_links.register(
            label=_("Mijn trainingen"),
            url_name="trainings:my_signups",
            description=_("Afmelden, een vrije plaats bevestigen of een training beoordelen."),
            order=20,
        )
        periodic.register(
            "trainings.offers_expire",
            every=timedelta(minutes=15),
            enqueue=tasks.expire_offers.enqueue,
        )
        periodic.register(
            "trainings.reminders", every=timedelta(hours=1), enqueue=tasks.send_reminders.enqueue
        )
        periodic.register(
            "trainings.evaluations",
            every=timedelta(hours=6),
            enqueue=tasks.request_evaluations.enqueue,
        )
        periodic.register(
            "trainings.retention", every=timedelta(days=1), enqueue=tasks.anonymise_past.enqueue
        )
