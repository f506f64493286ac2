from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.contrib.auth.hashers import make_password
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from .models import User


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["first_name", "last_name"]
        help_texts = {
            "first_name": _("Zo spreken we u aan. U mag dit leeg laten."),
        }


class AccountDeleteForm(forms.Form):
    password = forms.CharField(
        label=_("Uw wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("Ter controle dat u het zelf bent."),
    )
    confirm = forms.BooleanField(
        label=_("Ik begrijp dat dit niet ongedaan kan worden gemaakt."),
        required=True,
    )

    def __init__(self, *args: object, user: User, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Dit wachtwoord klopt niet."), code="wrong_password")
        return password


class SignupForm(AllauthSignupForm):
    """allauth's sign-up form, equally slow for an address that already has an account.

    A new account costs a password hash (deliberately slow); an existing address gets only an
    "account already exists" mail. Without the same hash there, the speed of the answer would
    tell who has an account, however carefully the page and the mail say the same.
    """

    def try_save(self, request: HttpRequest) -> tuple:
        if self.account_already_exists:
            make_password(self.cleaned_data.get("password1"))
        return super().try_save(request)
