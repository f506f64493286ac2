"""Which changes make cached public pages stale, and the signal hooks that react to them.

An allow-list of models whose data shows on a cacheable page (see ``policy.CACHEABLE_VIEWS``).
A model missing here is stale for at most ``PUBLIC_PAGE_CACHE_SECONDS``; models that change
on every member action (forum read states, lesson progress, task results, deliveries) are left
out on purpose, because bumping on them would empty the cache all day.
"""

from typing import Any

from django.apps import apps
from django.db import transaction
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .generation import bump_generation

# Models (besides every Wagtail page type) whose rows appear on anonymous public pages.
PUBLIC_CONTENT_MODELS = (
    # Page privacy: a page that becomes restricted must stop being served from the cache.
    "wagtailcore.PageViewRestriction",
    "wagtailcore.Site",
    "wagtailimages.Image",
    "knowledge.KennispuntDocument",
    "knowledge.WegwijzerNeed",
    "knowledge.WegwijzerEntry",
    "knowledge.RelatedArticle",
    "trainings.Training",
    "trainings.Session",
    # Seats left and the waiting list show on the calendar and the session page.
    "trainings.SignUp",
    "parties.Municipality",
    "parties.Party",
    "parties.Membership",
    "elections.Election",
    "elections.StepOverride",
    "elections.CouncilSize",
    "outreach.OutreachText",
    # A sent mailing marks its issue as sent in the archive.
    "mailings.Mailing",
)


# Wagtail fills these in on a document or image the first time a page shows its size, during
# the rendering of that page; they change nothing a visitor sees.
_LAZY_FILE_FIELDS = frozenset({"file_size", "file_hash"})


def public_content_changed(update_fields: frozenset[str] | None = None, **kwargs: Any) -> None:
    """Bump now, and again once the transaction commits.

    A page rendered between the change and the commit still reads the old rows; the second
    bump makes sure such a page, stored under the first new generation, is never served.
    """
    if update_fields and update_fields <= _LAZY_FILE_FIELDS:
        return
    bump_generation()
    transaction.on_commit(bump_generation)


def _page_saved_or_deleted(sender: type[Model], instance: Model, **kwargs: Any) -> None:
    if isinstance(instance, Page):
        public_content_changed()


def public_content_models() -> list[type[Model]]:
    return [apps.get_model(label) for label in PUBLIC_CONTENT_MODELS]


def connect_signals() -> None:
    uid = "kennispunt.caching"
    for model in public_content_models():
        post_save.connect(public_content_changed, sender=model, dispatch_uid=f"{uid}.save.{model}")
        post_delete.connect(
            public_content_changed, sender=model, dispatch_uid=f"{uid}.delete.{model}"
        )
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(
                public_content_changed, sender=through, dispatch_uid=f"{uid}.m2m.{through}"
            )
    # Every page type, each by name: a receiver without a sender would listen to every model,
    # and Django then loads rows one by one instead of its fast bulk delete (task results,
    # newsletter deliveries, an erased member's data).
    for model in apps.get_models():
        if issubclass(model, Page):
            post_save.connect(
                _page_saved_or_deleted, sender=model, dispatch_uid=f"{uid}.page_save.{model}"
            )
            post_delete.connect(
                _page_saved_or_deleted, sender=model, dispatch_uid=f"{uid}.page_delete.{model}"
            )
    page_published.connect(public_content_changed, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(public_content_changed, dispatch_uid=f"{uid}.unpublished")
    post_page_move.connect(public_content_changed, dispatch_uid=f"{uid}.moved")
