import re
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kennispunt.parties.models import Municipality, Party, Province
from kennispunt.parties.selectors import municipalities_matching, municipality_exact

from .choices import Competence, Portfolio, TagKind
from .models import PoolProfile
from .services import ProfileData

# The exact words a person agrees to; stored with the profile as proof of consent.
CONSENT_TEXT = _(
    "Ik geef het Kennispunt toestemming om dit profiel te bewaren en het te tonen aan de "
    "besturen van lokale partijen. Ik begrijp dat mijn beschikbaarheid als wethouder iets "
    "zegt over mijn politieke voorkeur. Mijn naam en e-mailadres ziet een partij pas als ik "
    "haar contactverzoek accepteer. Ik kan mijn profiel altijd aanpassen of verwijderen."
)
MAX_MUNICIPALITIES = 10
YES = "ja"


class ProfileForm(forms.Form):
    nickname = forms.CharField(
        label=_("Schuilnaam"),
        max_length=40,
        required=False,
        help_text=PoolProfile._meta.get_field("nickname").help_text,
    )
    competences = forms.MultipleChoiceField(
        label=_("Competenties"),
        choices=Competence.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Kies wat u meebrengt."),
    )
    portfolios = forms.MultipleChoiceField(
        label=_("Portefeuilles"),
        choices=Portfolio.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Kies de portefeuilles die u zou willen of kunnen beheren."),
    )
    provinces = forms.MultipleChoiceField(
        label=_("Provincies"),
        choices=Province.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("In welke provincies wilt u wethouder worden? Kies er een of meer."),
    )
    municipalities = forms.CharField(
        label=_("Gemeenten"),
        max_length=500,
        required=False,
        help_text=_("Alleen in bepaalde gemeenten? Scheid de namen met een komma."),
    )
    available_from = forms.DateField(
        label=_("Beschikbaar vanaf"), widget=forms.DateInput(attrs={"type": "date"})
    )
    hours_per_week = forms.IntegerField(
        label=_("Uren per week"),
        min_value=4,
        max_value=60,
        help_text=_("Hoeveel uur per week u beschikbaar bent; een volledige baan is 36 uur."),
    )
    mid_term = forms.BooleanField(
        label=_("Ook tussentijds beschikbaar"),
        required=False,
        help_text=PoolProfile._meta.get_field("mid_term").help_text,
    )
    about = forms.CharField(
        label=_("Toelichting"),
        max_length=1500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Let op: zet hier niets waaraan iemand u kan herkennen: geen naam, woonplaats, "
            "werkgever, partij of functies met een naam. Schrijf wat u wilt bereiken en welke "
            "ervaring u heeft, in algemene woorden."
        ),
    )

    def __init__(self, *args: Any, with_consent: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if with_consent:
            field = forms.BooleanField(label=CONSENT_TEXT, required=True)
            field.error_messages["required"] = _(
                "Zonder uw toestemming kunnen wij u niet in de pool opnemen."
            )
            self.fields["consent"] = field
        for name in ("competences", "portfolios"):
            self.fields[name].error_messages["required"] = _("Kies er ten minste een.")

    @classmethod
    def initial_from(cls, profile: PoolProfile) -> dict[str, Any]:
        return {
            "nickname": profile.nickname,
            "competences": profile.values_of(TagKind.COMPETENCE),
            "portfolios": profile.values_of(TagKind.PORTFOLIO),
            "provinces": profile.values_of(TagKind.PROVINCE),
            "municipalities": ", ".join(m.name for m in profile.municipalities.all()),
            "available_from": profile.available_from,
            "hours_per_week": profile.hours_per_week,
            "mid_term": profile.mid_term,
            "about": profile.about,
        }

    def clean_municipalities(self) -> list[Municipality]:
        typed = [p.strip() for p in re.split(r"[,;\n]", self.cleaned_data["municipalities"])]
        typed = [p for p in typed if p]
        if len(typed) > MAX_MUNICIPALITIES:
            raise forms.ValidationError(_("Vul hoogstens tien gemeenten in."))
        found: dict[int, Municipality] = {}
        problems = []
        for piece in typed:
            municipality = municipality_exact(piece)
            if municipality is None:
                matches = list(municipalities_matching(piece)[:2])
                if len(matches) != 1:
                    problems.append(
                        _("We vinden geen gemeente met precies de naam “%(name)s”.")
                        % {"name": piece}
                    )
                    continue
                municipality = matches[0]
            found[municipality.pk] = municipality
        if problems:
            raise forms.ValidationError(problems)
        return list(found.values())

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("provinces") and not data.get("municipalities") and not self.errors:
            self.add_error("provinces", _("Kies ten minste een provincie of vul een gemeente in."))
        return data

    def profile_data(self) -> ProfileData:
        data = self.cleaned_data
        return ProfileData(
            nickname=data["nickname"].strip(),
            competences=data["competences"],
            portfolios=data["portfolios"],
            provinces=data["provinces"],
            municipalities=data["municipalities"],
            available_from=data["available_from"],
            hours_per_week=data["hours_per_week"],
            mid_term=data["mid_term"],
            about=data["about"].strip(),
        )


class SearchForm(forms.Form):
    # Filters narrow a list: every field is optional, so "(niet verplicht)" would be noise.
    is_filter = True

    portefeuille = forms.ChoiceField(
        label=_("Portefeuille"),
        required=False,
        choices=[("", _("Alle portefeuilles")), *Portfolio.choices],
    )
    competentie = forms.ChoiceField(
        label=_("Competentie"),
        required=False,
        choices=[("", _("Alle competenties")), *Competence.choices],
    )
    provincie = forms.ChoiceField(
        label=_("Provincie"),
        required=False,
        choices=[("", _("Alle provincies")), *Province.choices],
    )
    beschikbaar_per = forms.DateField(
        label=_("Beschikbaar per"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Toon alleen wie op deze datum beschikbaar is."),
    )
    tussentijds = forms.ChoiceField(
        label=_("Tussentijds"),
        required=False,
        choices=[("", _("Maakt niet uit")), (YES, _("Alleen wie ook tussentijds kan"))],
    )

    def clean_beschikbaar_per(self) -> Any:
        value = self.cleaned_data.get("beschikbaar_per")
        return value or None


class ContactRequestForm(forms.Form):
    party = forms.ModelChoiceField(label=_("Namens partij"), queryset=Party.objects.none())
    message = forms.CharField(
        label=_("Uw bericht"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Vertel wie u zoekt en waarom dit profiel u aanspreekt. De kandidaat ziet de naam "
            "van uw partij en dit bericht; uw naam en e-mailadres pas na acceptatie."
        ),
    )

    def __init__(self, *args: Any, parties: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["party"]
        field.queryset = parties  # type: ignore[attr-defined]
        only = list(parties[:2])
        if len(only) == 1:
            field.initial = only[0].pk
            field.widget = forms.HiddenInput()


class BoardNoteForm(forms.Form):
    board_note = forms.CharField(
        label=_("Notitie van het bestuur"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Alleen voor het bestuur van uw partij; de kandidaat ziet dit nooit."),
    )


def default_available_from() -> Any:
    return timezone.localdate()
