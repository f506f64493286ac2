"""The knowledge base's place in the page tree and its editorial workflow (idempotent)."""

from django.db import transaction
from wagtail.models import Page, Workflow, WorkflowPage, WorkflowTask

from kennispunt.pages.models import HomePage
from kennispunt.pages.site_structure import review_task

from .models import KnowledgeIndexPage, NewsIndexPage, WegwijzerPage

WORKFLOW_NAME = "Redactie: nakijken en publiceren"

SECTIONS = (
    (
        KnowledgeIndexPage,
        "kennis",
        "Kennis",
        "Artikelen en online modules over het oprichten en "
        "runnen van een lokale partij. Alle informatie is openbaar.",
    ),
    (
        WegwijzerPage,
        "wegwijzer",
        "Wegwijzer",
        "Waar vindt u als raadslid of bestuurder "
        "informatie, trainingen en actuele dossiers? Een gecontroleerd overzicht.",
    ),
    (NewsIndexPage, "nieuws", "Nieuws", "Nieuws van het Kennispunt."),
)


def _ensure_section(
    home: HomePage, page_class: type[Page], slug: str, title: str, intro: str
) -> Page:
    existing = home.get_children().filter(slug=slug).specific().first()
    if isinstance(existing, page_class):
        return existing
    if existing is not None:
        # A plain placeholder page from before this app owned the section.
        existing.delete()
    page = page_class(title=title, slug=slug, intro=intro)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def _ensure_workflow(knowledge: Page) -> None:
    """Draft → review by the editors (redactie and beheerders) → publish, under /kennis/."""
    task = review_task()
    if task is None:
        return
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.get_or_create(page=knowledge, defaults={"workflow": workflow})


@transaction.atomic
def knowledge_structure_ensure(home: HomePage) -> None:
    pages = [_ensure_section(home, *section) for section in SECTIONS]
    _ensure_workflow(pages[0])
