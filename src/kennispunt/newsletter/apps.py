from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "kennispunt.newsletter"
    verbose_name = _("Nieuwsbrief")

    def ready(self) -> None:
        from kennispunt.accounts import personal_data, profile_links, staff_permissions
        from kennispunt.accounts.roles import BEHEERDER, REDACTEUR
        from kennispunt.core import cacheable, staff_tools, start_panels
        from kennispunt.mailings import audiences, bounces
        from kennispunt.pages import site_structure

        from . import panels
        from .exports import erase_subscriptions, export_subscriptions
        from .selectors import NEWSLETTER_AUDIENCE
        from .services import subscription_deactivate
        from .structure import newsletter_structure_ensure

        audiences.register(NEWSLETTER_AUDIENCE)
        bounces.register("newsletter", subscription_deactivate)
        personal_data.register(
            "newsletter", exporter=export_subscriptions, eraser=erase_subscriptions
        )
        profile_links.register(
            label=_("Mijn nieuwsbrief"),
            url_name="newsletter:manage",
            description=_("Aan- of afmelden voor de maandelijkse nieuwsbrief."),
            order=50,
        )
        site_structure.register_section_builder(newsletter_structure_ensure)
        start_panels.register(
            "newsletter",
            template="newsletter/panels/start.html",
            context=panels.start_panel,
            order=70,
        )
        staff_tools.register(
            "newsletter",
            label=_("Nieuwsbrief verzenden"),
            description=_(
                "Verzonden en geplande nieuwsbrieven; een uitgave verstuurt u vanuit de pagina."
            ),
            url_name="newsletter_mailings",
            permission="newsletter.send_mailing",
            counts=panels.staff_counts,
            order=60,
        )
        for role in (REDACTEUR, BEHEERDER):
            staff_permissions.grant(role, "newsletter.send_mailing")
        # The archive is Wagtail's (wagtail_serve); a sent mailing marks its issue as sent there.
        cacheable.register(query={"pagina": cacheable.PAGE_NUMBER}, models=["mailings.Mailing"])
