from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardsConfig(AppConfig):
    """The two entry pages: "Mijn Kennispunt" (/mijn/) for everyone signed in and the staff
    entry page (/beheer/). Both read registries the feature apps fill (core.start_panels,
    core.staff_tools); this app names no feature app."""

    name = "kennispunt.dashboards"
    verbose_name = _("Startpagina's")
