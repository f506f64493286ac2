from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "kennispunt.pages"
    verbose_name = _("Pagina's")

    def ready(self) -> None:
        from kennispunt.core import cacheable

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
