"""Changes to a party's candidate pipeline. Every change is logged; so is every look (art. 9)."""

from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kennispunt.core.audit import log_action
from kennispunt.core.mail import send_templated
from kennispunt.elections.models import Election
from kennispunt.parties.models import Party

from . import crypto, rules, selectors
from .models import LISTED_STAGES, Candidate, CandidateNote, Pipeline, Stage, new_token

SUPPORT_DAYS_MAX = 30


def pipeline_ensure(*, party: Party, election: Election) -> Pipeline:
    pipeline, _created = Pipeline.objects.get_or_create(party=party, election=election)
    return pipeline


def pipeline_viewed(*, pipeline: Pipeline, user: Any, what: str) -> None:
    log_action(pipeline, "candidates.viewed", user, {"page": what})


def candidate_viewed(*, candidate: Candidate, user: Any) -> None:
    log_action(candidate, "candidates.candidate_viewed", user)


@transaction.atomic
def candidate_add(*, pipeline: Pipeline, user: Any, **fields: Any) -> Candidate:
    candidate = Candidate.objects.create(pipeline=pipeline, created_by=user, **fields)
    log_action(candidate, "candidates.added", user)
    return candidate


def _next_position(pipeline: Pipeline) -> int:
    top = pipeline.candidates.aggregate(top=Max("position"))["top"]
    return (top or 0) + 1


@transaction.atomic
def candidate_update(*, candidate: Candidate, user: Any, **fields: Any) -> Candidate:
    """Details, consents and screening fields; the log says which fields changed, not how."""
    changed = [name for name, value in fields.items() if getattr(candidate, name) != value]
    for name in changed:
        setattr(candidate, name, fields[name])
    if changed:
        candidate.save(update_fields=[*changed, "updated_at"])
        log_action(candidate, "candidates.changed", user, {"fields": sorted(changed)})
    return candidate


@transaction.atomic
def candidate_move(*, candidate: Candidate, stage: str, reason: str, user: Any) -> Candidate:
    """Move to a stage; a withdrawal needs a reason. Listed stages get a place at the end."""
    if stage not in Stage.values:
        raise ValidationError(_("Onbekende fase."))
    if stage == Stage.WITHDRAWN and not reason.strip():
        raise ValidationError(_("Geef een reden op waarom de kandidaat afhaakt."))
    candidate.stage = stage
    candidate.withdrawn_reason = reason.strip() if stage == Stage.WITHDRAWN else ""
    if stage in LISTED_STAGES:
        if candidate.position is None:
            candidate.position = _next_position(candidate.pipeline)
    else:
        candidate.position = None
    candidate.save(update_fields=["stage", "withdrawn_reason", "position", "updated_at"])
    log_action(candidate, "candidates.moved", user, {"stage": stage})
    return candidate


@transaction.atomic
def note_add(*, candidate: Candidate, text: str, user: Any) -> CandidateNote:
    note = CandidateNote.objects.create(candidate=candidate, text=text, author=user)
    log_action(candidate, "candidates.note_added", user)
    return note


@transaction.atomic
def invitation_send(*, candidate: Candidate, user: Any) -> None:
    """Mail a link with which the person links their account and fills in their own details."""
    if not candidate.email:
        raise ValidationError(_("Vul eerst het e-mailadres van de kandidaat in."))
    candidate.invite_token = new_token()
    candidate.save(update_fields=["invite_token", "updated_at"])
    log_action(candidate, "candidates.invited", user)
    url = reverse("candidates:invitation", kwargs={"token": candidate.invite_token})
    send_templated(
        "candidates/email/invitation",
        [candidate.email],
        # "person": the mail tests guess example values from names, and "candidate" ends in "date".
        {"person": candidate, "party": candidate.pipeline.party, "url": url},
    )


@transaction.atomic
def invitation_accept(*, candidate: Candidate, user: Any) -> Candidate:
    candidate.user = user
    candidate.invite_token = ""
    candidate.save(update_fields=["user", "invite_token", "updated_at"])
    log_action(candidate, "candidates.invitation_accepted", user)
    return candidate


@transaction.atomic
def self_assessment_save(
    *, candidate: Candidate, answers: dict[str, str], shared: bool, user: Any
) -> Candidate:
    """The candidate's own answers; the committee reads them only when ``shared`` is given."""
    candidate.self_assessment = {
        key: answers.get(key, "") for key, _q in rules.SELF_ASSESSMENT_QUESTIONS
    }
    candidate.self_assessment_shared = shared
    candidate.self_assessment_done_at = timezone.now()
    candidate.save(
        update_fields=[
            "self_assessment",
            "self_assessment_shared",
            "self_assessment_done_at",
            "updated_at",
        ]
    )
    log_action(candidate, "candidates.self_assessment", user, {"shared": shared})
    return candidate


@transaction.atomic
def order_set(*, pipeline: Pipeline, positions: dict[int, int], user: Any) -> None:
    """The committee's proposed order: positions renumbered 1..n in the order given."""
    people = {c.pk: c for c in selectors.list_candidates(pipeline)}
    ranked = sorted(
        people.values(), key=lambda c: (positions.get(c.pk, c.position or 9999), c.position or 0)
    )
    for number, candidate in enumerate(ranked, start=1):
        if candidate.position != number:
            candidate.position = number
            candidate.save(update_fields=["position", "updated_at"])
    _unready(pipeline)
    log_action(pipeline, "candidates.order_set", user)


@transaction.atomic
def alv_record(
    *,
    pipeline: Pipeline,
    held_on: date,
    votes_for: int,
    votes_against: int,
    abstentions: int,
    user: Any,
) -> Pipeline:
    """The ALV adopted the proposed order: the nominated people become "vastgesteld"."""
    pipeline.alv_date = held_on
    pipeline.alv_votes_for = votes_for
    pipeline.alv_votes_against = votes_against
    pipeline.alv_abstentions = abstentions
    pipeline.alv_recorded_by = user
    pipeline.save(
        update_fields=[
            "alv_date",
            "alv_votes_for",
            "alv_votes_against",
            "alv_abstentions",
            "alv_recorded_by",
        ]
    )
    pipeline.candidates.filter(stage=Stage.NOMINATED).update(
        stage=Stage.ADOPTED, updated_at=timezone.now()
    )
    log_action(
        pipeline,
        "candidates.alv_recorded",
        user,
        {"for": votes_for, "against": votes_against, "abstentions": abstentions},
    )
    return pipeline


def ready_problems(pipeline: Pipeline, check: selectors.ListCheck | None = None) -> list[str]:
    """What blocks "lijst gereed": the list rules, then the ALV."""
    check = check or selectors.list_check(pipeline)
    messages = [p.message for p in check.problems]
    if pipeline.alv_date is None:
        messages.append(_("De ALV heeft de volgorde nog niet vastgesteld."))
    elif pipeline.candidates.filter(stage=Stage.NOMINATED).exists():
        messages.append(_("Er staan kandidaten op de lijst die de ALV nog niet heeft vastgesteld."))
    return messages


@transaction.atomic
def list_ready(*, pipeline: Pipeline, user: Any) -> Pipeline:
    problems = ready_problems(pipeline)
    if problems:
        raise ValidationError(problems)
    pipeline.ready_at = timezone.now()
    pipeline.ready_by = user
    pipeline.save(update_fields=["ready_at", "ready_by"])
    pipeline.candidates.filter(stage=Stage.ADOPTED).update(
        stage=Stage.ON_LIST, updated_at=timezone.now()
    )
    # The list is final: uploaded VOG documents are no longer needed.
    pipeline.candidates.filter(vog_document__isnull=False).update(
        vog_document=None, vog_document_name=""
    )
    log_action(pipeline, "candidates.list_ready", user)
    return pipeline


VOG_MAX_BYTES = 5 * 1024 * 1024
VOG_TYPES = {"application/pdf", "image/jpeg", "image/png"}


@transaction.atomic
def vog_upload(
    *, candidate: Candidate, name: str, content_type: str, data: bytes, user: Any
) -> None:
    """Only when the party chooses to keep the VOG: encrypted at rest, deleted once the list
    is final."""
    if content_type not in VOG_TYPES:
        raise ValidationError(_("Kies een PDF-, JPEG- of PNG-bestand."))
    if len(data) > VOG_MAX_BYTES:
        raise ValidationError(_("Het bestand is groter dan 5 MB."))
    candidate.vog_document = crypto.encrypt(data)
    candidate.vog_document_name = name[-150:]
    candidate.save(update_fields=["vog_document", "vog_document_name", "updated_at"])
    log_action(candidate, "candidates.vog_uploaded", user)


def vog_read(*, candidate: Candidate, user: Any) -> bytes:
    log_action(candidate, "candidates.vog_downloaded", user)
    return crypto.decrypt(bytes(candidate.vog_document or b""))


@transaction.atomic
def vog_delete(*, candidate: Candidate, user: Any) -> None:
    candidate.vog_document = None
    candidate.vog_document_name = ""
    candidate.save(update_fields=["vog_document", "vog_document_name", "updated_at"])
    log_action(candidate, "candidates.vog_deleted", user)


def _unready(pipeline: Pipeline) -> None:
    if pipeline.ready_at is not None:
        pipeline.ready_at = None
        pipeline.ready_by = None
        pipeline.save(update_fields=["ready_at", "ready_by"])


@transaction.atomic
def submission_update(*, pipeline: Pipeline, submitter: str, agent: str, user: Any) -> Pipeline:
    pipeline.submitter = submitter
    pipeline.agent = agent
    pipeline.save(update_fields=["submitter", "agent"])
    log_action(pipeline, "candidates.submission_changed", user)
    return pipeline


@transaction.atomic
def support_grant(*, pipeline: Pipeline, days: int, user: Any) -> Pipeline:
    """The board lets a beheerder look for ``days`` days (0 ends it at once)."""
    if not 0 <= days <= SUPPORT_DAYS_MAX:
        raise ValidationError(_("Kies ten hoogste 30 dagen."))
    pipeline.support_until = timezone.now() + timedelta(days=days) if days else None
    pipeline.support_granted_by = user if days else None
    pipeline.save(update_fields=["support_until", "support_granted_by"])
    log_action(pipeline, "candidates.support_granted", user, {"days": days})
    return pipeline


def _anonymise(candidate: Candidate) -> None:
    candidate.notes.all().delete()
    Candidate.objects.filter(pk=candidate.pk).update(
        user=None,
        email="",
        invite_token="",
        surname=_("(verwijderd)"),
        initials="",
        first_name="",
        gender="",
        residence="",
        country="",
        withdrawn_reason="",
        vog_document=None,
        vog_document_name="",
        public_checks=[],
        self_assessment={},
        self_assessment_shared=False,
        anonymised_at=timezone.now(),
    )


def retention_run(*, today: date | None = None) -> int:
    """People who did not make the list: anonymised a set time after the election day."""
    today = today or timezone.localdate()
    days = settings.CANDIDATES_RETENTION_DAYS
    count = 0
    pending = (
        Candidate.objects.filter(anonymised_at__isnull=True)
        .exclude(stage=Stage.ON_LIST)
        .select_related("pipeline__election")
    )
    for candidate in pending:
        if candidate.pipeline.election.election_day + timedelta(days=days) <= today:
            with transaction.atomic():
                _anonymise(candidate)
                log_action(candidate, "candidates.anonymised")
            count += 1
    return count
