"""Forum moderation (moderators): the queue, a post or topic, suspending a member.

Guarded by ``access.moderator_required``: the forum's own permission, on top of the forum's
members-only rule (moderators are let in without being members).
"""

from datetime import timedelta

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kennispunt.accounts.models import User
from kennispunt.core.breadcrumbs import staff_crumbs

from . import forms, selectors, services
from .access import moderator_required
from .models import Topic
from .services import ForumError
from .views import _forum_crumbs, _post


@moderator_required
def moderation_queue(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "forum/moderation_queue.html",
        {
            **selectors.moderation_queue(),
            "breadcrumbs": staff_crumbs((_("Moderatie van het forum"), "")),
        },
    )


@moderator_required
def post_moderate(request: HttpRequest, pk: int) -> HttpResponse:
    post = _post(request, pk)
    reason_form = forms.ReasonForm(request.POST or None)
    redact_form = forms.RedactForm(
        request.POST if request.POST.get("action") == "redact" else None,
        initial={"body": post.body},
    )
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "redact" and redact_form.is_valid():
                services.post_redact(
                    post=post,
                    moderator=request.user,
                    body=redact_form.cleaned_data["body"],
                    reason=redact_form.cleaned_data["reason"],
                )
                messages.success(request, _("De persoonsgegevens zijn uit het bericht gehaald."))
                return redirect(post)
            if action != "redact" and reason_form.is_valid():
                services.post_moderate(
                    post=post,
                    moderator=request.user,
                    action=action,
                    reason=reason_form.cleaned_data["reason"],
                )
                messages.success(request, _("De moderatie is uitgevoerd en vastgelegd."))
                return redirect("forum:moderation")
        except ForumError as error:
            (redact_form if action == "redact" else reason_form).add_error(None, str(error))
    return render(
        request,
        "forum/post_moderate.html",
        {
            "post": post,
            "reason_form": reason_form,
            "redact_form": redact_form,
            "breadcrumbs": _forum_crumbs(
                (_("Moderatie"), reverse("forum:moderation")), (_("Bericht modereren"), "")
            ),
        },
    )


@moderator_required
def topic_moderate(request: HttpRequest, pk: int) -> HttpResponse:
    topic = get_object_or_404(Topic.objects.select_related("category"), pk=pk)
    action = request.POST.get("action", "")
    reason_form = forms.ReasonForm(request.POST if action in services.TOPIC_ACTIONS else None)
    move_form = forms.MoveForm(request.POST if action == "move" else None)
    merge_form = forms.MergeForm(request.POST if action == "merge" else None)
    if request.method == "POST":
        try:
            if action in services.TOPIC_ACTIONS and reason_form.is_valid():
                services.topic_moderate(
                    topic=topic,
                    moderator=request.user,
                    action=action,
                    reason=reason_form.cleaned_data["reason"],
                )
                messages.success(request, _("De moderatie is uitgevoerd en vastgelegd."))
                return redirect(topic)
            if action == "move" and move_form.is_valid():
                services.topic_move(
                    topic=topic,
                    moderator=request.user,
                    category=move_form.cleaned_data["category"],
                    reason=move_form.cleaned_data["reason"],
                )
                messages.success(request, _("Het onderwerp is verplaatst."))
                return redirect(topic)
            if action == "merge" and merge_form.is_valid():
                into = Topic.objects.filter(pk=merge_form.cleaned_data["into"]).first()
                if into is None:
                    merge_form.add_error("into", _("Er is geen onderwerp met dit nummer."))
                else:
                    into = services.topic_merge(
                        topic=topic,
                        into=into,
                        moderator=request.user,
                        reason=merge_form.cleaned_data["reason"],
                    )
                    messages.success(request, _("De onderwerpen zijn samengevoegd."))
                    return redirect(into)
        except ForumError as error:
            # The error belongs on the form that was sent; the others are unbound.
            submitted = {"move": move_form, "merge": merge_form}.get(action, reason_form)
            submitted.add_error(None, str(error))
    return render(
        request,
        "forum/topic_moderate.html",
        {
            "topic": topic,
            "reason_form": reason_form,
            "move_form": move_form,
            "merge_form": merge_form,
            "breadcrumbs": _forum_crumbs(
                (topic.title, topic.get_absolute_url()), (_("Onderwerp modereren"), "")
            ),
        },
    )


@moderator_required
def member_suspend(request: HttpRequest, user_id: int) -> HttpResponse:
    member = get_object_or_404(User, pk=user_id)
    form = forms.SuspendForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        until = timezone.now() + timedelta(days=form.cleaned_data["days"])
        try:
            services.member_suspend(
                user=member,
                moderator=request.user,
                until=until,
                reason=form.cleaned_data["reason"],
            )
        except ForumError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("De schorsing is vastgelegd."))
            return redirect("forum:moderation")
    return render(
        request,
        "forum/member_suspend.html",
        {
            "form": form,
            "member": member,
            "profile": services.profile_for(member),
            "breadcrumbs": _forum_crumbs(
                (_("Moderatie"), reverse("forum:moderation")), (_("Lid schorsen"), "")
            ),
        },
    )
