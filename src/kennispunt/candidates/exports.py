"""Exports: the list for the Kiesraad's OSV2020-PP, the committee's pipeline, and a person's data.

The OSV2020-PP import layout could not be verified (see the README): the list export holds
every field the nomination forms ask for, with Dutch column names, in list order.
"""

import csv
import io
from typing import Any

from django.db.models import Q

from .models import Candidate, CandidateNote, Pipeline

OSV_COLUMNS = [
    "Positie",
    "Achternaam",
    "Voorletters",
    "Roepnaam",
    "Geslacht",
    "Woonplaats",
    "Land",
    "Instemmingsverklaring H 9",
    "Kopie identiteitsbewijs",
]
PIPELINE_COLUMNS = [
    "Achternaam",
    "Voorletters",
    "Roepnaam",
    "Woonplaats",
    "E-mailadres",
    "Fase",
    "Reden afhaken",
    "Plaats",
    "H 9 ontvangen",
    "Kopie ID ontvangen",
    "VOG",
    "Integriteitsverklaring getekend op",
]


def _yes(value: bool) -> str:
    return "ja" if value else "nee"


def _csv(rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerows(rows)
    return "\ufeff" + buffer.getvalue()  # a BOM, so spreadsheet programs read UTF-8


def osv_csv(people: list[Candidate]) -> str:
    rows: list[list[Any]] = [OSV_COLUMNS]
    for c in people:
        rows.append(
            [
                c.position or "",
                c.surname,
                c.initials,
                c.first_name,
                c.get_gender_display() if c.gender else "",
                c.residence,
                c.country,
                _yes(c.consent_received),
                _yes(c.id_copy_received),
            ]
        )
    return _csv(rows)


def pipeline_csv(pipeline: Pipeline) -> str:
    rows: list[list[Any]] = [PIPELINE_COLUMNS]
    for c in pipeline.candidates.order_by("position", "surname", "pk"):
        rows.append(
            [
                c.surname,
                c.initials,
                c.first_name,
                c.residence,
                c.email,
                c.get_stage_display(),
                c.withdrawn_reason,
                c.position or "",
                _yes(c.consent_received),
                _yes(c.id_copy_received),
                c.get_vog_status_display(),
                c.declaration_signed_on.isoformat() if c.declaration_signed_on else "",
            ]
        )
    return _csv(rows)


def export_candidacies(user: Any) -> dict[str, Any]:
    candidacies = Candidate.objects.filter(user=user).select_related(
        "pipeline__party", "pipeline__election"
    )
    return {
        "candidacies": [
            {
                "party": c.pipeline.party.name,
                "election": c.pipeline.election.title,
                "name_on_list": c.name_on_list,
                "stage": c.stage,
                "position": c.position,
                "consent_received": c.consent_received,
                "id_copy_received": c.id_copy_received,
                "vog_status": c.vog_status,
                "self_assessment": c.self_assessment,
                "self_assessment_shared": c.self_assessment_shared,
                "committee_notes": [
                    {"text": n.text, "created_at": n.created_at.isoformat()} for n in c.notes.all()
                ],
            }
            for c in candidacies
        ],
        "notes_written": [
            {"text": n.text, "created_at": n.created_at.isoformat()}
            for n in CandidateNote.objects.filter(author=user)
        ],
    }


def erase_candidacies(user: Any) -> None:
    """The party keeps its list (it was handed in); the link to the account goes."""
    Candidate.objects.filter(Q(user=user)).update(
        user=None, self_assessment={}, self_assessment_shared=False
    )
    Candidate.objects.filter(created_by=user).update(created_by=None)
    CandidateNote.objects.filter(author=user).update(author=None)
