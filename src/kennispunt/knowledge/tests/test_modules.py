"""Online modules: reading for everyone, progress and checklist for signed-in people."""

import pytest
from django.test import Client

from kennispunt.knowledge.exports import erase_progress, export_progress
from kennispunt.knowledge.models import ChecklistTick, LessonCompletion
from kennispunt_testing.access import LOGIN, assert_access, client_for, expect
from kennispunt_testing.knowledge import KB
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db


def test_module_and_lessons_are_public(kb: KB, world: World) -> None:
    assert_access(world, kb.module.url, expect(default=200))
    assert_access(world, kb.lessons[0].url, expect(default=200))


def test_completing_a_lesson_needs_an_account(kb: KB, world: World) -> None:
    assert_access(
        world,
        kb.lessons[0].url,
        expect(default=302, anonymous=LOGIN),
        method="post",
        data={"action": "complete"},
    )


def test_progress_and_continue_where_you_stopped(kb: KB, world: World) -> None:
    client = client_for(world, Role.MEMBER_A)
    response = client.post(kb.lessons[0].url, {"action": "complete"})
    assert response["Location"] == kb.lessons[1].url
    html = client.get(kb.module.url).content.decode()
    assert "U hebt 1 van 2 lessen afgerond." in html
    assert f'href="{kb.lessons[1].url}">Verder waar u was' in html
    client.post(kb.lessons[1].url, {"action": "complete"})
    assert "U hebt 2 van 2 lessen afgerond." in client.get(kb.module.url).content.decode()


def test_checklist_ticks_are_personal_and_checked(kb: KB, world: World) -> None:
    item_id = kb.module.checklist[0].id
    client = client_for(world, Role.MEMBER_A)
    assert client.post(kb.module.url, {"item": item_id, "ticked": "1"}).status_code == 302
    assert ChecklistTick.objects.filter(user=world.user(Role.MEMBER_A), item_id=item_id).exists()
    assert 'aria-pressed="true"' in client.get(kb.module.url).content.decode()
    assert (
        'aria-pressed="true"'
        not in client_for(world, Role.MEMBER_B).get(kb.module.url).content.decode()
    )
    client.post(kb.module.url, {"item": item_id, "ticked": "0"})
    assert not ChecklistTick.objects.exists()
    assert client.post(kb.module.url, {"item": "bestaat-niet", "ticked": "1"}).status_code == 400
    assert_access(
        world,
        kb.module.url,
        expect(default=302, anonymous=LOGIN),
        method="post",
        data={"item": item_id, "ticked": "1"},
    )


def test_self_check_scores_and_explains_without_an_account(kb: KB, client: Client) -> None:
    questions = list(kb.lessons[0].questions)
    data = {"action": "check", f"q-{questions[0].id}": "1", f"q-{questions[1].id}": "0"}
    html = client.post(kb.lessons[0].url, data).content.decode()
    assert "U had 1 van 2 vragen goed." in html
    assert "Goed!" in html and "Niet goed." in html
    assert "Hoogstens 50" in html
    assert f'id="q-{questions[0].id}-1" name="q-{questions[0].id}" value="1" checked' in html


def test_progress_is_exported_and_erased(kb: KB, world: World) -> None:
    user = world.user(Role.MEMBER_A)
    client = client_for(world, Role.MEMBER_A)
    client.post(kb.lessons[0].url, {"action": "complete"})
    client.post(kb.module.url, {"item": kb.module.checklist[0].id, "ticked": "1"})
    exported = export_progress(user)
    assert exported["completed_lessons"][0]["lesson"] == "Les 1: de lijst"
    assert len(exported["checklist_ticks"]) == 1
    erase_progress(user)
    assert not LessonCompletion.objects.exists() and not ChecklistTick.objects.exists()


def test_modules_and_lessons_answer_at_their_own_urls_only(kb: KB, client: Client) -> None:
    """The page routes keep the URLs: GET and POST at the page itself, lessons below the
    module, and nothing else below either page."""
    assert kb.lessons[0].url.startswith(kb.module.url)
    assert client.get(kb.lessons[0].url).status_code == 200
    assert client.get(f"{kb.module.url}bestaat-niet/").status_code == 404
    assert client.get(f"{kb.lessons[0].url}bestaat-niet/").status_code == 404
    assert client.post(kb.lessons[0].url, {"action": "onbekend"}).status_code == 400
    response = client.post(kb.module.url, {"item": kb.module.checklist[0].id, "ticked": "1"})
    assert LOGIN.matches(response)
