from django import forms
from django.utils.translation import gettext_lazy as _

from .models import MembershipRole, Party, Province

# The exact words a member agrees to; stored with the membership as proof of consent.
CONSENT_TEXT = _(
    "Ik geef het Kennispunt toestemming om vast te leggen dat ik bij deze partij hoor. "
    "Ik weet dat dit iets zegt over mijn politieke voorkeur. Alleen de bevestigde bestuursleden "
    "van deze partij en de medewerkers van het Kennispunt kunnen dit zien. Ik kan deze "
    "toestemming altijd intrekken door het lidmaatschap te beëindigen of mijn account te "
    "verwijderen."
)


class MembershipRequestForm(forms.Form):
    party = forms.ModelChoiceField(
        label=_("Partij"),
        queryset=Party.objects.listed().order_by("name"),
        empty_label=_("Kies uw partij"),
        help_text=_("Staat uw partij er niet bij? Neem contact met ons op."),
    )
    role = forms.ChoiceField(
        label=_("Uw rol in de partij"),
        choices=MembershipRole.choices,
        widget=forms.RadioSelect,
    )
    consent = forms.BooleanField(label=CONSENT_TEXT, required=True)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["consent"].error_messages["required"] = _(
            "Zonder uw toestemming kunnen we uw lidmaatschap niet vastleggen."
        )


class MembershipDecisionForm(forms.Form):
    VERIFY = "verify"
    REJECT = "reject"

    decision = forms.ChoiceField(
        label=_("Uw besluit"),
        choices=[(VERIFY, _("Goedkeuren")), (REJECT, _("Afwijzen"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reden van afwijzing"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Verplicht bij afwijzen. De aanvrager krijgt deze reden per e-mail."),
    )

    def clean(self) -> dict:
        cleaned = super().clean() or {}
        if cleaned.get("decision") == self.REJECT and not (cleaned.get("reason") or "").strip():
            self.add_error("reason", _("Geef een reden, zodat de aanvrager weet waarom."))
        return cleaned


class PartySearchForm(forms.Form):
    # Filters narrow a list: every field is optional, so "(niet verplicht)" would be noise.
    is_filter = True

    q = forms.CharField(label=_("Zoek op partij of gemeente"), required=False, max_length=100)
    provincie = forms.ChoiceField(
        label=_("Provincie"),
        required=False,
        choices=[("", _("Alle provincies")), *Province.choices],
    )
