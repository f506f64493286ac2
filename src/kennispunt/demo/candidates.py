"""Demo content for the candidate pipeline: Samen Lokaal Amersfoort's candidates for 2030, at
different stages (the demo board member sits on its kandidatencommissie). Idempotent."""

from datetime import date

from kennispunt.accounts.models import User
from kennispunt.candidates.models import Candidate, CandidateNote, Pipeline, Stage, VogStatus
from kennispunt.elections.models import Election
from kennispunt.parties.models import Party

from .people import demo_email

# (surname, initials, first name, residence, stage, position, H 9, ID copy, VOG, reason)
DEMO_CANDIDATES = (
    ("de Vries", "M.J.", "Marieke", "Amersfoort", Stage.NOMINATED, 1, True, True, "ontvangen", ""),
    ("Bakker", "T.", "Tom", "Amersfoort", Stage.NOMINATED, 2, True, False, "aangevraagd", ""),
    ("El Amrani", "S.", "Samira", "Hoevelaken", Stage.NOMINATED, 3, False, False, "", ""),
    ("Jansen", "P.H.", "Peter", "Amersfoort", Stage.SCREENING, None, False, False, "", ""),
    ("Visser", "A.", "Anouk", "Amersfoort", Stage.TALKING, None, False, False, "", ""),
    ("Mulder", "K.", "Kees", "Leusden", Stage.PROPOSED, None, False, False, "", ""),
    (
        "Smit",
        "L.",
        "Lotte",
        "Amersfoort",
        Stage.WITHDRAWN,
        None,
        False,
        False,
        "",
        "Neemt een baan bij de gemeente aan.",
    ),
)


def build_candidates() -> None:
    party = Party.objects.filter(slug="samen-lokaal-amersfoort").first()
    election = Election.objects.filter(type="gemeenteraad", year=2030).first()
    if party is None or election is None:
        return
    pipeline, created = Pipeline.objects.get_or_create(
        party=party,
        election=election,
        defaults={"submitter": "M.J. de Vries", "agent": "R. van Dijk"},
    )
    if not created:
        return
    board = User.objects.filter(email=demo_email("bestuur")).first()
    for (
        surname,
        initials,
        first,
        residence,
        stage,
        position,
        h9,
        id_copy,
        vog,
        reason,
    ) in DEMO_CANDIDATES:
        candidate = Candidate.objects.create(
            pipeline=pipeline,
            surname=surname,
            initials=initials,
            first_name=first,
            residence=residence,
            stage=stage,
            position=position,
            consent_received=h9,
            id_copy_received=id_copy,
            vog_status=vog or VogStatus.NONE,
            declaration_signed_on=date(2029, 10, 1) if h9 else None,
            public_checks=["kvk", "nieuws"] if stage == Stage.NOMINATED else [],
            withdrawn_reason=reason,
            created_by=board,
        )
        if stage == Stage.SCREENING:
            CandidateNote.objects.create(
                candidate=candidate,
                author=board,
                text="Eerste gesprek gevoerd; VOG besproken. Tweede gesprek met de dilemma's "
                "volgt na de zomer.",
            )
