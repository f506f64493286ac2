"""Editors write, submit for review and publish through the workflow; others cannot edit."""

import pytest

from kennispunt.knowledge.models import ArticlePage
from kennispunt_testing.access import assert_access, expect
from kennispunt_testing.knowledge import KB
from kennispunt_testing.world import Role, World, make_user

pytestmark = pytest.mark.django_db


def test_article_goes_from_draft_through_review_to_published(kb: KB, world: World) -> None:
    author = world.user(Role.REDACTEUR)
    reviewer = make_user("eindredactie@example.org", staff_role="redacteur")
    draft = ArticlePage(title="Nieuw artikel", slug="nieuw", intro="Concept.", body=[], live=False)
    kb.theme.add_child(instance=draft)
    draft.save_revision(user=author)
    assert draft.permissions_for_user(author).can_edit()

    workflow_state = draft.get_workflow().start(draft, author)
    draft.refresh_from_db()
    assert not draft.live
    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, user=reviewer, action_name="approve")
    draft.refresh_from_db()
    assert draft.live


def test_only_editors_may_edit_pages(kb: KB, world: World) -> None:
    # The redactie and the beheerders (who edit and publish too) may; other staff may not.
    other_staff = dict.fromkeys(("helpdeskmedewerker", "trainer", "moderator"), 302)
    assert_access(
        world,
        f"/beheer/cms/pages/{kb.article.pk}/edit/",
        expect(default=302, redacteur=200, beheerder=200, **other_staff),
    )
