"""Newsletter staff screens in the Wagtail admin: test mail, segment and send or schedule,
progress."""

from datetime import datetime
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMultiAlternatives
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from kennispunt.accounts.access import staff_required
from kennispunt.core.mail import send_later
from kennispunt.mailings.models import MailingStatus
from kennispunt.mailings.selectors import mailing_progress, mailings_for, mailings_progress
from kennispunt.mailings.services import mailing_cancel
from kennispunt.parties.models import Municipality, Province

from .models import NewsletterIssuePage
from .rendering import PREVIEW_UNSUBSCRIBE_URL, issue_render
from .selectors import edition_of_mailing, segment_subscribers
from .services import AUDIENCE, SendRefused, issue_send

SEND_PERMISSION = "newsletter.send_mailing"


def _issue(request: HttpRequest, page_id: int) -> NewsletterIssuePage:
    page = get_object_or_404(NewsletterIssuePage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page


@require_POST
def send_test(request: HttpRequest, page_id: int) -> HttpResponse:
    """Send the latest draft to the editor's own address, exactly as subscribers would get it."""
    page = _issue(request, page_id).get_latest_revision_as_object()
    rendered = issue_render(page)
    message = EmailMultiAlternatives(
        subject=f"[{_('TEST')}] {rendered.subject}",
        body=rendered.text_body.replace(rendered.placeholder, PREVIEW_UNSUBSCRIBE_URL),
        to=[request.user.email],  # type: ignore[union-attr]
    )
    message.attach_alternative(
        rendered.html_body.replace(rendered.placeholder, PREVIEW_UNSUBSCRIBE_URL), "text/html"
    )
    send_later(message)
    messages.success(
        request,
        _("De testmail is onderweg naar %(email)s.") % {"email": request.user.email},  # type: ignore[union-attr]
    )
    return redirect("wagtailadmin_pages:edit", page_id)


class SendForm(forms.Form):
    NOW = "now"
    LATER = "later"
    provinces = forms.MultipleChoiceField(
        label=gettext_lazy("Alleen abonnees in deze provincies"),
        choices=Province.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    municipalities = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Alleen abonnees in deze gemeenten"),
        queryset=Municipality.objects.filter(is_active=True).order_by("name"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=gettext_lazy(
            "Kiest u niets, dan gaat de nieuwsbrief naar alle abonnees. Abonnees die geen "
            "gemeente hebben opgegeven, krijgen alleen een nieuwsbrief aan alle abonnees."
        ),
    )
    when = forms.ChoiceField(
        label=gettext_lazy("Wanneer"),
        choices=[(NOW, gettext_lazy("Nu verzenden")), (LATER, gettext_lazy("Later verzenden"))],
        widget=forms.RadioSelect,
        initial=NOW,
    )
    scheduled_at = forms.DateTimeField(
        label=gettext_lazy("Verzenden op"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        input_formats=["%Y-%m-%dT%H:%M"],
    )

    def clean(self) -> dict:
        cleaned = super().clean() or {}
        if cleaned.get("when") == self.LATER:
            at: datetime | None = cleaned.get("scheduled_at")
            if at is None or at <= timezone.now():
                self.add_error("scheduled_at", _("Kies een moment in de toekomst."))
        return cleaned

    def segment(self) -> dict[str, Any]:
        """The chosen segment, for ``segment_subscribers`` and ``issue_send``."""
        data: dict[str, Any] = {}
        if self.is_bound:
            self.is_valid()  # the segment counts even when the date is not right yet
            data = self.cleaned_data
        return {
            "provinces": list(data.get("provinces") or []),
            "municipalities": list(data.get("municipalities") or []),
        }


@staff_required(SEND_PERMISSION)
def send_issue(request: HttpRequest, page_id: int) -> HttpResponse:
    """Choose the segment, see how many subscribers it has ("Ontvangers tellen"), send."""
    page = _issue(request, page_id)
    previous = mailings_for(audiences=[AUDIENCE], source_id=page.pk, include_cancelled=False)
    form = SendForm(request.POST or None)
    if request.method == "POST" and request.POST.get("action") != "count" and form.is_valid():
        segment = form.segment()
        at = (
            form.cleaned_data["scheduled_at"]
            if form.cleaned_data["when"] == SendForm.LATER
            else None
        )
        try:
            mailing = issue_send(page=page, user=request.user, scheduled_at=at, **segment)
        except SendRefused as refused:
            messages.error(request, str(refused))
        else:
            return redirect("newsletter_mailing", mailing.pk)
    segment = form.segment()
    recipients = segment_subscribers(
        provinces=segment["provinces"],
        municipality_ids=[m.pk for m in segment["municipalities"]],
    ).count()
    context = {
        "page": page,
        "form": form,
        "previous": previous,
        "recipients": recipients,
        "segmented": bool(segment["provinces"] or segment["municipalities"]),
        "segment_names": [*segment["provinces"], *(m.name for m in segment["municipalities"])],
    }
    return render(request, "newsletter/admin/send.html", context)


@staff_required(SEND_PERMISSION)
def mailing_list(request: HttpRequest) -> HttpResponse:
    recent = list(mailings_for()[:50])
    progress = mailings_progress(m.pk for m in recent)
    rows = [(m, progress[m.pk]) for m in recent]
    return render(request, "newsletter/admin/mailing_list.html", {"rows": rows})


@staff_required(SEND_PERMISSION)
def mailing_detail(request: HttpRequest, mailing_id: int) -> HttpResponse:
    mailing = get_object_or_404(mailings_for(), pk=mailing_id)
    if request.method == "POST" and request.POST.get("action") == "cancel":
        if mailing.status in (MailingStatus.SCHEDULED, MailingStatus.SENDING):
            mailing_cancel(mailing=mailing, user=request.user)
            messages.success(request, _("De verzending is gestopt."))
        return redirect("newsletter_mailing", mailing.pk)
    edition = edition_of_mailing(mailing.pk)
    segment = (
        [*edition.provinces, *(m.name for m in edition.municipalities.all())] if edition else []
    )
    context = {
        "mailing": mailing,
        "progress": mailing_progress(mailing),
        "edition": edition,
        "segment": segment,
    }
    return render(request, "newsletter/admin/mailing_detail.html", context)
