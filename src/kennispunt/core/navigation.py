"""The main navigation: the services of the Kennispunt, in the order users look for them."""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class NavItem:
    label: str | Promise
    path: str

    def is_current(self, request_path: str) -> bool:
        return request_path == self.path or request_path.startswith(self.path)


# Plain paths, not URL names: a section is a Wagtail page until its app takes over the path.
MAIN_NAVIGATION = (
    NavItem(_("Kennis"), "/kennis/"),
    NavItem(_("Wegwijzer"), "/wegwijzer/"),
    NavItem(_("Verkiezingen"), "/verkiezingen/"),
    NavItem(_("Trainingen"), "/trainingen/"),
    NavItem(_("Forum"), "/forum/"),
    NavItem(_("Helpdesk"), "/helpdesk/"),
    NavItem(_("Nieuwsbrief"), "/nieuwsbrief/"),
)
