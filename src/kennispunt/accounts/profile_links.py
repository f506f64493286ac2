"""Links on "Mijn profiel" to what other apps keep for the signed-in person.

Apps register from their ``AppConfig.ready`` (e.g. the forum adds "Forummeldingen"), so the
profile page lists every personal setting without accounts importing the apps.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.functional import Promise

Label = str | Promise


@dataclass(frozen=True)
class ProfileLink:
    label: Label
    url_name: str
    description: Label = ""
    order: int = 100

    @property
    def url(self) -> str:
        return reverse(self.url_name)


_registry: dict[str, ProfileLink] = {}


def register(*, label: Label, url_name: str, description: Label = "", order: int = 100) -> None:
    _registry[url_name] = ProfileLink(
        label=label, url_name=url_name, description=description, order=order
    )


def profile_links() -> list[ProfileLink]:
    return sorted(_registry.values(), key=lambda link: (link.order, str(link.label)))
