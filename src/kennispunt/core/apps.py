from django.apps import AppConfig
from django.contrib.staticfiles.apps import StaticFilesConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "kennispunt.core"
    verbose_name = _("Kern")


class KennispuntStaticFilesConfig(StaticFilesConfig):
    # The npm packages ship sources and build variants we do not serve; one of them
    # (design-tokens' background-image-icon.css) points at an image it does not ship.
    ignore_patterns = [
        *StaticFilesConfig.ignore_patterns,
        "background-image-icon.css",
        "*.scss",
        "*.less",
        "*.d.ts",
        "*.cjs",
        "*.mjs",
        "*.json",
    ]
