from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import rules
from .models import DonorType, Entry, GiftRegulation, Kind


class EntryForm(forms.ModelForm):
    kind = forms.ChoiceField(label=_("Soort"), choices=Kind.choices, widget=forms.RadioSelect)
    donor_type = forms.ChoiceField(
        label=_("Gever"), choices=DonorType.choices, widget=forms.RadioSelect
    )
    received_on = forms.DateField(
        label=_("Datum van ontvangst"), widget=forms.DateInput(attrs={"type": "date"})
    )

    class Meta:
        model = Entry
        fields = [
            "kind",
            "donor_type",
            "donor_name",
            "donor_place",
            "donor_kvk",
            "donor_country",
            "received_on",
            "amount",
            "valuation",
            "conditions",
            "publication_consent",
            "description",
        ]
        widgets = {
            "conditions": forms.Textarea(attrs={"rows": 3}),
        }

    def clean_donor_country(self) -> str:
        value: str = self.cleaned_data["donor_country"].strip().upper()
        if len(value) != 2 or not value.isalpha():
            raise forms.ValidationError(_("Vul een landcode van twee letters in, zoals NL."))
        return value

    def clean_received_on(self) -> Any:
        value = self.cleaned_data["received_on"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("De datum ligt in de toekomst."))
        return value

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}
        if cleaned.get("kind") == Kind.IN_KIND and not cleaned.get("valuation"):
            self.add_error("valuation", _("Beschrijf hoe u de waarde van de gift hebt bepaald."))
        return cleaned

    def _post_clean(self) -> None:
        # The service checks the entry as a whole (donor rules, flags); the form keeps to fields.
        pass


class RulePackForm(forms.Form):
    pack = forms.ChoiceField(
        label=_("Regels die uw partij volgt"),
        choices=rules.pack_choices,
        widget=forms.RadioSelect,
    )


class RegulationForm(forms.ModelForm):
    class Meta:
        model = GiftRegulation
        fields = [
            "refuse_anonymous_above",
            "publish_above",
            "refuse_outside_eu",
            "refuse_conditional",
            "refuse_companies",
            "in_kind_valuation",
            "decider",
        ]
        widgets = {"in_kind_valuation": forms.RadioSelect, "decider": forms.RadioSelect}


class AdoptForm(forms.Form):
    adopted_on = forms.DateField(
        label=_("Datum van de ALV die het reglement vaststelde"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV-bestand"),
        help_text=_("Opgeslagen als CSV (UTF-8), met komma's of puntkomma's."),
    )
