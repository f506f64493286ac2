from django import forms
from django.utils.translation import gettext_lazy as _

from kennispunt.parties.models import Province

from .selectors import Reach


class MunicipalitySearchForm(forms.Form):
    # Filters narrow a list: every field is optional, so "(niet verplicht)" would be noise.
    is_filter = True

    q = forms.CharField(label=_("Zoek een gemeente"), required=False, max_length=100)
    provincie = forms.ChoiceField(
        label=_("Provincie"),
        required=False,
        choices=[("", _("Alle provincies")), *Province.choices],
    )


class OutreachSendForm(forms.Form):
    """The first step of a send (GET): which griffies; the confirmation page follows."""

    provincie = forms.ChoiceField(
        label=_("Aan welke griffies?"),
        required=False,
        choices=[("", _("Alle griffies")), *Province.choices],
        help_text=_(
            "Griffies die zich hebben afgemeld of waarvan het adres niet werkt, slaan we over."
        ),
    )


REACH_FILTERS = {
    "bereikt": Reach.SENT,
    "bounce": Reach.BOUNCED,
    "afgemeld": Reach.OPTED_OUT,
    "niet-verzonden": Reach.NOT_SENT,
    "geen-contact": Reach.NO_CONTACT,
}
REACH_LABELS = {
    Reach.SENT: _("Bereikt"),
    Reach.BOUNCED: _("Adres werkt niet (bounce)"),
    Reach.OPTED_OUT: _("Afgemeld"),
    Reach.NOT_SENT: _("Nog niet verzonden"),
    Reach.NO_CONTACT: _("Geen griffiecontact"),
}


class OverviewFilterForm(MunicipalitySearchForm):
    """The staff overview's filters, as GET parameters: ``q``, ``provincie`` and ``bereik``."""

    bereik = forms.ChoiceField(
        label=_("Bereik"),
        required=False,
        choices=[
            ("", _("Alle gemeenten")),
            *((value, REACH_LABELS[reach]) for value, reach in REACH_FILTERS.items()),
        ],
    )

    def reach(self) -> str:
        return REACH_FILTERS.get(self.cleaned_data.get("bereik") or "", "")


class OutreachConfirmForm(forms.Form):
    """The confirmation step: which griffies, and the key that makes a second submit harmless."""

    TEST = "test"
    SEND = "verzenden"

    provincie = forms.ChoiceField(
        required=False, choices=[("", _("Alle griffies")), *Province.choices]
    )
    sleutel = forms.UUIDField(widget=forms.HiddenInput)
    actie = forms.ChoiceField(choices=[(TEST, TEST), (SEND, SEND)])
