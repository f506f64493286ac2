import re

from django import forms
from django.urls import reverse_lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .models import MembershipRole, Municipality, Party, PartyFunction, Province
from .selectors import municipalities_matching, municipality_exact

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
        # Only the register: a national party's branch cannot be chosen.
        queryset=Party.objects.register().order_by("name"),
        empty_label=_("Kies uw partij"),
        help_text=format_lazy(
            '{} <a class="utrecht-link" href="{}">{}</a>',
            _("Staat uw partij er niet bij?"),
            reverse_lazy("parties:register"),
            _("Meld uw partij aan"),
        ),
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
        label=_("Reden van afwijzing (verplicht bij afwijzen)"),
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


class MembershipFunctionsForm(forms.Form):
    functions = forms.MultipleChoiceField(
        label=_("Taken"),
        choices=PartyFunction.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class PartySearchForm(forms.Form):
    # Filters narrow a list: every field is optional, so "(niet verplicht)" would be noise.
    is_filter = True

    q = forms.CharField(label=_("Zoek op partij of gemeente"), required=False, max_length=100)
    provincie = forms.ChoiceField(
        label=_("Provincie"),
        required=False,
        choices=[("", _("Alle provincies")), *Province.choices],
    )


MAX_MUNICIPALITIES = 10
YES, NO = "ja", "nee"


def _consent_field() -> forms.BooleanField:
    field = forms.BooleanField(label=CONSENT_TEXT, required=True)
    field.error_messages["required"] = _(
        "Zonder uw toestemming kunnen we uw lidmaatschap niet vastleggen."
    )
    return field


class PartyRegistrationForm(forms.Form):
    """A new local party for the register. ``ask_confirm``: similar parties were shown, and the
    person confirms theirs is another one."""

    name = forms.CharField(label=_("Naam van de partij"), max_length=150)
    municipalities = forms.CharField(
        label=_("Gemeente"),
        max_length=500,
        help_text=_(
            "De gemeente waar de partij meedoet aan de raadsverkiezingen. Doet de partij mee in "
            "meer gemeenten? Scheid de namen met een komma."
        ),
        widget=forms.TextInput(attrs={"list": "gemeenten", "autocomplete": "off"}),
    )
    website = forms.URLField(
        label=_("Website van de partij"), required=False, assume_scheme="https", max_length=200
    )
    kvk_number = forms.CharField(
        label=_("KvK-nummer"),
        required=False,
        max_length=20,
        help_text=_("Het nummer van de partij bij de Kamer van Koophandel: 8 cijfers."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    is_national = forms.ChoiceField(
        label=_(
            "Is de partij een afdeling van een landelijke partij, of heeft zij zetels in de "
            "Tweede Kamer?"
        ),
        choices=[(NO, _("Nee, het is een zelfstandige lokale partij")), (YES, _("Ja"))],
        widget=forms.RadioSelect,
        help_text=_(
            "<details><summary>Waarom vragen we dit?</summary><p>Het forum, de helpdesk en de "
            "trainingen zijn er voor zelfstandige lokale partijen: die hebben geen landelijk "
            "partijbureau dat hen helpt. Een afdeling van een landelijke partij, of een partij "
            "met zetels in de Tweede Kamer, kunnen we daarom niet aanmelden. De kennisbank, de "
            "wegwijzer, de nieuwsbrief en de verkiezingsplanner zijn wel voor iedereen open."
            "</p></details>"
        ),
    )
    role = forms.ChoiceField(
        label=_("Uw rol in de partij"),
        choices=MembershipRole.choices,
        widget=forms.RadioSelect,
        help_text=_(
            "Keuren we de aanmelding goed, dan wordt u bestuurslid van de partij op het "
            "Kennispunt: u bevestigt daarna zelf wie er bij uw partij hoort."
        ),
    )

    def __init__(self, *args: object, ask_confirm: bool = False, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["consent"] = _consent_field()
        if ask_confirm:
            self.fields["confirm_new"] = forms.BooleanField(
                label=_(
                    "Mijn partij staat hierboven niet bij: ik meld haar aan als nieuwe partij."
                ),
                required=False,
            )

    def clean_municipalities(self) -> list[Municipality]:
        typed = [p.strip() for p in re.split(r"[,;\n]", self.cleaned_data["municipalities"])]
        typed = [p for p in typed if p]
        if not typed:
            raise forms.ValidationError(_("Vul de gemeente in."))
        if len(typed) > MAX_MUNICIPALITIES:
            raise forms.ValidationError(_("Vul hoogstens tien gemeenten in."))
        found: dict[int, Municipality] = {}
        problems = []
        for piece in typed:
            municipality = municipality_exact(piece)
            if municipality is None:
                matches = list(municipalities_matching(piece)[:6])
                if len(matches) == 1:
                    municipality = matches[0]
                elif not matches:
                    problems.append(
                        _("We vinden geen gemeente met de naam “%(name)s”.") % {"name": piece}
                    )
                    continue
                else:
                    problems.append(
                        _("“%(name)s” past bij meer gemeenten: %(options)s. Typ de hele naam.")
                        % {"name": piece, "options": ", ".join(m.name for m in matches)}
                    )
                    continue
            found[municipality.pk] = municipality
        if problems:
            raise forms.ValidationError(problems)
        return list(found.values())

    def clean_kvk_number(self) -> str:
        number = re.sub(r"[\s.]", "", self.cleaned_data["kvk_number"])
        if number and not re.fullmatch(r"\d{8}", number):
            raise forms.ValidationError(_("Een KvK-nummer bestaat uit 8 cijfers."))
        return number


class RegistrationDecisionForm(MembershipDecisionForm):
    """Approve or reject a party registration; a rejection needs a reason the registrant reads."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["reason"].help_text = _(
            "Verplicht bij afwijzen. De aanmelder leest deze reden op de statuspagina en in de "
            "e-mail."
        )


class ReviewerPreferenceForm(forms.Form):
    notify_party_registrations = forms.BooleanField(
        label=_("Stuur mij een e-mail bij elke nieuwe aanmelding van een partij"), required=False
    )
