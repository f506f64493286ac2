"""The main navigation: the services of the Kennispunt, in the order users look for them."""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class NavItem:
    label: str | Promise
    path: str
    description: str | Promise = ""  # one line on the home page: what is behind it

    def is_current(self, request_path: str) -> bool:
        return request_path == self.path or request_path.startswith(self.path)


# Plain paths, not URL names: a section is a Wagtail page until its app takes over the path.
MAIN_NAVIGATION = (
    NavItem(
        _("Kennis"),
        "/kennis/",
        _("Artikelen en cursussen over het werk van een lokale partij."),
    ),
    NavItem(
        _("Wegwijzer"),
        "/wegwijzer/",
        _("Stap voor stap van oprichting tot kandidatenlijst."),
    ),
    NavItem(
        _("Verkiezingen"),
        "/verkiezingen/",
        _("Termijnen en een planning voor de komende verkiezingen."),
    ),
    NavItem(
        _("Trainingen"),
        "/trainingen/",
        _("Bijeenkomsten en online sessies om u bij aan te melden."),
    ),
    NavItem(
        _("Forum"),
        "/forum/",
        _("Vragen en ervaringen delen met andere lokale partijen."),
    ),
    NavItem(
        _("Helpdesk"),
        "/helpdesk/",
        _("Stel uw vraag aan de medewerkers van het Kennispunt."),
    ),
    NavItem(
        _("Nieuwsbrief"),
        "/nieuwsbrief/",
        _("Het nieuws en de nieuwe trainingen in uw mailbox."),
    ),
)
