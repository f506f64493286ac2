"""Newsletter staff screens in the Wagtail admin: test mail, send or schedule, progress."""

from datetime import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.models import Page

from kennispunt.accounts.access import staff_required
from kennispunt.core.mail import send_later
from kennispunt.mailings.models import Mailing, MailingStatus
from kennispunt.mailings.selectors import mailing_progress, mailings_for, mailings_progress
from kennispunt.mailings.services import mailing_cancel, mailing_create, mailing_send_now

from .models import NewsletterIssuePage, Subscriber
from .rendering import PREVIEW_UNSUBSCRIBE_URL, issue_render
from .services import AUDIENCE

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


def _issue_mailing_create(
    request: HttpRequest, page: NewsletterIssuePage, form: SendForm
) -> Mailing | None:
    """The issue's mailing, or None (with a message) when it may not be sent now.

    The page row is locked first, so a double click or two editors at once wait for each other
    and the second sees the first one's mailing; a unique constraint is the backstop.
    """
    try:
        with transaction.atomic():
            locked = Page.objects.select_for_update().get(pk=page.pk)
            if not locked.live or locked.has_unpublished_changes:
                messages.error(
                    request,
                    _("Publiceer de nieuwsbrief eerst; verzonden wordt de gepubliceerde versie."),
                )
                return None
            if mailings_for(
                audiences=[AUDIENCE], source_id=page.pk, include_cancelled=False
            ).exists():
                messages.error(request, _("Deze nieuwsbrief is al verzonden of ingepland."))
                return None
            at = (
                form.cleaned_data["scheduled_at"]
                if form.cleaned_data["when"] == SendForm.LATER
                else None
            )
            return mailing_create(
                audience=AUDIENCE,
                rendered=issue_render(page.specific),
                scheduled_at=at,
                source_id=page.pk,
                user=request.user,
            )
    except IntegrityError:
        messages.error(request, _("Deze nieuwsbrief is al verzonden of ingepland."))
        return None


@staff_required(SEND_PERMISSION)
def send_issue(request: HttpRequest, page_id: int) -> HttpResponse:
    page = _issue(request, page_id)
    previous = mailings_for(audiences=[AUDIENCE], source_id=page.pk, include_cancelled=False)
    form = SendForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        mailing = _issue_mailing_create(request, page, form)
        if mailing is not None:
            if form.cleaned_data["when"] == SendForm.NOW:
                mailing_send_now(mailing=mailing)
            return redirect("newsletter_mailing", mailing.pk)
    context = {
        "page": page,
        "form": form,
        "previous": previous,
        "recipients": Subscriber.objects.active().count(),
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
    context = {"mailing": mailing, "progress": mailing_progress(mailing)}
    return render(request, "newsletter/admin/mailing_detail.html", context)
