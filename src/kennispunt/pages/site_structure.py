"""The base page tree every install has: home, the six section pages and the statutory pages.

Idempotent: pages that exist (by slug) are left alone, so editors' changes survive.
"""

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from kennispunt.accounts.roles import BEHEERDER, REDACTEUR

from .models import ContentPage, HomePage
from .site_content import HOME_INTRO, PAGES, PageText

HOME_SLUG = "kennispunt"
# The roles that write and publish pages; a review goes to these groups (both have members).
EDITOR_ROLES = (REDACTEUR, BEHEERDER)
REVIEW_WORKFLOW_NAME = "Nakijken door redactie"
REVIEW_TASK_NAME = "Nakijken door redactie"

SectionBuilder = Callable[[HomePage], None]
_section_builders: list[SectionBuilder] = []


def register_section_builder(builder: SectionBuilder) -> None:
    """Apps that own a section of the site (e.g. /kennis/) add their pages through this."""
    if builder not in _section_builders:
        _section_builders.append(builder)


def _body(text: PageText) -> list[tuple[str, str]]:
    return [(kind, value) for kind, value in text.body]


def _ensure_roots() -> Page:
    """Wagtail's own migrations create these; a flushed database (tests) has none."""
    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", live=True))
    return root


def _ensure_home() -> HomePage:
    home = HomePage.objects.first()
    if home is not None:
        return home
    root = _ensure_roots()
    home = HomePage(title="Kennispunt lokale politieke partijen", slug=HOME_SLUG, intro=HOME_INTRO)
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Kennispunt",
        )
    else:
        welcome = site.root_page
        site.root_page = home
        site.site_name = "Kennispunt"
        site.save()
        # Wagtail's own "Welcome" page, created by its first migration, is no longer needed.
        if welcome.pk != home.pk and welcome.specific_class is Page:
            welcome.delete()
    return home


def review_task() -> GroupApprovalTask | None:
    """The one review step: the redactie and the beheerders, so a submitted page (a newsletter
    issue too) never waits on Wagtail's own "Moderators" group, which nobody is in."""
    groups = list(Group.objects.filter(name__in=EDITOR_ROLES))
    if not groups:
        return None
    task, _ = GroupApprovalTask.objects.get_or_create(name=REVIEW_TASK_NAME)
    task.groups.add(*groups)
    return task


def _ensure_review_workflow(home: HomePage) -> None:
    task = review_task()
    if task is None:
        return
    workflow, _ = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    # Once: an editor who later picks another workflow for the site keeps it.
    WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})


def _grant_editors(home: HomePage) -> None:
    for role in EDITOR_ROLES:
        group = Group.objects.filter(name=role).first()
        if group is not None:
            _grant_editor_group(home, group)


def _grant_editor_group(home: HomePage, group: Group) -> None:
    # publish_page too: approving a review step publishes, which Wagtail checks against it.
    for codename in ("add_page", "change_page", "publish_page"):
        page_permission = Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        )
        GroupPagePermission.objects.get_or_create(
            group=group, page=home, permission=page_permission
        )
    collection = Collection.get_first_root_node()
    for app_label, codenames in {
        "wagtailimages": ("add_image", "change_image", "choose_image"),
        "wagtaildocs": ("add_document", "change_document", "choose_document"),
    }.items():
        for codename in codenames:
            collection_permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if collection_permission is not None:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=collection, permission=collection_permission
                )


@transaction.atomic
def site_structure_ensure() -> HomePage:
    home = _ensure_home()
    existing = set(home.get_children().values_list("slug", flat=True))
    for text in PAGES:
        if text.slug in existing:
            continue
        page = ContentPage(title=text.title, slug=text.slug, intro=text.intro, body=_body(text))
        home.add_child(instance=page)
        page.save_revision().publish()
    for builder in _section_builders:
        builder(home)
    _grant_editors(home)
    _ensure_review_workflow(home)
    return home
