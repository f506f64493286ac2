"""The explanation for griffiers with good default text (idempotent: an edited text stays)."""

from django.db import transaction

from kennispunt.pages.models import ContentPage, HomePage

from . import content
from .models import OutreachText

SECTION_SLUG = "voor-gemeenten"


def outreach_text_ensure() -> OutreachText:
    text = OutreachText.objects.order_by("pk").first()
    if text is None:
        text = OutreachText.objects.create(
            title=content.TITLE, intro=content.INTRO, body=list(content.BODY)
        )
    return text


@transaction.atomic
def outreach_structure_ensure(home: HomePage) -> None:
    # /voor-gemeenten/ is served by this app; a placeholder page with that slug would be dead.
    ContentPage.objects.child_of(home).filter(slug=SECTION_SLUG).delete()
    outreach_text_ensure()
