from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from kennispunt.parties.eligibility import eligible_parties

from .models import CannedAnswer, Kind, Priority, Status, Ticket
from .services import NewFile
from .uploads import attachment_problem

MAX_FILES = 5
# A validator rather than max_length: the browser's maxlength would cut a long paste silently.
MAX_BODY_CHARS = 20_000
body_limit = MaxLengthValidator(
    MAX_BODY_CHARS,
    message=_(
        "Uw tekst is te lang: %(show_value)d tekens, terwijl er hoogstens %(limit_value)d passen. "
        "Zet een lange tekst in een bijlage (bijvoorbeeld een PDF- of Word-bestand). Uw tekst "
        "staat hieronder nog."
    ),
)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field; each is checked by content and size."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[NewFile]:
        uploads = data if isinstance(data, list | tuple) else ([data] if data else [])
        if len(uploads) > MAX_FILES:
            raise forms.ValidationError(
                _("U kunt hoogstens %(count)d bestanden meesturen.") % {"count": MAX_FILES}
            )
        files, errors = [], []
        for upload in uploads:
            content = upload.read()
            problem = attachment_problem(filename=upload.name, content=content)
            if problem:
                errors.append(problem)
            files.append(NewFile(filename=upload.name, content=content))
        if errors:
            raise forms.ValidationError(errors)
        return files


def _themes() -> Any:
    from kennispunt.knowledge.models import ThemePage

    return ThemePage.objects.live().order_by("title")


class QuestionForm(forms.Form):
    # Named as the page's query parameter: /helpdesk/vraag-stellen/?onderwerp=... and the
    # suggestions the field fetches while the visitor types (/helpdesk/suggesties/?onderwerp=).
    onderwerp = forms.CharField(
        label=_("Onderwerp"),
        max_length=200,
        help_text=_("In een paar woorden: waar gaat uw vraag over?"),
    )
    body = forms.CharField(
        label=_("Uw vraag"), widget=forms.Textarea(attrs={"rows": 8}), validators=[body_limit]
    )
    theme: forms.ModelChoiceField = forms.ModelChoiceField(
        label=_("Thema"), queryset=None, required=False, empty_label=_("Weet ik niet")
    )
    party: forms.ModelChoiceField = forms.ModelChoiceField(
        label=_("Voor welke partij stelt u de vraag?"), queryset=None
    )
    email = forms.EmailField(
        label=_("Uw e-mailadres"), help_text=_("Hierop krijgt u ons antwoord.")
    )
    name = forms.CharField(label=_("Uw naam"), max_length=150, required=False)
    attachments = MultipleFileField(
        label=_("Bijlagen"),
        help_text=_(
            "Hoogstens 5 bestanden van elk hoogstens 10 MB: PDF, afbeelding, tekst, Word, "
            "Excel of OpenDocument."
        ),
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = _themes()  # type: ignore[attr-defined]
        parties = eligible_parties(user).order_by("name")
        self.eligible = getattr(user, "is_authenticated", False) and parties.exists()
        if self.eligible:
            self.fields["party"].queryset = parties  # type: ignore[attr-defined]
            only = list(parties[:2])
            if len(only) == 1:
                # One party: chosen already, so the first submit does not fail on it.
                self.fields["party"].initial = only[0].pk
                self.fields["party"].empty_label = None  # type: ignore[attr-defined]
            del self.fields["email"]
            del self.fields["name"]
        else:
            del self.fields["party"]
            if getattr(user, "is_authenticated", False):
                del self.fields["email"]
                del self.fields["name"]


class AskerReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Uw reactie"), widget=forms.Textarea(attrs={"rows": 6}), validators=[body_limit]
    )
    attachments = MultipleFileField(label=_("Bijlagen"))


class CannedSelect(forms.Select):
    """The canned answers, each option carrying its text filled in for this ticket, so the
    page's script can put it at the cursor without asking the server."""

    texts: dict[str, str]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.texts = {}

    def create_option(self, name: str, value: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
        option = super().create_option(name, value, *args, **kwargs)
        text = self.texts.get(str(getattr(value, "value", value)))
        if text:
            option["attrs"]["data-text"] = text
        return option


class StaffReplyForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Soort bericht"),
        widget=forms.RadioSelect,
        choices=[
            (Kind.ANSWER, _("Antwoord aan de vrager (per e-mail)")),
            (Kind.NOTE, _("Interne notitie (alleen voor medewerkers)")),
            (Kind.PHONE, _("Telefoongesprek vastleggen")),
        ],
        initial=Kind.ANSWER,
    )
    # Tools for writing the text; their buttons never send the message.
    article_query = forms.CharField(
        label=_("Artikel zoeken in de kennisbank"),
        max_length=200,
        required=False,
        help_text=_("Zoek een artikel en zet de titel met de link in uw tekst."),
    )
    canned = forms.ModelChoiceField(
        label=_("Standaardantwoord"),
        queryset=CannedAnswer.objects.all(),
        required=False,
        empty_label=_("Kies een standaardantwoord"),
        widget=CannedSelect,
    )
    body = forms.CharField(label=_("Tekst"), widget=forms.Textarea(attrs={"rows": 10}))
    attachments = MultipleFileField(label=_("Bijlagen"))
    status = forms.ChoiceField(
        label=_("Status daarna"),
        required=False,
        choices=[("", _("Zoals gebruikelijk (na een antwoord: wacht op vrager)")), *Status.choices],
        help_text=_("Bijvoorbeeld: antwoorden en meteen op Opgelost zetten."),
    )

    def __init__(self, *args: Any, canned_texts: dict[str, str] | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["canned"].widget.texts = canned_texts or {}


class TicketUpdateForm(forms.ModelForm):
    class Meta:
        model = Ticket
        fields = ["status", "priority", "assignee", "theme"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        staff = get_user_model().objects.filter(_staff_permission()).distinct().order_by("email")
        self.fields["assignee"].queryset = staff  # type: ignore[attr-defined]
        self.fields["theme"].queryset = _themes()  # type: ignore[attr-defined]
        self.fields["status"].choices = Status.choices  # type: ignore[attr-defined]
        self.fields["priority"].choices = Priority.choices  # type: ignore[attr-defined]


ME = "mij"
NOBODY = "niemand"


class BulkActionForm(forms.Form):
    """Several tickets of the queue at once: assign, status, theme. Empty fields: unchanged."""

    assignee = forms.ChoiceField(label=_("Behandelaar"), required=False)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Niet wijzigen")), *Status.choices]
    )
    theme: forms.ModelChoiceField = forms.ModelChoiceField(
        label=_("Thema"), queryset=None, required=False, empty_label=_("Niet wijzigen")
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.agents = list(
            get_user_model().objects.filter(_staff_permission()).distinct().order_by("email")
        )
        self.fields["assignee"].choices = [  # type: ignore[attr-defined]
            ("", _("Niet wijzigen")),
            (ME, _("Aan mij")),
            *((str(agent.pk), agent.display_name) for agent in self.agents),
            (NOBODY, _("Niemand")),
        ]
        self.fields["theme"].queryset = _themes()  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (data.get("assignee") or data.get("status") or data.get("theme")):
            raise forms.ValidationError(_("Kies wat u wilt wijzigen."))
        return data

    def chosen_assignee(self, user: Any) -> tuple[bool, Any]:
        """(change it?, the new assignee or None)."""
        value = self.cleaned_data.get("assignee", "")
        if not value:
            return False, None
        if value == ME:
            return True, user
        if value == NOBODY:
            return True, None
        return True, next(a for a in self.agents if str(a.pk) == value)


def _staff_permission() -> Any:
    from django.db.models import Q

    return Q(
        groups__permissions__codename="work_ticket",
        groups__permissions__content_type__app_label="helpdesk",
    ) | Q(is_superuser=True)


class MergeForm(forms.Form):
    into = forms.CharField(
        label=_("Kenmerk van de vraag waarmee u deze samenvoegt"),
        max_length=20,
        help_text=_("Bijvoorbeeld KP-2026-AB12CD. Deze vraag wordt daarna gesloten."),
    )

    def clean_into(self) -> Ticket:
        reference = self.cleaned_data["into"].strip().upper()
        ticket = Ticket.objects.filter(reference=reference, merged_into__isnull=True).first()
        if ticket is None:
            raise forms.ValidationError(_("Er is geen vraag met dit kenmerk."))
        return ticket


class PhoneTicketForm(forms.Form):
    subject = forms.CharField(label=_("Onderwerp"), max_length=200)
    body = forms.CharField(
        label=_("Samenvatting van het gesprek"), widget=forms.Textarea(attrs={"rows": 8})
    )
    asker_name = forms.CharField(label=_("Naam beller"), max_length=150, required=False)
    asker_email = forms.EmailField(
        label=_("E-mailadres beller"),
        required=False,
        help_text=_("Nodig als u het antwoord per e-mail wilt sturen."),
    )
    party: forms.ModelChoiceField = forms.ModelChoiceField(
        label=_("Partij"), queryset=None, required=False
    )
    theme: forms.ModelChoiceField = forms.ModelChoiceField(
        label=_("Thema"), queryset=None, required=False
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from kennispunt.parties.models import Party

        super().__init__(*args, **kwargs)
        self.fields["party"].queryset = Party.objects.order_by("name")  # type: ignore[attr-defined]
        self.fields["theme"].queryset = _themes()  # type: ignore[attr-defined]


class RatingForm(forms.Form):
    score = forms.TypedChoiceField(
        label=_("Hoe tevreden bent u over ons antwoord?"),
        coerce=int,
        widget=forms.RadioSelect,
        choices=[
            (5, _("Zeer tevreden")),
            (4, _("Tevreden")),
            (3, _("Neutraal")),
            (2, _("Ontevreden")),
            (1, _("Zeer ontevreden")),
        ],
    )


class AgentPreferenceForm(forms.Form):
    notify_new_tickets = forms.BooleanField(
        label=_("Stuur mij een e-mail bij elke nieuwe vraag"), required=False
    )
    notify_reopened_tickets = forms.BooleanField(
        label=_(
            "Stuur mij een e-mail als een vrager reageert op een beantwoorde vraag (van mij, "
            "of van niemand in het bijzonder)"
        ),
        required=False,
    )
