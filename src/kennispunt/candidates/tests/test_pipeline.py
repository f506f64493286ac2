"""The pipeline's behaviour: stages, the list page's errors, the ALV, "lijst gereed", the
export, the self-assessment's consent, logging, retention and the person's data export."""

import csv
import io
from datetime import date, timedelta
from typing import Any

import pytest
from django.core import mail

from kennispunt.accounts import personal_data
from kennispunt.candidates import exports, selectors, services
from kennispunt.candidates.models import Candidate, CandidateNote, Pipeline, Stage
from kennispunt.core.models import AuditLogEntry
from kennispunt.elections.models import Election
from kennispunt_testing.access import client_for
from kennispunt_testing.knowledge import KB, make_article
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db


@pytest.fixture
def pipeline(world: World, election: Election) -> Pipeline:
    return services.pipeline_ensure(party=world.party_a, election=election)


def add(pipeline: Pipeline, surname: str, **extra: Any) -> Candidate:
    fields: dict[str, Any] = {
        "surname": surname,
        "initials": "A.",
        "residence": "Amersfoort",
        "consent_received": True,
        "id_copy_received": True,
    }
    fields.update(extra)
    return services.candidate_add(pipeline=pipeline, user=None, **fields)


def url(pipeline: Pipeline, suffix: str = "") -> str:
    return (
        f"/verkiezingen/{pipeline.election.slug}/partij/{pipeline.party.slug}/kandidaten/{suffix}"
    )


def nominate(candidate: Candidate) -> Candidate:
    return services.candidate_move(candidate=candidate, stage=Stage.NOMINATED, reason="", user=None)


def test_moving_through_the_stages_gives_and_takes_a_place(pipeline: Pipeline) -> None:
    a, b = add(pipeline, "Aalders"), add(pipeline, "Bakker")
    assert nominate(b).position == 1
    assert nominate(a).position == 2
    services.candidate_move(candidate=b, stage=Stage.WITHDRAWN, reason="Verhuist", user=None)
    b.refresh_from_db()
    assert (b.position, b.withdrawn_reason) == (None, "Verhuist")
    with pytest.raises(Exception, match="reden"):
        services.candidate_move(candidate=a, stage=Stage.WITHDRAWN, reason=" ", user=None)


def test_list_page_shows_each_error_while_editing(world: World, pipeline: Pipeline) -> None:
    nominate(add(pipeline, "Zonder", consent_received=False, residence=""))
    nominate(add(pipeline, "Dubbel"))
    nominate(add(pipeline, "Dubbel"))
    other = services.pipeline_ensure(party=world.party_b, election=pipeline.election)
    world.party_b.municipalities.add(world.party_a.municipalities.get())
    nominate(add(other, "Overloper"))
    nominate(add(pipeline, "Overloper"))
    response = client_for(world, Role.BOARD_A).get(url(pipeline, "lijst/"))
    page = response.content.decode()
    assert "de instemmingsverklaring (H 9) is nog niet binnen" in page
    assert "vul nog in: woonplaats" in page
    assert "staat meer dan één keer op de lijst" in page
    assert "staat ook op de lijst van Dorpspartij B in deze gemeente" in page
    assert "Vul in wie de lijst inlevert" in page
    assert "De ALV heeft de volgorde nog niet vastgesteld." in page


def test_list_ready_is_blocked_with_a_dutch_message(world: World, pipeline: Pipeline) -> None:
    nominate(add(pipeline, "Jansen", consent_received=False))
    client = client_for(world, Role.BOARD_A)
    response = client.post(url(pipeline, "lijst/gereed/"))
    assert response.status_code == 400
    page = response.content.decode()
    assert "De lijst is nog niet gereed" in page
    assert "Jansen, A. (Amersfoort): de instemmingsverklaring (H 9) is nog niet binnen." in page
    pipeline.refresh_from_db()
    assert pipeline.ready_at is None


def test_alv_then_ready_puts_the_people_on_the_list(world: World, pipeline: Pipeline) -> None:
    a = nominate(add(pipeline, "Aalders"))
    waiting = add(pipeline, "Wachter")
    services.submission_update(
        pipeline=pipeline, submitter="P. de Vries", agent="J. Smit", user=None
    )
    client = client_for(world, Role.BOARD_A)
    response = client.post(
        url(pipeline, "lijst/alv/"),
        {"held_on": "2029-12-05", "votes_for": 23, "votes_against": 2, "abstentions": 1},
    )
    assert response.status_code == 302
    a.refresh_from_db()
    assert a.stage == Stage.ADOPTED
    page = client.get(url(pipeline, "lijst/")).content.decode()
    assert "23 voor, 2 tegen, 1 onthoudingen" in page
    assert client.post(url(pipeline, "lijst/gereed/")).status_code == 302
    a.refresh_from_db()
    waiting.refresh_from_db()
    assert (a.stage, waiting.stage) == (Stage.ON_LIST, Stage.PROPOSED)
    assert AuditLogEntry.objects.filter(action="candidates.list_ready").exists()


def test_order_is_renumbered_as_proposed(world: World, pipeline: Pipeline) -> None:
    a, b, c = (nominate(add(pipeline, name)) for name in ("Aalders", "Bakker", "Claes"))
    client_for(world, Role.BOARD_A).post(
        url(pipeline, "lijst/volgorde/"), {f"pos_{a.pk}": 3, f"pos_{b.pk}": 1, f"pos_{c.pk}": 2}
    )
    assert [x.surname for x in selectors.list_candidates(pipeline)] == [
        "Bakker",
        "Claes",
        "Aalders",
    ]
    assert [x.position for x in selectors.list_candidates(pipeline)] == [1, 2, 3]


def test_add_form_keeps_what_was_typed(world: World, pipeline: Pipeline) -> None:
    response = client_for(world, Role.BOARD_A).post(url(pipeline, "nieuw/"), {"initials": "Q."})
    assert response.status_code == 400
    assert 'value="Q."' in response.content.decode()
    assert not Candidate.objects.exists()


def test_osv_export_parses_in_list_order(world: World, pipeline: Pipeline) -> None:
    nominate(add(pipeline, "de Vries", initials="A.B.", first_name="Anna"))
    nominate(add(pipeline, "Bakker"))
    add(pipeline, "Nietopdelijst")
    response = client_for(world, Role.BOARD_A).get(url(pipeline, "lijst/osv.csv"))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == exports.OSV_COLUMNS
    assert rows[1][:4] == ["1", "de Vries", "A.B.", "Anna"]
    assert [r[1] for r in rows[1:]] == ["de Vries", "Bakker"]


def test_self_assessment_reaches_the_committee_only_with_consent(
    world: World, pipeline: Pipeline, django_capture_on_commit_callbacks
) -> None:
    candidate = add(pipeline, "Jansen", email="lid-a@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        services.invitation_send(candidate=candidate, user=world.user(Role.BOARD_A))
    assert len(mail.outbox) == 1 and "/verkiezingen/kandidaten/uitnodiging/" in mail.outbox[0].body
    candidate.refresh_from_db()
    member = client_for(world, Role.MEMBER_A)
    member.post(f"/verkiezingen/kandidaten/uitnodiging/{candidate.invite_token}/")
    own = f"/verkiezingen/kandidaten/mijn/{candidate.pk}/"
    member.post(own, {"q_nevenfuncties": "Voorzitter van de voetbalclub"})
    board = client_for(world, Role.BOARD_A)
    page = board.get(url(pipeline, f"{candidate.pk}/")).content.decode()
    assert "Voorzitter van de voetbalclub" not in page
    assert "deelt de antwoorden niet" in page
    member.post(own, {"q_nevenfuncties": "Voorzitter van de voetbalclub", "shared": "on"})
    assert (
        "Voorzitter van de voetbalclub"
        in board.get(url(pipeline, f"{candidate.pk}/")).content.decode()
    )


def test_every_view_and_change_is_logged(world: World, pipeline: Pipeline) -> None:
    candidate = add(pipeline, "Jansen")
    client = client_for(world, Role.BOARD_A)
    client.get(url(pipeline))
    client.get(url(pipeline, f"{candidate.pk}/"))
    client.post(url(pipeline, f"{candidate.pk}/notities/"), {"text": "Sterk verhaal."})
    board = world.user(Role.BOARD_A)
    actions = set(AuditLogEntry.objects.filter(actor=board).values_list("action", flat=True))
    assert {"candidates.viewed", "candidates.candidate_viewed", "candidates.note_added"} <= actions
    # The note's text is not in the log.
    assert not AuditLogEntry.objects.filter(data__icontains="Sterk").exists()


def test_pipeline_page_query_count(
    world: World, pipeline: Pipeline, django_assert_num_queries
) -> None:
    for i in range(3):
        add(pipeline, f"Kandidaat{i}")
    client = client_for(world, Role.BOARD_A)
    client.get(url(pipeline))  # warm up
    with django_assert_num_queries(PIPELINE_QUERIES):
        assert client.get(url(pipeline)).status_code == 200
    for i in range(30):
        add(pipeline, f"Meer{i}")
    with django_assert_num_queries(PIPELINE_QUERIES):
        assert client.get(url(pipeline)).status_code == 200


def test_candidate_and_list_page_query_count(
    world: World, pipeline: Pipeline, django_assert_num_queries
) -> None:
    candidate = nominate(add(pipeline, "Jansen"))
    for i in range(3):
        services.note_add(candidate=candidate, text=f"Notitie {i}", user=world.user(Role.BOARD_A))
        nominate(add(pipeline, f"Ander{i}"))
    client = client_for(world, Role.BOARD_A)
    client.get(url(pipeline, f"{candidate.pk}/"))
    with django_assert_num_queries(CANDIDATE_QUERIES):
        assert client.get(url(pipeline, f"{candidate.pk}/")).status_code == 200
    client.get(url(pipeline, "lijst/"))
    with django_assert_num_queries(LIST_QUERIES):
        assert client.get(url(pipeline, "lijst/")).status_code == 200


# session + user + header notifications, election, party, access (board/committee), pipeline,
# audit log, then the page: count, stages, committee/board for the forms.
PIPELINE_QUERIES = 14
CANDIDATE_QUERIES = 14  # with the knowledge article on screening: restrictions, page
LIST_QUERIES = 15


def test_retention_anonymises_who_did_not_make_the_list(
    world: World, pipeline: Pipeline, settings
) -> None:
    settings.CANDIDATES_RETENTION_DAYS = 90
    listed = add(pipeline, "Gekozen")
    Candidate.objects.filter(pk=listed.pk).update(stage=Stage.ON_LIST)
    dropped = add(pipeline, "Afgehaakt", email="x@example.org")
    services.note_add(candidate=dropped, text="Privé", user=None)
    day = pipeline.election.election_day
    assert services.retention_run(today=day + timedelta(days=89)) == 0
    assert services.retention_run(today=day + timedelta(days=90)) == 1
    dropped.refresh_from_db()
    assert dropped.anonymised_at is not None and dropped.email == "" and dropped.initials == ""
    assert not CandidateNote.objects.filter(candidate=dropped).exists()
    listed.refresh_from_db()
    assert listed.surname == "Gekozen"
    assert services.retention_run(today=day + timedelta(days=91)) == 0


def test_person_export_and_erasure(world: World, pipeline: Pipeline) -> None:
    member = world.user(Role.MEMBER_A)
    candidate = add(pipeline, "Jansen")
    services.invitation_accept(candidate=candidate, user=member)
    services.self_assessment_save(
        candidate=candidate, answers={"belangen": "Geen"}, shared=False, user=member
    )
    data = personal_data.export_everything(member)["data"]["candidates"]
    assert data["candidacies"][0]["self_assessment"]["belangen"] == "Geen"
    exports.erase_candidacies(member)
    candidate.refresh_from_db()
    assert candidate.user is None and candidate.self_assessment == {}


def test_start_panel_links_the_committee(world: World, election: Election) -> None:
    """The election fixture (2030) is upcoming: the board finds its pipeline on /mijn/."""
    del election
    page = client_for(world, Role.BOARD_A).get("/mijn/").content.decode()
    assert "/partij/lokaal-belang-a/kandidaten/" in page


def test_an_uploaded_vog_is_encrypted_at_rest_and_deleted_when_the_list_is_final(
    world: World, pipeline: Pipeline
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    candidate = nominate(add(pipeline, "Jansen"))
    client = client_for(world, Role.BOARD_A)
    pdf = b"%PDF-1.4 verklaring omtrent het gedrag"
    response = client.post(
        url(pipeline, f"{candidate.pk}/vog/"),
        {"document": SimpleUploadedFile("vog.pdf", pdf, content_type="application/pdf")},
    )
    assert response.status_code == 302
    candidate.refresh_from_db()
    stored = bytes(candidate.vog_document or b"")
    assert stored and b"verklaring" not in stored
    download = client.get(url(pipeline, f"{candidate.pk}/vog/download/"))
    assert download.content == pdf
    assert AuditLogEntry.objects.filter(action="candidates.vog_downloaded").exists()
    wrong = client.post(
        url(pipeline, f"{candidate.pk}/vog/"),
        {"document": SimpleUploadedFile("vog.exe", b"MZ", content_type="application/x-msdos")},
    )
    assert wrong.status_code == 400
    assert "Kies een PDF-, JPEG- of PNG-bestand." in wrong.content.decode()
    services.submission_update(
        pipeline=pipeline, submitter="P. de Vries", agent="J. Smit", user=None
    )
    services.alv_record(
        pipeline=pipeline,
        held_on=date(2029, 12, 5),
        votes_for=10,
        votes_against=0,
        abstentions=0,
        user=None,
    )
    services.list_ready(pipeline=pipeline, user=None)
    candidate.refresh_from_db()
    assert candidate.vog_document is None and candidate.vog_document_name == ""


def test_the_candidate_page_points_to_the_model_integrity_declaration(
    world: World, pipeline: Pipeline, kb: KB
) -> None:
    candidate = add(pipeline, "Jansen")
    client = client_for(world, Role.BOARD_A)
    page = client.get(url(pipeline, f"{candidate.pk}/")).content.decode()
    assert "model voor de integriteitsverklaring" not in page  # no such article yet
    article = make_article(kb.theme, "kandidaten-screenen", "Kandidaten screenen")
    page = client.get(url(pipeline, f"{candidate.pk}/")).content.decode()
    assert "model voor de integriteitsverklaring" in page
    assert f'href="{article.url}">Kandidaten screenen</a>' in page
