from typing import Any

from django import forms
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from .models import Category, EmailMode, Flag
from .services import attachment_policy

BODY_HELP = _(
    "U kunt Markdown gebruiken: **vet**, *schuin*, > citaat, - opsomming, [tekst](link). "
    "Noem een lid met @ en hun forumnaam, bijvoorbeeld @anna-12."
)


def body_widget() -> forms.Textarea:
    """The text box of a post. With htmx, typing "@an" lists the members whose handle starts so
    (the list and a choice come from the server); without JavaScript one types the handle."""
    return forms.Textarea(
        attrs={
            "rows": 8,
            "hx-get": reverse_lazy("forum:mention_suggest"),
            "hx-trigger": "input changed delay:400ms",
            "hx-target": "#kennispunt-mentions",
            "hx-swap": "innerHTML",
            "aria-controls": "kennispunt-mentions",
        }
    )


class PostFieldsMixin(forms.Form):
    body = forms.CharField(
        label=_("Uw bericht"),
        widget=body_widget(),
        max_length=20000,
        help_text=BODY_HELP,
    )
    attachment = forms.FileField(
        label=_("Bijlage"),
        required=False,
        help_text=_("Een afbeelding (PNG, JPEG, GIF) of een PDF, tot 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/gif,.pdf"}),
    )

    def clean_attachment(self) -> Any:
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return None
        checked = attachment_policy().check_upload(upload)
        if checked.problem:
            raise forms.ValidationError(checked.problem)
        self.attachment_type = checked.content_type
        return upload

    def files_and_types(self) -> tuple[list[Any], list[str]]:
        upload = self.cleaned_data.get("attachment")
        return ([upload], [self.attachment_type]) if upload else ([], [])


class TopicForm(PostFieldsMixin):
    title = forms.CharField(label=_("Titel"), max_length=150, min_length=5)
    field_order: tuple[str, ...] = ("title", "body", "attachment")


class NewTopicForm(TopicForm):
    """A new topic from the forum home: the member chooses the category in the form."""

    category = forms.ModelChoiceField(
        label=_("Categorie"), queryset=Category.objects.none(), empty_label=_("Kies een categorie")
    )
    field_order = ("category", "title", "body", "attachment")

    def __init__(self, *args: Any, moderator: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        categories = Category.objects.all()
        field: Any = self.fields["category"]
        field.queryset = categories if moderator else categories.filter(staff_only=False)
        self.fields["title"].widget.attrs["autocomplete"] = "off"


class ReplyForm(PostFieldsMixin):
    pass


class EditForm(forms.Form):
    body = forms.CharField(
        label=_("Uw bericht"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=20000,
        help_text=BODY_HELP,
    )


class FlagForm(forms.ModelForm):
    class Meta:
        model = Flag
        fields = ("reason",)
        widgets = {"reason": forms.Textarea(attrs={"rows": 4})}


class PreferencesForm(forms.Form):
    email_mode = forms.ChoiceField(
        label=_("E-mail over meldingen"), choices=EmailMode.choices, widget=forms.RadioSelect
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reden (komt in het logboek)"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class MoveForm(ReasonForm):
    category = forms.ModelChoiceField(label=_("Naar categorie"), queryset=Category.objects.all())
    field_order = ("category", "reason")


class MergeForm(ReasonForm):
    into = forms.IntegerField(
        label=_("Samenvoegen met onderwerp (nummer)"),
        min_value=1,
        help_text=_("Het nummer staat in het adres van het onderwerp: /forum/onderwerp/123/."),
    )
    field_order = ("into", "reason")


class SuspendForm(ReasonForm):
    days = forms.IntegerField(
        label=_("Aantal dagen"),
        min_value=0,
        max_value=365,
        help_text=_("0 heft een schorsing op."),
    )
    field_order = ("days", "reason")


class RedactForm(ReasonForm):
    body = forms.CharField(
        label=_("Tekst zonder persoonsgegevens"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=20000,
    )
    field_order = ("body", "reason")
