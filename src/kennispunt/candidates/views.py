"""The pipeline pages: for the party's verified board and kandidatencommissie only.

A beheerder reads (never changes) while the party's board has granted the Kennispunt a look.
Every page view is logged: who stands for which party is art. 9 data.
"""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from kennispunt.core.breadcrumbs import crumbs
from kennispunt.elections.selectors import published_elections
from kennispunt.parties.models import Party
from kennispunt.parties.selectors import is_board_member

from . import exports, rules, selectors, services
from .forms import (
    AlvForm,
    CandidateForm,
    NoteForm,
    OrderForm,
    OwnDetailsForm,
    ScreeningForm,
    SelfAssessmentForm,
    StageForm,
    SubmissionForm,
    SupportForm,
    VogUploadForm,
)
from .models import Candidate, Pipeline, Stage

PipelineView = Callable[..., HttpResponse]


def pipeline_access(*, edit: bool, board: bool = False) -> Callable[[PipelineView], PipelineView]:
    """The committee (board + kandidatencommissie) reads and edits; support only reads."""

    def decorator(view: PipelineView) -> PipelineView:
        @login_required
        @wraps(view)
        def wrapper(request: HttpRequest, election: str, party: str, **kwargs: Any) -> HttpResponse:
            election_obj = get_object_or_404(published_elections(), slug=election)
            party_obj = get_object_or_404(Party, slug=party)
            user = request.user
            if board:
                allowed = is_board_member(user, party_obj)
            else:
                allowed = selectors.is_committee(user, party_obj)
            pipeline = selectors.pipeline_for(party_obj, election_obj)
            if not allowed and not (edit or board) and selectors.support_access(user, pipeline):
                allowed = True
            if not allowed:
                raise PermissionDenied
            if pipeline is None:
                if not edit:
                    pipeline = Pipeline(party=party_obj, election=election_obj)
                else:
                    pipeline = services.pipeline_ensure(party=party_obj, election=election_obj)
            return view(request, pipeline, **kwargs)

        return wrapper

    return decorator


def _crumbs(pipeline: Pipeline, *more: tuple[str, str]) -> list[Any]:
    election = pipeline.election
    return crumbs(
        (_("Verkiezingen"), reverse("elections:list")),
        (election.title, election.get_absolute_url()),
        (
            pipeline.party.name,
            reverse("elections:plan", kwargs={"slug": election.slug, "party": pipeline.party.slug}),
        ),
        *more,
    )


def _url(pipeline: Pipeline, name: str, **kwargs: Any) -> str:
    return reverse(
        f"candidates:{name}",
        kwargs={"election": pipeline.election.slug, "party": pipeline.party.slug, **kwargs},
    )


def _log_view(request: HttpRequest, pipeline: Pipeline, what: str) -> None:
    if pipeline.pk:
        services.pipeline_viewed(pipeline=pipeline, user=request.user, what=what)


def _pipeline_page(
    request: HttpRequest,
    pipeline: Pipeline,
    *,
    form: CandidateForm | None = None,
    status: int = 200,
) -> HttpResponse:
    stage = request.GET.get("fase", "")
    if stage not in Stage.values:
        stage = ""
    page = None
    counts: dict[str, int] = {}
    if pipeline.pk:
        page = Paginator(selectors.candidates(pipeline, stage=stage), selectors.PAGE_SIZE).get_page(
            request.GET.get("pagina")
        )
        counts = selectors.stage_counts(pipeline)
    _log_view(request, pipeline, "pipeline")
    can_edit = selectors.is_committee(request.user, pipeline.party)
    return render(
        request,
        "candidates/pipeline.html",
        {
            "pipeline": pipeline,
            "election": pipeline.election,
            "party": pipeline.party,
            "page": page,
            "stage": stage,
            "stages": [(s.value, s.label, counts.get(s.value, 0)) for s in Stage],
            "can_edit": can_edit,
            "is_board": is_board_member(request.user, pipeline.party),
            "form": form or (CandidateForm() if can_edit else None),
            "support_form": SupportForm(),
            "breadcrumbs": _crumbs(pipeline, (_("Kandidaten"), "")),
        },
        status=status,
    )


@pipeline_access(edit=False)
def pipeline_detail(request: HttpRequest, pipeline: Pipeline) -> HttpResponse:
    return _pipeline_page(request, pipeline)


@require_POST
@pipeline_access(edit=True)
def candidate_add(request: HttpRequest, pipeline: Pipeline) -> HttpResponse:
    form = CandidateForm(request.POST)
    if form.is_valid():
        candidate = services.candidate_add(
            pipeline=pipeline, user=request.user, **form.cleaned_data
        )
        messages.success(request, _("De kandidaat is toegevoegd."))
        return redirect(candidate.get_absolute_url())
    return _pipeline_page(request, pipeline, form=form, status=400)


def _candidate(pipeline: Pipeline, pk: int) -> Candidate:
    if not pipeline.pk:
        raise Http404
    return get_object_or_404(
        Candidate.objects.select_related("pipeline__party", "pipeline__election", "user"),
        pk=pk,
        pipeline=pipeline,
        anonymised_at__isnull=True,
    )


def _candidate_page(
    request: HttpRequest,
    pipeline: Pipeline,
    candidate: Candidate,
    *,
    status: int = 200,
    **forms: Any,
) -> HttpResponse:
    services.candidate_viewed(candidate=candidate, user=request.user)
    can_edit = selectors.is_committee(request.user, pipeline.party)
    context: dict[str, Any] = {
        "pipeline": pipeline,
        "election": pipeline.election,
        "party": pipeline.party,
        "candidate": candidate,
        "can_edit": can_edit,
        "notes": list(candidate.notes.select_related("author")[:50]),
        "checks": [
            (key, label, key in candidate.public_checks) for key, label in rules.PUBLIC_CHECKS
        ],
        "dilemmas": rules.DILEMMA_QUESTIONS,
        "screening_article": _screening_article(request),
        "answers": [
            (question, candidate.self_assessment.get(key, ""))
            for key, question in rules.SELF_ASSESSMENT_QUESTIONS
        ]
        if candidate.self_assessment_shared
        else [],
        "breadcrumbs": _crumbs(
            pipeline, (_("Kandidaten"), _url(pipeline, "pipeline")), (candidate.name_on_list, "")
        ),
    }
    if can_edit:
        context["detail_form"] = forms.get("detail_form") or CandidateForm(instance=candidate)
        context["stage_form"] = forms.get("stage_form") or StageForm(
            initial={"stage": candidate.stage, "reason": candidate.withdrawn_reason}
        )
        context["note_form"] = forms.get("note_form") or NoteForm()
        context["vog_form"] = forms.get("vog_form") or VogUploadForm()
        context["screening_form"] = forms.get("screening_form") or ScreeningForm(
            initial={
                "vog_status": candidate.vog_status,
                "declaration_signed_on": candidate.declaration_signed_on,
                "public_checks": candidate.public_checks,
            }
        )
    return render(request, "candidates/candidate.html", context, status=status)


SCREENING_ARTICLE_SLUG = "kandidaten-screenen"


def _screening_article(request: HttpRequest) -> tuple[str, str] | None:
    """The knowledge article on screening, which carries the model integriteitsverklaring."""
    page = Page.objects.live().public().filter(slug=SCREENING_ARTICLE_SLUG).first()
    url = page.get_url(request=request) if page else None
    return (page.title, url) if page and url else None


@pipeline_access(edit=False)
def candidate_detail(request: HttpRequest, pipeline: Pipeline, pk: int) -> HttpResponse:
    return _candidate_page(request, pipeline, _candidate(pipeline, pk))


@require_POST
@pipeline_access(edit=True)
def candidate_update(request: HttpRequest, pipeline: Pipeline, pk: int) -> HttpResponse:
    candidate = _candidate(pipeline, pk)
    form = CandidateForm(request.POST, instance=Candidate.objects.get(pk=candidate.pk))
    if form.is_valid():
        services.candidate_update(candidate=candidate, user=request.user, **form.cleaned_data)
        messages.success(request, _("De gegevens zijn opgeslagen."))
        return redirect(candidate.get_absolute_url())
    return _candidate_page(request, pipeline, candidate, detail_form=form, status=400)


@require_POST
@pipeline_access(edit=True)
def candidate_move(request: HttpRequest, pipeline: Pipeline, pk: int) -> HttpResponse:
    candidate = _candidate(pipeline, pk)
    form = StageForm(request.POST)
    if form.is_valid():
        services.candidate_move(
            candidate=candidate,
            stage=form.cleaned_data["stage"],
            reason=form.cleaned_data["reason"],
            user=request.user,
        )
        messages.success(request, _("De fase is aangepast."))
        return redirect(candidate.get_absolute_url())
    return _candidate_page(request, pipeline, candidate, stage_form=form, status=400)


@require_POST
@pipeline_access(edit=True)
def note_add(request: HttpRequest, pipeline: Pipeline, pk: int) -> HttpResponse:
    candidate = _candidate(pipeline, pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        services.note_add(candidate=candidate, text=form.cleaned_data["text"], user=request.user)
        messages.success(request, _("De notitie is opgeslagen."))
        return redirect(candidate.get_absolute_url() + "#notities")
    return _candidate_page(request, pipeline, candidate, note_form=form, status=400)


@require_POST
@pipeline_access(edit=True)
def screening_update(request: HttpRequest, pipeline: Pipeline, pk: int) -> HttpResponse:
    candidate = _candidate(pipeline, pk)
    form = ScreeningForm(request.POST)
    if form.is_valid():
        services.candidate_update(
            candidate=candidate,
            user=request.user,
            vog_status=form.cleaned_data["vog_status"],
            declaration_signed_on=form.cleaned_data["declaration_signed_on"],
            public_checks=sorted(form.cleaned_data["public_checks"]),
        )
        messages.success(request, _("De screening is bijgewerkt."))
        return redirect(candidate.get_absolute_url() + "#screening")
    return _candidate_page(request, pipeline, candidate, screening_form=form, status=400)


@require_POST
@pipeline_access(edit=True)
def vog_upload(request: HttpRequest, pipeline: Pipeline, pk: int) -> HttpResponse:
    candidate = _candidate(pipeline, pk)
    form = VogUploadForm(request.POST, request.FILES)
    if form.is_valid():
        document = form.cleaned_data["document"]
        try:
            services.vog_upload(
                candidate=candidate,
                name=document.name,
                content_type=document.content_type,
                data=document.read(),
                user=request.user,
            )
        except ValidationError as exc:
            form.add_error("document", exc.messages[0])
        else:
            messages.success(request, _("De VOG is versleuteld opgeslagen."))
            return redirect(candidate.get_absolute_url() + "#screening")
    return _candidate_page(request, pipeline, candidate, vog_form=form, status=400)


@pipeline_access(edit=True)
def vog_download(request: HttpRequest, pipeline: Pipeline, pk: int) -> HttpResponse:
    candidate = _candidate(pipeline, pk)
    if not candidate.vog_document:
        raise Http404
    response = HttpResponse(
        services.vog_read(candidate=candidate, user=request.user),
        content_type="application/octet-stream",
    )
    response["Content-Disposition"] = f'attachment; filename="vog-{candidate.pk}"'
    response["Cache-Control"] = "no-store"
    return response


@require_POST
@pipeline_access(edit=True)
def vog_delete(request: HttpRequest, pipeline: Pipeline, pk: int) -> HttpResponse:
    services.vog_delete(candidate=_candidate(pipeline, pk), user=request.user)
    messages.success(request, _("De VOG is verwijderd."))
    return redirect(_url(pipeline, "candidate", pk=pk) + "#screening")


@require_POST
@pipeline_access(edit=True)
def invitation_send(request: HttpRequest, pipeline: Pipeline, pk: int) -> HttpResponse:
    candidate = _candidate(pipeline, pk)
    try:
        services.invitation_send(candidate=candidate, user=request.user)
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
    else:
        messages.success(request, _("De uitnodiging is verstuurd."))
    return redirect(candidate.get_absolute_url())


def _list_page(
    request: HttpRequest, pipeline: Pipeline, *, status: int = 200, **forms: Any
) -> HttpResponse:
    check = selectors.list_check(pipeline) if pipeline.pk else None
    _log_view(request, pipeline, "list")
    can_edit = selectors.is_committee(request.user, pipeline.party)
    people = check.people if check else []
    problems = check.by_candidate if check else {}
    context: dict[str, Any] = {
        "pipeline": pipeline,
        "election": pipeline.election,
        "party": pipeline.party,
        "check": check,
        "rows": [(c, problems.get(c.pk, [])) for c in people],
        "ready_problems": services.ready_problems(pipeline, check) if check else [],
        "rules": list(rules.RULES.values()),
        "can_edit": can_edit,
        "breadcrumbs": _crumbs(
            pipeline, (_("Kandidaten"), _url(pipeline, "pipeline")), (_("De lijst"), "")
        ),
    }
    if can_edit:
        context["order_form"] = forms.get("order_form") or OrderForm(people=people)
        context["alv_form"] = forms.get("alv_form") or AlvForm(
            initial={
                "held_on": pipeline.alv_date,
                "votes_for": pipeline.alv_votes_for,
                "votes_against": pipeline.alv_votes_against,
                "abstentions": pipeline.alv_abstentions or 0,
            }
        )
        context["submission_form"] = forms.get("submission_form") or SubmissionForm(
            initial={"submitter": pipeline.submitter, "agent": pipeline.agent}
        )
    return render(request, "candidates/list.html", context, status=status)


@pipeline_access(edit=False)
def list_detail(request: HttpRequest, pipeline: Pipeline) -> HttpResponse:
    return _list_page(request, pipeline)


@require_POST
@pipeline_access(edit=True)
def order_set(request: HttpRequest, pipeline: Pipeline) -> HttpResponse:
    form = OrderForm(request.POST, people=selectors.list_candidates(pipeline))
    if form.is_valid():
        services.order_set(pipeline=pipeline, positions=form.positions(), user=request.user)
        messages.success(request, _("De volgorde is opgeslagen."))
        return redirect(_url(pipeline, "list") + "#volgorde")
    return _list_page(request, pipeline, order_form=form, status=400)


@require_POST
@pipeline_access(edit=True)
def alv_record(request: HttpRequest, pipeline: Pipeline) -> HttpResponse:
    form = AlvForm(request.POST)
    if form.is_valid():
        services.alv_record(pipeline=pipeline, user=request.user, **form.cleaned_data)
        messages.success(request, _("Het besluit van de ALV is vastgelegd."))
        return redirect(_url(pipeline, "list") + "#alv")
    return _list_page(request, pipeline, alv_form=form, status=400)


@require_POST
@pipeline_access(edit=True)
def submission_update(request: HttpRequest, pipeline: Pipeline) -> HttpResponse:
    form = SubmissionForm(request.POST)
    if form.is_valid():
        services.submission_update(pipeline=pipeline, user=request.user, **form.cleaned_data)
        messages.success(request, _("De inlevering is opgeslagen."))
        return redirect(_url(pipeline, "list") + "#inlevering")
    return _list_page(request, pipeline, submission_form=form, status=400)


@require_POST
@pipeline_access(edit=True)
def list_ready(request: HttpRequest, pipeline: Pipeline) -> HttpResponse:
    try:
        services.list_ready(pipeline=pipeline, user=request.user)
    except ValidationError:
        messages.error(
            request,
            _("De lijst is nog niet gereed: los eerst de punten onder 'Wat nog moet' op."),
        )
        return _list_page(request, pipeline, status=400)
    messages.success(request, _("De lijst is gereed voor de Kiesraad-software."))
    return redirect(_url(pipeline, "list"))


@pipeline_access(edit=False)
def osv_export(request: HttpRequest, pipeline: Pipeline) -> HttpResponse:
    _log_view(request, pipeline, "osv_export")
    people = selectors.list_candidates(pipeline) if pipeline.pk else []
    response = HttpResponse(exports.osv_csv(people), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="kandidatenlijst-{pipeline.party.slug}-{pipeline.election.slug}.csv"'
    )
    return response


@pipeline_access(edit=True)
def pipeline_export(request: HttpRequest, pipeline: Pipeline) -> HttpResponse:
    _log_view(request, pipeline, "pipeline_export")
    response = HttpResponse(exports.pipeline_csv(pipeline), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="kandidaten-{pipeline.party.slug}-{pipeline.election.slug}.csv"'
    )
    return response


@pipeline_access(edit=False)
def checklist(request: HttpRequest, pipeline: Pipeline) -> HttpResponse:
    _log_view(request, pipeline, "checklist")
    return render(
        request,
        "candidates/checklist.html",
        {
            "pipeline": pipeline,
            "election": pipeline.election,
            "party": pipeline.party,
            "people": selectors.list_candidates(pipeline) if pipeline.pk else [],
            "breadcrumbs": _crumbs(
                pipeline, (_("Kandidaten"), _url(pipeline, "pipeline")), (_("Checklist"), "")
            ),
        },
    )


@require_POST
@pipeline_access(edit=True, board=True)
def support_grant(request: HttpRequest, pipeline: Pipeline) -> HttpResponse:
    form = SupportForm(request.POST)
    if form.is_valid():
        services.support_grant(pipeline=pipeline, days=form.cleaned_data["days"], user=request.user)
        messages.success(request, _("De inzage voor het Kennispunt is aangepast."))
    else:
        messages.error(request, _("Kies een aantal dagen van 0 tot en met 30."))
    return redirect(_url(pipeline, "pipeline") + "#inzage")


@login_required
def invitation(request: HttpRequest, token: str) -> HttpResponse:
    """The invited person links their account: then they fill in their own details."""
    candidate = selectors.invitation(token)
    if candidate is None:
        return render(request, "candidates/invitation_invalid.html", status=404)
    if request.method == "POST":
        services.invitation_accept(candidate=candidate, user=request.user)
        messages.success(request, _("U bent gekoppeld als kandidaat. Vul nu uw gegevens aan."))
        return redirect("candidates:own", pk=candidate.pk)
    return render(request, "candidates/invitation.html", {"candidate": candidate})


def _own(request: HttpRequest, pk: int) -> Candidate:
    candidate = get_object_or_404(selectors.own_candidacies(request.user), pk=pk)
    return candidate


@login_required
def own_candidacy(request: HttpRequest, pk: int) -> HttpResponse:
    """The candidate's own page: their details and consents, and the private self-assessment."""
    candidate = _own(request, pk)
    detail_form = OwnDetailsForm(instance=candidate)
    initial = {f"q_{k}": v for k, v in candidate.self_assessment.items()}
    initial["shared"] = candidate.self_assessment_shared
    assessment_form = SelfAssessmentForm(initial=initial)
    status = 200
    if request.method == "POST":
        if "details" in request.POST:
            detail_form = OwnDetailsForm(request.POST, instance=Candidate.objects.get(pk=pk))
            if detail_form.is_valid():
                services.candidate_update(
                    candidate=candidate, user=request.user, **detail_form.cleaned_data
                )
                messages.success(request, _("Uw gegevens zijn opgeslagen."))
                return redirect("candidates:own", pk=pk)
        else:
            assessment_form = SelfAssessmentForm(request.POST)
            if assessment_form.is_valid():
                services.self_assessment_save(
                    candidate=candidate,
                    answers=assessment_form.answers(),
                    shared=assessment_form.cleaned_data["shared"],
                    user=request.user,
                )
                messages.success(request, _("Uw zelfanalyse is opgeslagen."))
                return redirect("candidates:own", pk=pk)
        status = 400
    return render(
        request,
        "candidates/own.html",
        {
            "candidate": candidate,
            "detail_form": detail_form,
            "assessment_form": assessment_form,
            "breadcrumbs": crumbs((_("Mijn kandidatuur"), "")),
        },
        status=status,
    )
