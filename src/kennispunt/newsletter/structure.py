"""The newsletter's place in the page tree: the archive at /nieuwsbrieven/ (idempotent).

The subscription pages at /nieuwsbrief/ are Django views of this app (they hold a form and
personal links); a plain placeholder page with that slug from before is removed.
"""

from django.db import transaction

from kennispunt.pages.models import ContentPage, HomePage

from .models import NewsletterIndexPage

ARCHIVE_SLUG = "nieuwsbrieven"
ARCHIVE_TITLE = "Nieuwsbrieven"
ARCHIVE_INTRO = "Alle nieuwsbrieven van het Kennispunt die al verschenen zijn."


@transaction.atomic
def newsletter_structure_ensure(home: HomePage) -> None:
    newsletter_archive_ensure(home)


def newsletter_archive_ensure(home: HomePage) -> NewsletterIndexPage:
    for placeholder in ContentPage.objects.child_of(home).filter(slug="nieuwsbrief"):
        placeholder.delete()
    existing = NewsletterIndexPage.objects.child_of(home).first()
    if existing is not None:
        return existing
    index = NewsletterIndexPage(title=ARCHIVE_TITLE, slug=ARCHIVE_SLUG, intro=ARCHIVE_INTRO)
    home.add_child(instance=index)
    index.save_revision().publish()
    return index
