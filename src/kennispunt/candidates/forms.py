from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from . import rules
from .models import Candidate, Stage, VogStatus

DETAIL_FIELDS = [
    "surname",
    "initials",
    "first_name",
    "gender",
    "residence",
    "country",
    "email",
    "consent_received",
    "id_copy_received",
]


class CandidateForm(forms.ModelForm):
    """Entered by the committee, or by the invited candidate for themselves."""

    class Meta:
        model = Candidate
        fields = DETAIL_FIELDS

    def clean_initials(self) -> str:
        value: str = self.cleaned_data["initials"].strip()
        if value and not value.endswith("."):
            value = ".".join(value.replace(".", " ").split()) + "."
        return value.upper()


class OwnDetailsForm(CandidateForm):
    """The candidate's own details; the committee records the papers it received."""

    class Meta:
        model = Candidate
        fields = [f for f in DETAIL_FIELDS if f not in ("consent_received", "id_copy_received")]


class StageForm(forms.Form):
    stage = forms.ChoiceField(label=_("Nieuwe fase"), choices=Stage.choices)
    reason = forms.CharField(label=_("Reden (bij afhaken)"), max_length=300, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("stage") == Stage.WITHDRAWN and not (data.get("reason") or "").strip():
            self.add_error("reason", _("Geef een reden op waarom de kandidaat afhaakt."))
        return data


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Notitie (alleen voor de commissie)"), max_length=4000, widget=forms.Textarea
    )


class ScreeningForm(forms.Form):
    vog_status = forms.ChoiceField(label=_("VOG"), choices=VogStatus.choices, required=False)
    declaration_signed_on = forms.DateField(
        label=_("Integriteitsverklaring getekend op"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    public_checks = forms.MultipleChoiceField(
        label=_("Openbare bronnen nagelopen"),
        choices=rules.PUBLIC_CHECKS,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class SelfAssessmentForm(forms.Form):
    shared = forms.BooleanField(
        label=_("Ik deel mijn antwoorden met de kandidatencommissie van de partij."),
        required=False,
        help_text=_("Zonder uw toestemming ziet alleen u de antwoorden."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for key, question in reversed(rules.SELF_ASSESSMENT_QUESTIONS):
            self.fields = {
                f"q_{key}": forms.CharField(
                    label=str(question), required=False, max_length=2000, widget=forms.Textarea
                ),
                **self.fields,
            }

    def answers(self) -> dict[str, str]:
        return {
            key: self.cleaned_data.get(f"q_{key}", "")
            for key, _q in rules.SELF_ASSESSMENT_QUESTIONS
        }


class OrderForm(forms.Form):
    """One number field per person on the list: ``pos_<pk>``."""

    def __init__(self, *args: Any, people: list[Candidate], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.people = people
        for c in people:
            self.fields[f"pos_{c.pk}"] = forms.IntegerField(
                label=c.name_on_list, min_value=1, max_value=200, initial=c.position
            )

    def positions(self) -> dict[int, int]:
        return {c.pk: self.cleaned_data[f"pos_{c.pk}"] for c in self.people}


class AlvForm(forms.Form):
    held_on = forms.DateField(
        label=_("Datum van de ALV"), widget=forms.DateInput(attrs={"type": "date"})
    )
    votes_for = forms.IntegerField(label=_("Stemmen voor"), min_value=0)
    votes_against = forms.IntegerField(label=_("Stemmen tegen"), min_value=0)
    abstentions = forms.IntegerField(label=_("Onthoudingen"), min_value=0, initial=0)


class SubmissionForm(forms.Form):
    submitter = forms.CharField(
        label=_("Lijstinleveraar"),
        max_length=150,
        required=False,
        help_text=_("Wie de lijst op de dag van kandidaatstelling inlevert."),
    )
    agent = forms.CharField(
        label=_("Gemachtigde"),
        max_length=150,
        required=False,
        help_text=_("Wie namens de partij de toestemming voor de aanduiding tekent (H 3)."),
    )


class SupportForm(forms.Form):
    days = forms.IntegerField(
        label=_("Aantal dagen inzage voor het Kennispunt"),
        min_value=0,
        max_value=30,
        initial=7,
        help_text=_("0 beëindigt de inzage meteen."),
    )


class VogUploadForm(forms.Form):
    document = forms.FileField(
        label=_("VOG-bestand (PDF, JPEG of PNG, ten hoogste 5 MB)"),
        help_text=_(
            "Alleen als uw partij de VOG wil bewaren. Het bestand wordt versleuteld opgeslagen "
            "en verwijderd zodra de lijst gereed is."
        ),
    )
