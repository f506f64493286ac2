import pytest

from kennispunt.knowledge.models import KnowledgeIndexPage, NewsIndexPage, WegwijzerPage
from kennispunt.knowledge.structure import WORKFLOW_NAME
from kennispunt.pages.models import ContentPage
from kennispunt.pages.site_structure import site_structure_ensure

pytestmark = pytest.mark.django_db


def test_sections_are_owned_by_the_knowledge_app_and_reviewed() -> None:
    from wagtail.models import Workflow

    site_structure_ensure()
    site_structure_ensure()  # idempotent
    assert KnowledgeIndexPage.objects.get().url == "/kennis/"
    assert WegwijzerPage.objects.get().url == "/wegwijzer/"
    assert NewsIndexPage.objects.get().url == "/nieuws/"
    assert not ContentPage.objects.filter(slug__in=["kennis", "wegwijzer"]).exists()
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    assert KnowledgeIndexPage.objects.get().get_workflow() == workflow
