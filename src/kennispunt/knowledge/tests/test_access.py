"""Everything in the knowledge base is public; progress needs an account; upkeep is for staff."""

import pytest

from kennispunt.knowledge.models import WegwijzerNeed
from kennispunt_testing.access import LOGIN, assert_access, expect
from kennispunt_testing.knowledge import KB
from kennispunt_testing.world import World

pytestmark = pytest.mark.django_db


def test_public_knowledge_pages(kb: KB, world: World) -> None:
    for url in (
        "/kennis/",
        kb.theme.url,
        kb.article.url,
        "/nieuws/",
        "/nieuws/feed/",
        kb.news.url,
        "/wegwijzer/",
        "/sitemap.xml",
        "/robots.txt",
        kb.document.url,
    ):
        assert_access(world, url, expect(default=200))


def test_wegwijzer_editing_is_for_editors(kb: KB, world: World) -> None:
    # Other staff can open the CMS but not the wegwijzer snippets.
    other_staff = dict.fromkeys(("helpdeskmedewerker", "trainer", "moderator", "beheerder"), 302)
    assert_access(
        world,
        "/beheer/cms/snippets/knowledge/wegwijzerentry/",
        expect(default=302, redacteur=200, **other_staff),
    )


def test_wegwijzer_needs_are_kept_by_editors(world: World) -> None:
    need = WegwijzerNeed.objects.create(title="Ik ben net gekozen", slug="net-gekozen-test")
    # As the entries: editors only; the beheerder keeps the register, not the wegwijzer.
    table = expect(default=302, anonymous=LOGIN, redacteur=200)
    for url in (
        "/beheer/cms/snippets/knowledge/wegwijzerneed/",
        f"/beheer/cms/snippets/knowledge/wegwijzerneed/edit/{need.pk}/",
    ):
        assert_access(world, url, table)
