from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    name = "kennispunt.forum"
    verbose_name = _("Forum")

    def ready(self) -> None:
        from datetime import timedelta

        from kennispunt.accounts import personal_data, profile_links, staff_permissions
        from kennispunt.accounts.roles import BEHEERDER, MODERATOR
        from kennispunt.core import (
            header_links,
            inbound_mail,
            periodic,
            staff_tools,
            start_panels,
            suggestions,
        )
        from kennispunt.core.observability import metrics

        from . import inbound, panels, selectors, tasks
        from .exports import erase_forum, export_forum
        from .models import Post

        inbound_mail.register_handler(inbound.reply_by_email)
        personal_data.register("forum", exporter=export_forum, eraser=erase_forum)
        metrics.register_gauge("kennispunt_forum_posts", "Forum posts, of every state.", model=Post)
        moderation = [
            "forum.moderate_forum",
            *staff_permissions.model_permissions("forum.category", "add", "change", "view"),
        ]
        for role in (MODERATOR, BEHEERDER):
            staff_permissions.grant(role, *moderation)
        suggestions.register("forum", selectors.solved_topics_matching, members_only=True, order=20)
        periodic.register(
            "forum.daily_digest", every=timedelta(days=1), enqueue=tasks.send_daily_digests.enqueue
        )
        start_panels.register(
            "forum", template="forum/panels/start.html", context=panels.start_panel, order=40
        )
        header_links.register(
            "forum", label=_("Meldingen"), url_name="forum:notifications", count=panels.header_count
        )
        staff_tools.register(
            "moderation",
            label=_("Moderatie van het forum"),
            description=_("Meldingen van leden en berichten die wachten op goedkeuring."),
            url_name="forum:moderation",
            permission="forum.moderate_forum",
            counts=panels.staff_counts,
            order=40,
        )
        profile_links.register(
            label=_("Forummeldingen"),
            url_name="forum:preferences",
            description=_("Kies of en wanneer u e-mail krijgt over reacties en vermeldingen."),
            order=30,
        )
