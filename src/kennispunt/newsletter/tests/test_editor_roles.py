"""Roles work as their names promise: redactie and beheerders edit and publish; a page sent for
review goes to a group with members; "Verzenden" sits next to "Publiceren"."""

import pytest
from wagtail.models import GroupApprovalTask

from kennispunt.pages.models import HomePage
from kennispunt.pages.site_structure import site_structure_ensure
from kennispunt_testing.access import client_for
from kennispunt_testing.newsletter import make_issue
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", [Role.REDACTEUR, Role.BEHEERDER], ids=str)
def test_editors_edit_and_publish_pages(world: World, role: Role) -> None:
    home = site_structure_ensure()
    issue = make_issue()
    for page in (home, issue):
        permissions = page.permissions_for_user(world.user(role))
        assert permissions.can_edit() and permissions.can_publish()


@pytest.mark.parametrize("role", [Role.HELPDESKMEDEWERKER, Role.TRAINER, Role.MODERATOR], ids=str)
def test_other_staff_do_not_edit_pages(world: World, role: Role) -> None:
    home = site_structure_ensure()
    assert not home.permissions_for_user(world.user(role)).can_edit()


def test_every_review_goes_to_groups_with_members(world: World) -> None:
    site_structure_ensure()
    home = HomePage.objects.get()
    pages = [home, make_issue(), *home.get_descendants()]
    for page in pages:
        workflow = page.get_workflow()
        assert workflow is not None, page
        for task in workflow.tasks.all():
            task = task.specific
            assert isinstance(task, GroupApprovalTask)
            groups = {group.name for group in task.groups.all()}
            assert groups == {"redacteur", "beheerder"}, (page, groups)
            assert all(group.user_set.exists() for group in task.groups.all())


def test_a_submitted_newsletter_issue_can_be_approved_by_a_beheerder(world: World) -> None:
    site_structure_ensure()
    issue = make_issue()
    issue.save_revision(user=world.user(Role.REDACTEUR))
    state = issue.get_workflow().start(issue, world.user(Role.REDACTEUR))
    task_state = state.current_task_state
    actions = task_state.task.specific.get_actions(issue, world.user(Role.BEHEERDER))
    assert "approve" in {name for name, *_ in actions}


def test_verzenden_sits_next_to_publiceren(world: World) -> None:
    site_structure_ensure()
    issue = make_issue()
    html = (
        client_for(world, Role.BEHEERDER)
        .get(f"/beheer/cms/pages/{issue.pk}/edit/")
        .content.decode()
    )
    footer = html[html.index('name="action-publish"') :]
    send_url = f"/beheer/cms/nieuwsbrief/{issue.pk}/verzenden/"
    assert send_url in footer
    # Right after "Publiceren", before the rest of the action menu.
    assert footer.index(send_url) < footer.index("</footer>")
