from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from kennispunt.accounts.models import User
from kennispunt.parties.models import Municipality, Party

from . import selectors
from .models import SITUATION_CHOICES, PartyPlan

YES, NO, UNKNOWN = "ja", "nee", ""


class PlanCaseForm(forms.Form):
    situation = forms.ChoiceField(
        label=_("Wat geldt voor uw partij?"),
        choices=SITUATION_CHOICES,
        widget=forms.RadioSelect,
        help_text=_(
            "Een nieuwe partij en een partij zonder zetel betalen een waarborgsom en verzamelen "
            "ondersteuningsverklaringen."
        ),
    )
    appellation_registered = forms.ChoiceField(
        label=_("Is de naam van uw partij al geregistreerd bij het centraal stembureau?"),
        choices=[(YES, _("Ja")), (NO, _("Nee")), (UNKNOWN, _("Weet ik niet"))],
        widget=forms.RadioSelect,
        required=False,
    )
    municipality = forms.ModelChoiceField(
        label=_("Gemeente"), queryset=Municipality.objects.none(), required=False
    )
    seats_last_time = forms.IntegerField(
        label=_("Aantal zetels bij de vorige verkiezing"),
        min_value=0,
        max_value=45,
        required=False,
        help_text=_("Meer dan 15 zetels: de lijst mag 80 namen hebben in plaats van 50."),
    )

    def __init__(self, *args: Any, party: Party, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = party.municipalities.order_by("name")  # type: ignore[attr-defined]

    @staticmethod
    def initial_for(plan: PartyPlan) -> dict[str, Any]:
        registered = {True: YES, False: NO, None: UNKNOWN}[plan.appellation_registered]
        return {
            "situation": plan.situation,
            "appellation_registered": registered,
            "municipality": plan.municipality_id,
            "seats_last_time": plan.seats_last_time,
        }

    def registered(self) -> bool | None:
        return {YES: True, NO: False}.get(self.cleaned_data["appellation_registered"])


class MilestoneForm(forms.Form):
    title = forms.CharField(
        label=_("Omschrijving"),
        max_length=150,
        help_text=_("Bijvoorbeeld: kandidatenlijst vastgesteld in de ALV."),
    )
    due_on = forms.DateField(
        label=_("Uiterlijk op"), widget=forms.DateInput(attrs={"type": "date"})
    )
    assignee = forms.ModelChoiceField(
        label=_("Wie zorgt ervoor?"),
        queryset=User.objects.none(),
        required=False,
        empty_label=_("Nog niemand"),
    )

    def __init__(self, *args: Any, party: Party, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["assignee"]
        field.queryset = selectors.board_members(party)  # type: ignore[attr-defined]
        field.label_from_instance = lambda user: user.display_name  # type: ignore[attr-defined]
