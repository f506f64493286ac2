"""The party's planner: only what applies, ticks and milestones audit-logged, reminders once,
the iCal feed, personal data."""

from datetime import date
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from icalendar import Calendar

from kennispunt.accounts import personal_data
from kennispunt.core.audit import entries_for
from kennispunt.elections import services
from kennispunt.elections.models import (
    CouncilSize,
    Election,
    Milestone,
    PartyPlan,
    ReminderSent,
    StepCompletion,
)
from kennispunt.elections.rules import Situation
from kennispunt.parties.models import MembershipRole
from kennispunt_testing.world import Role, World, make_membership, make_user

pytestmark = pytest.mark.django_db


def client_as(world: World, role: Role) -> Client:
    client = Client()
    client.force_login(world.user(role))
    return client


def plan_url(election: Election, world: World, suffix: str = "") -> str:
    return f"/verkiezingen/{election.slug}/partij/{world.party_a.slug}/{suffix}"


def add_milestone(
    world: World, election: Election, title: str, due_on: date, assignee: Any = None
) -> Milestone:
    """A milestone added by party A's board member."""
    return services.milestone_add(
        party=world.party_a,
        election=election,
        title=title,
        due_on=due_on,
        assignee=assignee,
        user=world.user(Role.BOARD_A),
    )


def set_case(world: World, election: Election, situation: Situation, **extra: object) -> None:
    services.plan_case_update(
        party=world.party_a,
        election=election,
        situation=situation.value,
        appellation_registered=extra.get("registered"),  # type: ignore[arg-type]
        municipality=world.party_a.municipalities.get(),
        seats_last_time=extra.get("seats"),  # type: ignore[arg-type]
        user=world.user(Role.BOARD_A),
    )


def test_new_party_in_19_seat_council_sees_20_declarations_and_the_deposit(
    world: World, election: Election, council_19: CouncilSize
) -> None:
    response = client_as(world, Role.BOARD_A).post(
        plan_url(election, world, "situatie/"),
        {"situation": "nieuw", "appellation_registered": "nee"},
    )
    assert response.status_code == 302
    page = client_as(world, Role.MEMBER_A).get(plan_url(election, world)).content.decode()
    assert "U hebt 20 ondersteuningsverklaringen nodig." in page
    assert "De gemeenteraad heeft 19 zetels." in page
    assert "Waarborgsom betalen" in page
    assert "Waarborgsom: € 225." in page
    assert "Naam (aanduiding) registreren" in page
    assert "maandag 21 januari 2030" in page  # the deposit deadline


def test_party_with_seats_does_not_see_deposit_or_declarations(
    world: World, election: Election, council_19: CouncilSize
) -> None:
    set_case(world, election, Situation.HAS_SEATS, registered=True, seats=16)
    page = client_as(world, Role.BOARD_A).get(plan_url(election, world)).content.decode()
    assert "Waarborgsom betalen" not in page
    assert "ondersteuningsverklaringen nodig" not in page
    assert "Naam (aanduiding) registreren" not in page
    assert "hoogstens 80 kandidaten" in page
    assert "Kandidatenlijst inleveren" in page


def test_unknown_case_shows_every_step_with_a_hint(world: World, election: Election) -> None:
    page = client_as(world, Role.MEMBER_A).get(plan_url(election, world)).content.decode()
    assert "Waarborgsom betalen" in page
    assert "Geldt misschien niet voor uw partij" in page
    assert "10 bij minder dan 19 zetels" in page


def test_member_views_but_has_no_buttons(world: World, election: Election) -> None:
    page = client_as(world, Role.MEMBER_A).get(plan_url(election, world)).content.decode()
    assert "Afvinken als gedaan" not in page
    assert "Mijlpaal toevoegen" not in page
    assert "Alleen het bestuur kan stappen afvinken" in page


def test_public_page_shows_countdown_and_steps(world: World, election: Election) -> None:
    page = Client().get(f"/verkiezingen/{election.slug}/").content.decode()
    assert "Verkiezingsdag" in page
    assert "woensdag 20 maart 2030" in page
    assert "nog " in page and " dagen" in page
    assert "Kieswet art. H 14" in page


def test_tick_and_untick_a_step_is_audit_logged(world: World, election: Election) -> None:
    board = client_as(world, Role.BOARD_A)
    board.post(plan_url(election, world, "stap/waarborgsom/"), {"done": "1"})
    tick = StepCompletion.objects.get()
    assert tick.completed_by == world.user(Role.BOARD_A)
    page = board.get(plan_url(election, world)).content.decode()
    assert "Gedaan: afgevinkt door Bram" in page
    board.post(plan_url(election, world, "stap/waarborgsom/"), {})
    assert not StepCompletion.objects.exists()
    actions = [e.action for e in entries_for(PartyPlan.objects.get())]
    assert "election_plan.step_done" in actions
    assert "election_plan.step_undone" in actions
    assert (
        board.post(plan_url(election, world, "stap/bestaat-niet/"), {"done": "1"}).status_code
        == 404
    )


def test_milestone_assignee_must_be_on_the_board(world: World, election: Election) -> None:
    with pytest.raises(ValidationError):
        add_milestone(world, election, "ALV", date(2029, 12, 1), assignee=world.user(Role.MEMBER_A))
    # Through the form, a member that is not on the board is not a choice: nothing is lost.
    response = client_as(world, Role.BOARD_A).post(
        plan_url(election, world, "mijlpalen/"),
        {"title": "ALV", "due_on": "2029-12-01", "assignee": world.user(Role.MEMBER_A).pk},
    )
    assert response.status_code == 400
    assert 'value="ALV"' in response.content.decode()
    assert not Milestone.objects.exists()


def test_board_adds_assigns_ticks_and_deletes_a_milestone(world: World, election: Election) -> None:
    board = client_as(world, Role.BOARD_A)
    board_user = world.user(Role.BOARD_A)
    response = board.post(
        plan_url(election, world, "mijlpalen/"),
        {
            "title": "Kandidatenlijst vastgesteld in de ALV",
            "due_on": "2029-12-01",
            "assignee": board_user.pk,
        },
    )
    assert response.status_code == 302
    milestone = Milestone.objects.get()
    assert milestone.assignee == board_user
    board.post(plan_url(election, world, f"mijlpalen/{milestone.pk}/afvinken/"))
    milestone.refresh_from_db()
    assert milestone.done_by == board_user
    assert {e.action for e in entries_for(milestone)} == {
        "election_milestone.done",
        "election_milestone.added",
    }
    board.post(plan_url(election, world, f"mijlpalen/{milestone.pk}/verwijderen/"))
    assert not Milestone.objects.exists()


def test_invalid_milestone_date_keeps_what_was_typed(world: World, election: Election) -> None:
    response = client_as(world, Role.BOARD_A).post(
        plan_url(election, world, "mijlpalen/"), {"title": "Flyers drukken", "due_on": "morgen"}
    )
    assert response.status_code == 400
    content = response.content.decode()
    assert 'value="Flyers drukken"' in content
    assert "Vul een geldige datum in" in content or "geldige datum" in content


def test_reminders_go_to_the_board_once(
    world: World,
    election: Election,
    council_19: CouncilSize,
    django_capture_on_commit_callbacks: Any,
) -> None:
    set_case(world, election, Situation.NEW, registered=True)
    add_milestone(world, election, "ALV", date(2030, 1, 20))
    second_board = make_user("bestuur2-a@example.org", first_name="Cato")
    make_membership(second_board, world.party_a, role=MembershipRole.BESTUURSLID)
    mail.outbox.clear()
    # 10 January 2030: the deposit (21 Jan) and the ALV (20 Jan) are within two weeks.
    with django_capture_on_commit_callbacks(execute=True):
        sent = services.reminders_send(today=date(2030, 1, 10))
    assert sent == 2
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == ["bestuur-a@example.org", "bestuur2-a@example.org"]
    body = mail.outbox[0].body
    assert "Waarborgsom betalen" in body
    assert "ALV" in body
    assert "nog 11 dagen" in body
    assert "Ondersteuningsverklaringen" not in body  # until 4 February: not yet
    assert "lid-a@example.org" not in {m.to[0] for m in mail.outbox}
    # The same day again: nothing new.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.reminders_send(today=date(2030, 1, 10)) == 0
    assert mail.outbox == []
    # Three days before the deposit deadline: the second reminder.
    with django_capture_on_commit_callbacks(execute=True):
        assert services.reminders_send(today=date(2030, 1, 18)) == 2
    assert "Waarborgsom" in mail.outbox[0].body
    assert ReminderSent.objects.filter(item_key="waarborgsom").count() == 2


def test_ticked_steps_get_no_reminder(
    world: World, election: Election, django_capture_on_commit_callbacks: Any
) -> None:
    set_case(world, election, Situation.HAS_SEATS, registered=True)
    services.step_tick(
        party=world.party_a,
        election=election,
        step_key="kandidaatstelling",
        done=True,
        user=world.user(Role.BOARD_A),
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.reminders_send(today=date(2030, 2, 1))
    assert not ReminderSent.objects.filter(item_key="kandidaatstelling").exists()
    assert ReminderSent.objects.filter(item_key="herstel").exists()


def test_ical_feed_parses_and_regenerating_ends_the_old_link(
    world: World, election: Election, council_19: CouncilSize
) -> None:
    set_case(world, election, Situation.NEW, registered=False)
    add_milestone(world, election, "Programma klaar", date(2029, 11, 1))
    plan = PartyPlan.objects.get()
    response = Client().get(f"/verkiezingen/agenda/{plan.ical_token}.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert events["Waarborgsom betalen"].decoded("dtstart") == date(2030, 1, 21)
    assert events["Ondersteuningsverklaringen verzamelen"].decoded("dtstart") == date(2030, 1, 21)
    assert events["Ondersteuningsverklaringen verzamelen"].decoded("dtend") == date(2030, 2, 5)
    assert events["Programma klaar"].decoded("dtstart") == date(2029, 11, 1)
    old = plan.ical_token
    client_as(world, Role.BOARD_A).post(plan_url(election, world, "agenda/nieuw/"))
    plan.refresh_from_db()
    assert plan.ical_token != old
    assert Client().get(f"/verkiezingen/agenda/{old}.ics").status_code == 404
    assert Client().get(f"/verkiezingen/agenda/{plan.ical_token}.ics").status_code == 200


def test_personal_data_export_and_erasure(world: World, election: Election) -> None:
    board_user = world.user(Role.BOARD_A)
    add_milestone(world, election, "ALV", date(2029, 12, 1), assignee=board_user)
    services.step_tick(
        party=world.party_a, election=election, step_key="waarborgsom", done=True, user=board_user
    )
    data = personal_data.export_everything(board_user)["data"]["election_planner"]
    assert data["milestones"][0]["title"] == "ALV"
    assert data["milestones"][0]["assigned_to_you"] is True
    assert data["steps_ticked"][0]["step"] == "waarborgsom"
    personal_data.erase_everything(board_user)
    milestone = Milestone.objects.get()
    assert milestone.assignee is None and milestone.created_by is None
    assert StepCompletion.objects.get().completed_by is None


def test_planner_query_count_does_not_grow(
    world: World,
    election: Election,
    council_19: CouncilSize,
    django_assert_max_num_queries: Any,
) -> None:
    board = client_as(world, Role.BOARD_A)
    set_case(world, election, Situation.NEW, registered=False)
    steps = ["aanduiding", "waarborgsom", "kandidaatstelling"]
    for n in range(3):
        add_milestone(
            world,
            election,
            f"Mijlpaal {n:02d}",
            date(2029, 12, n + 1),
            assignee=world.user(Role.BOARD_A),
        )
        services.step_tick(
            party=world.party_a,
            election=election,
            step_key=steps[n],
            done=True,
            user=world.user(Role.BOARD_A),
        )
    board.get(plan_url(election, world))
    with django_assert_max_num_queries(20) as few:
        response = board.get(plan_url(election, world))
    assert response.status_code == 200
    page = response.content.decode()
    assert all(f"Mijlpaal {n:02d}" in page for n in range(3))
    for n in range(3, 12):
        add_milestone(
            world,
            election,
            f"Mijlpaal {n:02d}",
            date(2029, 12, n + 1),
            assignee=world.user(Role.BOARD_A),
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = board.get(plan_url(election, world))
    # The same page, now with every milestone on it, in no more queries than with three.
    assert response.status_code == 200
    page = response.content.decode()
    assert all(f"Mijlpaal {n:02d}" in page for n in range(12))


@pytest.mark.usefixtures("page_cache_off")
def test_public_pages_and_feed_have_a_fixed_number_of_queries(
    world: World, election: Election, django_assert_num_queries: Any
) -> None:
    plan = services.plan_ensure(party=world.party_a, election=election)
    for n in range(5):
        add_milestone(
            world, election, f"M{n}", date(2029, 12, n + 1), assignee=world.user(Role.BOARD_A)
        )
    client = Client()
    for url, queries in (
        ("/verkiezingen/", 1),
        (f"/verkiezingen/{election.slug}/", 4),
        (f"/verkiezingen/agenda/{plan.ical_token}.ics", 4),
    ):
        client.get(url)
        with django_assert_num_queries(queries):
            assert client.get(url).status_code == 200
