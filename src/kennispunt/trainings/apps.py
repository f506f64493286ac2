from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingsConfig(AppConfig):
    name = "kennispunt.trainings"
    verbose_name = _("Trainingen")

    def ready(self) -> None:
        from datetime import timedelta

        from kennispunt.accounts import personal_data, profile_links, staff_permissions
        from kennispunt.accounts.roles import BEHEERDER, TRAINER
        from kennispunt.core import announcements, cacheable, periodic, staff_tools, start_panels
        from kennispunt.core.observability import metrics

        from . import panels, selectors, tasks
        from .exports import erase_signups, export_signups
        from .models import SignUp

        personal_data.register("training_signups", exporter=export_signups, eraser=erase_signups)
        metrics.register_gauge(
            "kennispunt_training_signups",
            "Training sign-ups, by status.",
            model=SignUp,
            per_status=True,
        )
        profile_links.register(
            label=_("Mijn trainingen"),
            url_name="trainings:my_signups",
            description=_("Afmelden, een vrije plaats bevestigen of een training beoordelen."),
            order=20,
        )
        start_panels.register(
            "trainings",
            template="trainings/panels/start.html",
            context=panels.start_panel,
            order=20,
        )
        staff_tools.register(
            "trainings",
            label=_("Trainingen"),
            description=_("Sessies, deelnemers en wachtlijsten, evaluaties en maatwerk."),
            url_name="trainings:manage",
            permission="trainings.view_session",
            counts=panels.staff_counts,
            order=30,
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
        announcements.register("trainings", selectors.session_announcements)
        staff = [
            *staff_permissions.model_permissions("trainings.training", "add", "change", "view"),
            *staff_permissions.model_permissions("trainings.session", "add", "change", "view"),
            "trainings.view_signup",
            "trainings.change_signup",
            "trainings.view_evaluation",
            "trainings.view_maatwerkrequest",
            "trainings.change_maatwerkrequest",
        ]
        for role in (TRAINER, BEHEERDER):
            staff_permissions.grant(role, *staff)
        cacheable.register(
            views=[
                "trainings:calendar",
                "trainings:training",
                "trainings:session",
                "trainings:feed",
                "trainings:session_ics",
            ],
            query={
                "pagina": cacheable.PAGE_NUMBER,
                "thema": cacheable.CHOICE,
                "provincie": cacheable.CHOICE,
                "online": cacheable.CHOICE,
                "maand": cacheable.CHOICE,
            },
            # Sign-ups: seats left and the waiting list show on the calendar and session pages.
            models=["trainings.Training", "trainings.Session", "trainings.SignUp"],
        )
