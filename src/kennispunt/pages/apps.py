from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "kennispunt.pages"
    verbose_name = _("Pagina's")

    def ready(self) -> None:
        from kennispunt.core import cacheable, staff_tools

        from . import panels

        staff_tools.register(
            "cms",
            label=_("Website en nieuws (CMS)"),
            description=_(
                "Pagina's, artikelen, modules en nieuws schrijven, nakijken en publiceren."
            ),
            url_name="wagtailadmin_home",
            permission=panels.may_edit_pages,
            counts=panels.staff_counts,
            order=50,
        )

        cacheable.register(
            # Every Wagtail page: home, knowledge base, wegwijzer, news, newsletter archive,
            # content pages (the apps owning those pages register their models).
            views=["wagtail_serve"],
            models=[
                # Page privacy: a page that becomes restricted must leave the cache at once.
                "wagtailcore.PageViewRestriction",
                "wagtailcore.Site",
                "wagtailimages.Image",
            ],
        )
