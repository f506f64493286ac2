"""What agents and askers know from Zammad: the party chosen already, reply and status in one
submit, "Aan mij toewijzen", bulk changes in the queue, e-mail to agents, canned answers and
article links, natural-question suggestions and the way to the party-registration queue."""

import re

import pytest
from django.core import mail

from kennispunt.core.audit import entries_for
from kennispunt.helpdesk import services
from kennispunt.helpdesk.models import CannedAnswer, Channel, Kind, Status, Ticket
from kennispunt.parties.models import Membership, MembershipStatus
from kennispunt_testing.access import client_for
from kennispunt_testing.world import Role, World, make_membership, make_party

pytestmark = pytest.mark.django_db


def ask(world: World, subject: str = "Vraag over de begroting", **extra) -> Ticket:
    extra.setdefault("asker", world.user(Role.MEMBER_A))
    extra.setdefault("party", world.party_a)
    return services.ticket_create(
        subject=subject, body="Hoe dienen we een amendement in?", channel=Channel.WEB, **extra
    )


# --- The member's question form --------------------------------------------------------------


def _selected_party(html: str) -> list[str]:
    select = re.search(r'<select name="party".*?</select>', html, re.S)
    assert select is not None
    return re.findall(r'<option value="(\d*)"[^>]*selected', select.group(0))


def test_a_member_of_one_party_finds_it_chosen_and_can_send_at_once(world: World) -> None:
    client = client_for(world, Role.MEMBER_A)
    html = client.get("/helpdesk/vraag-stellen/").content.decode()
    assert _selected_party(html) == [str(world.party_a.pk)]
    assert "---------" not in html
    # What the browser sends for the preselected field: the ticket goes to that party.
    response = client.post(
        "/helpdesk/vraag-stellen/",
        {"onderwerp": "Begroting", "body": "Hoe?", "party": _selected_party(html)[0]},
    )
    assert response.status_code == 302
    assert Ticket.objects.get().party == world.party_a


def test_a_member_of_two_parties_chooses(world: World) -> None:
    other = make_party("Lokaal Leusden", "lokaal-leusden", "GM0327")
    make_membership(world.user(Role.MEMBER_A), other)
    assert (
        Membership.objects.filter(
            user=world.user(Role.MEMBER_A), status=MembershipStatus.VERIFIED
        ).count()
        == 2
    )
    html = client_for(world, Role.MEMBER_A).get("/helpdesk/vraag-stellen/").content.decode()
    assert _selected_party(html) == [""]
    assert "---------" in html


# --- Reply and status in one submit ----------------------------------------------------------


def test_agent_answers_and_solves_in_one_submit(world: World, committed) -> None:
    ticket = ask(world)
    mail.outbox.clear()
    response = committed(
        client_for(world, Role.HELPDESKMEDEWERKER).post,
        ticket.get_staff_url(),
        {"kind": Kind.ANSWER, "body": "Zo dient u een amendement in.", "status": Status.SOLVED},
    )
    assert response.status_code == 302
    ticket.refresh_from_db()
    assert ticket.status == Status.SOLVED and ticket.resolved_at is not None
    assert ticket.messages.filter(kind=Kind.ANSWER).count() == 1
    subjects = [m.subject for m in mail.outbox]
    assert any("Antwoord op uw vraag" in s for s in subjects)
    assert any("afgehandeld" in s for s in subjects)
    assert entries_for(ticket).filter(action="helpdesk.status_changed").count() == 1


def test_without_a_status_an_answer_waits_for_the_asker(world: World) -> None:
    ticket = ask(world)
    client_for(world, Role.HELPDESKMEDEWERKER).post(
        ticket.get_staff_url(), {"kind": Kind.ANSWER, "body": "Zo.", "status": ""}
    )
    ticket.refresh_from_db()
    assert ticket.status == Status.WAITING


def test_a_note_can_reopen_a_ticket_in_the_same_submit(world: World) -> None:
    ticket = ask(world)
    services.ticket_update(ticket=ticket, user=None, status=Status.SOLVED, priority=ticket.priority)
    client_for(world, Role.HELPDESKMEDEWERKER).post(
        ticket.get_staff_url(), {"kind": Kind.NOTE, "body": "Toch niet.", "status": Status.OPEN}
    )
    ticket.refresh_from_db()
    assert ticket.status == Status.OPEN and ticket.resolved_at is None


# --- Aan mij toewijzen -----------------------------------------------------------------------


def test_agent_takes_a_ticket_with_one_button(world: World) -> None:
    ticket = ask(world)
    agent = world.user(Role.HELPDESKMEDEWERKER)
    client = client_for(world, Role.HELPDESKMEDEWERKER)
    assert "Aan mij toewijzen" in client.get(ticket.get_staff_url()).content.decode()
    response = client.post(f"{ticket.get_staff_url()}aan-mij/")
    assert response.status_code == 302 and response["Location"] == ticket.get_staff_url()
    ticket.refresh_from_db()
    assert ticket.assignee == agent
    (entry,) = entries_for(ticket).filter(action="helpdesk.assigned")
    assert entry.actor == agent and entry.data == {"from": None, "to": agent.pk}
    # Theirs now: the button is gone, and a second post changes and logs nothing.
    assert "Aan mij toewijzen" not in client.get(ticket.get_staff_url()).content.decode()
    client.post(f"{ticket.get_staff_url()}aan-mij/")
    assert entries_for(ticket).filter(action="helpdesk.assigned").count() == 1


# --- Bulk actions in the queue ---------------------------------------------------------------


def test_agent_changes_several_tickets_from_the_queue_at_once(world: World, kb) -> None:
    first, second, untouched = ask(world, "Eerste"), ask(world, "Tweede"), ask(world, "Derde")
    agent = world.user(Role.HELPDESKMEDEWERKER)
    client = client_for(world, Role.HELPDESKMEDEWERKER)
    queue = client.get("/helpdesk/beheer/?status=open").content.decode()
    assert f'name="tickets" value="{first.reference}"' in queue
    response = client.post(
        "/helpdesk/beheer/meerdere/",
        {
            "tickets": [first.reference, second.reference],
            "assignee": "mij",
            "status": Status.OPEN,
            "theme": kb.theme.pk,
            "terug": "/helpdesk/beheer/?status=open",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/helpdesk/beheer/?status=open"
    for ticket in (first, second):
        ticket.refresh_from_db()
        assert (ticket.assignee, ticket.status, ticket.theme_id) == (
            agent,
            Status.OPEN,
            kb.theme.pk,
        )
        actions = set(entries_for(ticket).values_list("action", flat=True))
        assert {"helpdesk.assigned", "helpdesk.status_changed", "helpdesk.theme_changed"} <= actions
    untouched.refresh_from_db()
    assert untouched.assignee is None and untouched.status == Status.NEW
    assert "2 vragen zijn bijgewerkt." in client.get(response["Location"]).content.decode()


def test_bulk_action_needs_a_choice_and_goes_back_only_to_the_queue(world: World) -> None:
    ticket = ask(world)
    client = client_for(world, Role.HELPDESKMEDEWERKER)
    response = client.post(
        "/helpdesk/beheer/meerdere/",
        {"tickets": [ticket.reference], "terug": "https://elders.example/"},
    )
    assert response["Location"] == "/helpdesk/beheer/"
    assert "Kies wat u wilt wijzigen." in client.get("/helpdesk/beheer/").content.decode()
    client.post("/helpdesk/beheer/meerdere/", {"status": Status.CLOSED})
    assert "Kies eerst een of meer vragen." in client.get("/helpdesk/beheer/").content.decode()
    ticket.refresh_from_db()
    assert ticket.status == Status.NEW


def test_bulk_service_refuses_someone_without_the_helpdesk_permission(world: World) -> None:
    from django.core.exceptions import PermissionDenied

    ticket = ask(world)
    with pytest.raises(PermissionDenied):
        services.tickets_bulk_update(
            tickets=[ticket], user=world.user(Role.MODERATOR), status=Status.CLOSED
        )


# --- E-mail to agents ------------------------------------------------------------------------


def _to(address: str) -> list[str]:
    return [str(m.subject) for m in mail.outbox if m.to == [address]]


def test_agents_hear_of_a_new_ticket_unless_they_switched_it_off(world: World, committed) -> None:
    agent, beheerder = world.user(Role.HELPDESKMEDEWERKER), world.user(Role.BEHEERDER)
    client_for(world, Role.BEHEERDER).post("/helpdesk/beheer/meldingen/", {})  # both unticked
    ticket = committed(ask, world)
    (subject,) = _to(agent.email)
    assert subject == f"[{ticket.reference}] Nieuwe vraag: {ticket.subject}"
    message = next(m for m in mail.outbox if m.to == [agent.email])
    assert ticket.get_staff_url() in message.body
    assert "/helpdesk/beheer/meldingen/" in message.body
    assert _to(beheerder.email) == []
    # Nobody else gets the agents' mail: not the asker, not other staff.
    assert _to(world.user(Role.MODERATOR).email) == []
    assert all("Nieuwe vraag" not in s for s in _to(world.user(Role.MEMBER_A).email))


def test_the_agent_logging_a_call_is_not_told_about_it(world: World, committed) -> None:
    agent = world.user(Role.HELPDESKMEDEWERKER)
    committed(
        services.ticket_create,
        subject="Belde",
        body="Samenvatting",
        channel=Channel.PHONE,
        author=agent,
    )
    assert _to(agent.email) == []
    assert len(_to(world.user(Role.BEHEERDER).email)) == 1


def test_a_reply_to_an_answered_ticket_goes_to_its_agent(world: World, committed) -> None:
    agent, beheerder = world.user(Role.HELPDESKMEDEWERKER), world.user(Role.BEHEERDER)
    ticket = ask(world)
    services.ticket_reply(ticket=ticket, author=agent, body="Zo.", kind=Kind.ANSWER)
    mail.outbox.clear()
    committed(
        services.ticket_asker_reply,
        ticket=ticket,
        body="Nog een vraag",
        channel=Channel.WEB,
        user=world.user(Role.MEMBER_A),
    )
    assert _to(agent.email) == [
        f"[{ticket.reference}] De vrager heeft gereageerd: {ticket.subject}"
    ]
    assert _to(beheerder.email) == []
    # A reply while the ticket is still open reopens nothing: no mail.
    mail.outbox.clear()
    committed(
        services.ticket_asker_reply,
        ticket=ticket,
        body="En nog iets",
        channel=Channel.WEB,
        user=world.user(Role.MEMBER_A),
    )
    assert mail.outbox == []


def test_agent_switches_off_reopened_mail_and_sees_the_choice_kept(world: World) -> None:
    client = client_for(world, Role.HELPDESKMEDEWERKER)
    page = client.get("/helpdesk/beheer/meldingen/").content.decode()
    assert page.count("checked") == 2  # by default: both
    response = client.post("/helpdesk/beheer/meldingen/", {"notify_new_tickets": "on"})
    assert response.status_code == 302
    page = client.get("/helpdesk/beheer/meldingen/").content.decode()
    assert page.count("checked") == 1
    from kennispunt.helpdesk import selectors

    assert world.user(Role.HELPDESKMEDEWERKER) in selectors.agents(wanting="notify_new_tickets")
    assert world.user(Role.HELPDESKMEDEWERKER) not in selectors.agents(
        wanting="notify_reopened_tickets"
    )


# --- Canned answers and the article picker ---------------------------------------------------


def test_canned_answer_options_carry_their_text_for_the_cursor(world: World) -> None:
    ticket = ask(world)
    canned = CannedAnswer.objects.create(title="Bedankt", body="Dank u, {naam} ({kenmerk}).")
    html = client_for(world, Role.HELPDESKMEDEWERKER).get(ticket.get_staff_url()).content.decode()
    assert f'data-text="Dank u, Anna ({ticket.reference})."' in html
    assert f'value="{canned.pk}"' in html
    assert "helpdesk/agent" in html and ".js" in html  # the script that inserts at the cursor


def test_without_javascript_the_canned_answer_is_added_after_the_typed_text(
    world: World,
) -> None:
    ticket = ask(world)
    canned = CannedAnswer.objects.create(title="Groet", body="Met vriendelijke groet.")
    response = client_for(world, Role.HELPDESKMEDEWERKER).post(
        ticket.get_staff_url(),
        {
            "kind": Kind.NOTE,
            "body": "Wat ik al typte.",
            "canned": canned.pk,
            "status": Status.OPEN,
            "hulpmiddel": "standaardantwoord",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Wat ik al typte.\n\nMet vriendelijke groet.</textarea>" in html
    assert ticket.messages.count() == 1  # nothing was sent
    assert re.search(r'value="note"[^>]*checked', html)
    assert re.search(r'<option value="in_behandeling" selected>', html)


def test_without_javascript_the_article_picker_searches_and_adds_a_link(
    world: World, kb, settings
) -> None:
    settings.SITE_URL = "https://kennispunt.example"
    ticket = ask(world)
    client = client_for(world, Role.HELPDESKMEDEWERKER)
    found = client.post(
        ticket.get_staff_url(),
        {
            "kind": Kind.ANSWER,
            "body": "Zie:",
            "article_query": "kandidatenlijst",
            "hulpmiddel": "artikel-zoeken",
        },
    ).content.decode()
    assert "Hoe stel ik een kandidatenlijst op?" in found
    assert f'name="artikel" value="{kb.article.pk}"' in found
    added = client.post(
        ticket.get_staff_url(),
        {"kind": Kind.ANSWER, "body": "Zie:", "artikel": kb.article.pk},
    ).content.decode()
    link = f"Hoe stel ik een kandidatenlijst op?: https://kennispunt.example{kb.article.url}"
    assert f"Zie:\n\n{link}</textarea>" in added
    assert ticket.messages.count() == 1


def test_article_picker_script_gets_links_as_json(world: World, kb, settings) -> None:
    settings.SITE_URL = "https://kennispunt.example"
    client = client_for(world, Role.HELPDESKMEDEWERKER)
    data = client.get("/helpdesk/beheer/artikelen/", {"q": "kandidatenlijst opstellen"}).json()
    first = data["results"][0]
    assert first["id"] == kb.article.pk
    assert first["text"] == f"{kb.article.title}: https://kennispunt.example{kb.article.url}"
    assert client.get("/helpdesk/beheer/artikelen/", {"q": ""}).json() == {"results": []}


# --- Suggestions for a question typed as a sentence -------------------------------------------

QUESTION = "Mag een wethouder op onze kandidatenlijst?"


def test_a_question_typed_as_a_sentence_finds_the_article_on_its_telling_words(
    world: World, kb
) -> None:
    from kennispunt.knowledge.models import ArticlePage
    from kennispunt_testing.knowledge import make_article

    both = make_article(
        kb.theme,
        "wethouder-op-de-lijst",
        "Wethouders en de kandidatenlijst",
        intro="Wie wethouder is, kan ook kandidaat zijn voor de raad.",
        body=[
            (
                "paragraph",
                "<p>Een wethouder mag op de kandidatenlijst staan. Wordt hij gekozen, dan kiest "
                "hij tussen de raad en het college.</p>",
            )
        ],
    )
    coalition = make_article(
        kb.theme,
        "samenwerken-coalitie-oppositie",
        "Samenwerken in coalitie en oppositie",
        body=[
            (
                "paragraph",
                "<p>Levert uw partij een wethouder, dan krijgt u invloed op het beleid. Als een "
                "raadslid wethouder wordt, neemt de volgende kandidaat van de lijst de zetel "
                "over.</p>",
            )
        ],
    )
    meeting = make_article(
        kb.theme,
        "ledenvergadering-organiseren",
        "Een ledenvergadering organiseren",
        body=[("paragraph", "<p>Nodig de leden op tijd uit en stuur de stukken mee.</p>")],
    )
    # Every word required (the site search's default) finds nothing for this sentence.
    assert list(ArticlePage.objects.live().search(QUESTION)) == []

    html = (
        client_for(world, Role.MEMBER_A)
        .get("/helpdesk/suggesties/", {"onderwerp": QUESTION})
        .content.decode()
    )
    titles = re.findall(r'<a class="utrecht-link" href="[^"]*">([^<]*)</a>', html)
    assert titles[0] == both.title
    assert coalition.title in titles and kb.article.title in titles
    assert meeting.title not in titles


# --- A non-member who wants their party registered -------------------------------------------


def test_ticket_by_a_non_member_leads_to_party_registration(world: World, settings) -> None:
    from django.utils import timezone

    from kennispunt.parties.models import MembershipRole, PartyRegistration

    settings.SITE_URL = "https://kennispunt.example"
    asker = world.user(Role.UNVERIFIED)
    ticket = services.ticket_create(
        subject="Onze partij staat er niet bij",
        body="Wij willen ons graag aanmelden.",
        channel=Channel.WEB,
        asker=asker,
    )
    registration = PartyRegistration.objects.create(
        registrant=asker,
        name="Lokaal Deventer",
        role=MembershipRole.BESTUURSLID,
        consent_given_at=timezone.now(),
        consent_text="toestemming",
    )
    beheerder = client_for(world, Role.BEHEERDER).get(ticket.get_staff_url()).content.decode()
    assert 'href="/partijen/aanmeldingen/"' in beheerder
    assert f'href="/partijen/aanmeldingen/{registration.pk}/"' in beheerder
    assert "Lokaal Deventer" in beheerder
    # Agents who do not review registrations see the registration, not links they cannot open.
    agent = client_for(world, Role.HELPDESKMEDEWERKER)
    html = agent.get(ticket.get_staff_url()).content.decode()
    assert "Lokaal Deventer" in html and 'href="/partijen/aanmeldingen/"' not in html
    assert 'data-text="Wilt u uw partij laten opnemen' in html
    # Without JavaScript the explanation with the sign-up link goes after the typed text.
    added = agent.post(
        ticket.get_staff_url(),
        {"kind": Kind.ANSWER, "body": "Beste vrager,", "hulpmiddel": "aanmelden"},
    ).content.decode()
    assert re.search(
        r"Beste vrager,\n\nWilt u uw partij laten opnemen.*https://kennispunt\.example/partijen/aanmelden/",
        added,
    )


def test_ticket_of_a_member_shows_no_registration_help(world: World) -> None:
    ticket = ask(world)
    html = client_for(world, Role.BEHEERDER).get(ticket.get_staff_url()).content.decode()
    assert "Partij laten registreren?" not in html
    assert "Wilt u uw partij laten opnemen" not in html


def test_the_staff_ticket_page_has_no_duplicate_ids(world: World) -> None:
    """The reply form and the update form both have a status: each label finds its own."""
    ticket = ask(world)
    html = client_for(world, Role.HELPDESKMEDEWERKER).get(ticket.get_staff_url()).content.decode()
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert sorted({i for i in ids if ids.count(i) > 1}) == []
