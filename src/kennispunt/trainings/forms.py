from datetime import date
from typing import Any

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from kennispunt.parties.models import Party, Province

from .models import MaatwerkRequest, MaatwerkStatus, Session, Theme, Training


def _months(count: int = 12) -> list[tuple[str, str]]:
    today = timezone.localdate()
    choices = []
    year, month = today.year, today.month
    for _i in range(count):
        value = date(year, month, 1)
        choices.append((value.strftime("%Y-%m"), formats.date_format(value, "F Y")))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return choices


class CalendarFilterForm(forms.Form):
    # Filters narrow a list: every field is optional, so "(niet verplicht)" would be noise.
    is_filter = True

    thema = forms.ChoiceField(
        label=_("Thema"), required=False, choices=[("", _("Alle thema's")), *Theme.choices]
    )
    provincie = forms.ChoiceField(
        label=_("Provincie"),
        required=False,
        choices=[("", _("Alle provincies")), *Province.choices],
    )
    online = forms.ChoiceField(
        label=_("Online of op locatie"),
        required=False,
        choices=[("", _("Allebei")), ("ja", _("Alleen online")), ("nee", _("Alleen op locatie"))],
    )
    maand = forms.ChoiceField(label=_("Maand"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["maand"].choices = [("", _("Alle maanden")), *_months()]  # type: ignore[attr-defined]

    def month(self) -> date | None:
        value = self.cleaned_data.get("maand") or ""
        if not value:
            return None
        year, month = value.split("-")
        return date(int(year), int(month), 1)


class SignUpForm(forms.Form):
    party = forms.ModelChoiceField(label=_("Partij"), queryset=Party.objects.none())
    name = forms.CharField(label=_("Naam"), max_length=150)
    email = forms.EmailField(
        label=_("E-mailadres"),
        help_text=_("Meldt u een collega aan? Vul dan diens naam en e-mailadres in."),
    )
    role = forms.CharField(
        label=_("Rol in de partij"),
        max_length=100,
        required=False,
        help_text=_("Bijvoorbeeld: raadslid, penningmeester, vrijwilliger."),
    )
    dietary = forms.CharField(label=_("Dieetwensen"), max_length=300, required=False)
    expectations = forms.CharField(
        label=_("Wat hoopt u te leren?"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, training: Training, parties: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["party"]
        field.queryset = parties  # type: ignore[attr-defined]
        only = list(parties[:2])
        # One party: nothing to choose, so no field (and nothing to tamper with).
        self.single_party = only[0] if len(only) == 1 else None
        if self.single_party is not None:
            del self.fields["party"]
        if not training.ask_dietary:
            del self.fields["dietary"]
        if not training.ask_expectations:
            del self.fields["expectations"]

    def clean(self) -> dict[str, Any]:
        return _party_clean(self, super().clean() or {})


def _party_clean(form: forms.BaseForm, data: dict[str, Any]) -> dict[str, Any]:
    single = getattr(form, "single_party", None)
    if single is not None:
        data["party"] = single
    return data


class EvaluationForm(forms.Form):
    score = forms.TypedChoiceField(
        label=_("Welk cijfer geeft u de training?"),
        help_text=_("1 is slecht, 5 is uitstekend."),
        choices=[(i, str(i)) for i in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Wat vond u goed, en wat kan beter?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class MaatwerkRequestForm(forms.ModelForm):
    party = forms.ModelChoiceField(label=_("Partij"), queryset=Party.objects.none())

    class Meta:
        model = MaatwerkRequest
        fields = ["party", "topic", "details", "preferred_dates", "group_size", "place"]
        widgets = {"details": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args: Any, parties: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["party"]
        field.queryset = parties  # type: ignore[attr-defined]
        only = list(parties[:2])
        # One party: nothing to choose, so no field (and nothing to tamper with).
        self.single_party = only[0] if len(only) == 1 else None
        if self.single_party is not None:
            del self.fields["party"]

    def clean(self) -> dict[str, Any]:
        return _party_clean(self, super().clean() or {})


class MaatwerkStatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), choices=MaatwerkStatus.choices, widget=forms.RadioSelect
    )
    staff_note = forms.CharField(
        label=_("Notitie"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class SessionForm(forms.ModelForm):
    online_url = forms.URLField(
        label=_("link naar de online bijeenkomst"),
        required=False,
        assume_scheme="https",
        help_text=_("Alleen deelnemers krijgen de link, in de herinnering."),
    )

    class Meta:
        model = Session
        fields = [
            "training",
            "starts_at",
            "ends_at",
            "is_online",
            "online_url",
            "venue",
            "address",
            "municipality",
            "capacity",
            "signup_deadline",
            "cancel_until_hours",
            "max_per_party",
            "private_party",
            "trainer",
            "materials",
        ]
        widgets = {
            "materials": forms.Textarea(attrs={"rows": 3}),
            "starts_at": DateTimeInput(),
            "ends_at": DateTimeInput(),
            "signup_deadline": DateTimeInput(),
        }
        help_texts = {"starts_at": _("Nederlandse tijd.")}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("is_online") and not data.get("online_url"):
            self.add_error("online_url", _("Geef de link voor een online sessie."))
        if not data.get("is_online") and not data.get("municipality"):
            self.add_error("municipality", _("Kies de gemeente waar de sessie is."))
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("Het einde moet na het begin liggen."))
        return data


class DuplicateForm(forms.Form):
    starts_at = forms.DateTimeField(label=_("Nieuwe begintijd"), widget=DateTimeInput())


class MailAttendeesForm(forms.Form):
    subject = forms.CharField(label=_("Onderwerp"), max_length=150)
    body = forms.CharField(label=_("Bericht"), widget=forms.Textarea(attrs={"rows": 8}))
