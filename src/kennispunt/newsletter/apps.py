from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "kennispunt.newsletter"
    verbose_name = _("Nieuwsbrief")

    def ready(self) -> None:
        from datetime import timedelta

        from kennispunt.accounts import personal_data, profile_links, staff_permissions
        from kennispunt.accounts.roles import BEHEERDER, REDACTEUR
        from kennispunt.core import cacheable, periodic
        from kennispunt.pages import site_structure

        from . import audiences, tasks, webhooks
        from .exports import erase_subscriptions, export_subscriptions
        from .selectors import NEWSLETTER_AUDIENCE
        from .structure import newsletter_structure_ensure

        audiences.register(NEWSLETTER_AUDIENCE)
        personal_data.register(
            "newsletter", exporter=export_subscriptions, eraser=erase_subscriptions
        )
        profile_links.register(
            label=_("Mijn nieuwsbrief"),
            url_name="newsletter:manage",
            description=_("Aan- of afmelden voor de maandelijkse nieuwsbrief."),
            order=50,
        )
        periodic.register(
            "newsletter.dispatch",
            every=timedelta(minutes=1),
            enqueue=tasks.dispatch_mailings.enqueue,
        )
        site_structure.register_section_builder(newsletter_structure_ensure)
        webhooks.connect()
        for role in (REDACTEUR, BEHEERDER):
            staff_permissions.grant(role, "newsletter.send_mailing")
        # The archive is Wagtail's (wagtail_serve); a sent mailing marks its issue as sent there.
        cacheable.register(query={"pagina": cacheable.PAGE_NUMBER}, models=["newsletter.Mailing"])
