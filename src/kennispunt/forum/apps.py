from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    name = "kennispunt.forum"
    verbose_name = _("Forum")

    def ready(self) -> None:
        from datetime import timedelta

        from kennispunt.accounts import personal_data, profile_links
        from kennispunt.core import periodic

        from . import tasks
        from .exports import erase_forum, export_forum

        personal_data.register("forum", exporter=export_forum, eraser=erase_forum)
        periodic.register(
            "forum.daily_digest", every=timedelta(days=1), enqueue=tasks.send_daily_digests.enqueue
        )
        profile_links.register(
            label=_("Forummeldingen"),
            url_name="forum:preferences",
            description=_("Kies of en wanneer u e-mail krijgt over reacties en vermeldingen."),
            order=30,
        )
