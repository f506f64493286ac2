from django import forms
from django.utils.translation import gettext_lazy as _

from kennispunt.parties.models import Province


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
    provincie = forms.ChoiceField(
        label=_("Aan welke griffies?"),
        required=False,
        choices=[("", _("Alle griffies")), *Province.choices],
        help_text=_(
            "Griffies die zich hebben afgemeld of waarvan het adres niet werkt, slaan we over."
        ),
    )
