from django import forms
from django.utils.translation import gettext_lazy as _

from kennispunt.parties.models import Municipality

from .services import CONSENT_TEXT_SUBSCRIBE


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    name = forms.CharField(
        label=_("Naam"),
        max_length=100,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    municipality = forms.ModelChoiceField(
        label=_("Gemeente"),
        queryset=Municipality.objects.filter(is_active=True).order_by("name"),
        required=False,
        empty_label=_("Kies uw gemeente"),
        help_text=_("Dan kunnen we u wijzen op trainingen bij u in de buurt."),
    )
    consent = forms.BooleanField(label=CONSENT_TEXT_SUBSCRIBE, required=True)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["consent"].error_messages["required"] = _(
            "Vink aan dat u de nieuwsbrief wilt ontvangen."
        )
