"""Forum views: thin; rules live in services and selectors. Members only (access.py)."""

from collections.abc import Callable
from functools import partial
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from kennispunt.core.breadcrumbs import crumbs
from kennispunt.core.uploads import upload_response

from . import forms, selectors, services
from .access import forum_required, may_moderate
from .mail import user_id_from_token
from .models import Attachment, Category, EmailMode, ForumProfile, Post, Topic
from .rendering import quote_markdown, render_markdown
from .services import ForumError


def _forum_crumbs(*extra: tuple[Any, str]) -> Any:
    return crumbs((_("Forum"), reverse("forum:index")), *extra)


def _visible_topic(request: HttpRequest, pk: int) -> Topic:
    topic = get_object_or_404(Topic.objects.select_related("category"), pk=pk)
    if topic.is_hidden and not may_moderate(request.user) and topic.author_id != request.user.pk:
        raise Http404
    return topic


def _post(request: HttpRequest, pk: int) -> Post:
    post = get_object_or_404(Post.objects.select_related("topic__category", "author"), pk=pk)
    _visible_topic(request, post.topic_id)
    if (
        not post.is_approved
        and not may_moderate(request.user)
        and post.author_id != request.user.pk
    ):
        raise Http404
    return post


@forum_required
def index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "forum/index.html",
        {
            "categories": selectors.categories(),
            "latest": selectors.latest_topics(user=request.user),
            "unread_notifications": selectors.unread_notification_count(request.user),
            "breadcrumbs": crumbs((_("Forum"), "")),
        },
    )


@forum_required
def category(request: HttpRequest, slug: str) -> HttpResponse:
    cat = get_object_or_404(Category, slug=slug)
    listing = selectors.category_topics(
        category=cat, after=request.GET.get("na", ""), user=request.user
    )
    return render(
        request,
        "forum/category.html",
        {
            "category": cat,
            "listing": listing,
            "following": selectors.is_following_category(category=cat, user=request.user),
            "may_start": not cat.staff_only or may_moderate(request.user),
            "breadcrumbs": _forum_crumbs((cat.name, "")),
        },
    )


def _post_form_context(request: HttpRequest, form: Any) -> dict[str, Any]:
    """Preview: render what was typed without saving (works without JavaScript)."""
    if request.method == "POST" and request.POST.get("action") == "preview" and form.is_valid():
        return {"preview": services.render_body(form.cleaned_data["body"]).html}
    return {}


def _publish(
    request: HttpRequest, form: Any, publish: Callable[..., Post], placed: str, held: str
) -> HttpResponse | None:
    """Post through ``publish``; when a rule stops it, the form keeps the text with the reason."""
    files, types = form.files_and_types()
    try:
        post = publish(
            author=request.user, body=form.cleaned_data["body"], files=files, content_types=types
        )
    except ForumError as error:
        form.add_error(None, str(error))
        return None
    if post.is_approved:
        messages.success(request, placed)
    else:
        messages.info(request, held)
    return redirect(post.topic if post.number == 1 else post)


@forum_required
def topic_create(request: HttpRequest, slug: str) -> HttpResponse:
    cat = get_object_or_404(Category, slug=slug)
    if cat.staff_only and not may_moderate(request.user):
        raise PermissionDenied
    form = forms.TopicForm(request.POST or None, request.FILES or None)
    context = _post_form_context(request, form)
    if request.method == "POST" and not context and form.is_valid():
        publish = partial(services.topic_create, category=cat, title=form.cleaned_data["title"])
        done = _publish(
            request,
            form,
            publish,
            _("Uw onderwerp is geplaatst."),
            _("Uw onderwerp wacht op goedkeuring door een moderator."),
        )
        if done is not None:
            return done
    context.update(
        form=form,
        category=cat,
        breadcrumbs=_forum_crumbs((cat.name, cat.get_absolute_url()), (_("Nieuw onderwerp"), "")),
    )
    return render(request, "forum/topic_form.html", context)


@forum_required
def topic_new(request: HttpRequest) -> HttpResponse:
    """Start a topic from the forum home, choosing the category in the form. Similar topics
    show under the title: while typing (htmx) and, without JavaScript, with the preview."""
    moderator = may_moderate(request.user)
    initial = {"category": Category.objects.filter(slug=request.GET.get("categorie", "")).first()}
    form = forms.NewTopicForm(
        request.POST or None, request.FILES or None, moderator=moderator, initial=initial
    )
    context = _post_form_context(request, form)
    if context:
        context["similar"] = selectors.similar_topics(title=form.cleaned_data["title"])
    if request.method == "POST" and not context and form.is_valid():
        publish = partial(
            services.topic_create,
            category=form.cleaned_data["category"],
            title=form.cleaned_data["title"],
        )
        done = _publish(
            request,
            form,
            publish,
            _("Uw onderwerp is geplaatst."),
            _("Uw onderwerp wacht op goedkeuring door een moderator."),
        )
        if done is not None:
            return done
    context.update(form=form, breadcrumbs=_forum_crumbs((_("Nieuw onderwerp"), "")))
    return render(request, "forum/topic_new.html", context)


@forum_required
def topic_similar(request: HttpRequest) -> HttpResponse:
    """htmx partial: topics like the title being typed."""
    title = request.GET.get("title", "")[:150]
    return render(
        request,
        "forum/includes/similar_topics.html",
        {"similar": selectors.similar_topics(title=title)},
    )


@forum_required
def mention_suggest(request: HttpRequest) -> HttpResponse:
    """htmx: the members whose handle starts as the @mention at the end of the text. With
    ``kies`` (a handle from that list) it returns the text box with the mention completed."""
    body = request.GET.get("body", "")[:20000]
    prefix = selectors.mention_being_typed(body)
    candidates = selectors.mention_candidates(prefix=prefix)
    chosen = request.GET.get("kies", "")
    if chosen and chosen in {profile.handle for profile in candidates}:
        completed = f"{body[: len(body) - len(prefix) - 1]}@{chosen} "
        return render(
            request,
            "forum/includes/mention_chosen.html",
            {"field": forms.ReplyForm(initial={"body": completed})["body"]},
        )
    return render(request, "forum/includes/mention_suggestions.html", {"candidates": candidates})


def _page_number(request: HttpRequest, topic: Topic) -> int:
    try:
        number = int(request.GET.get("pagina", "1"))
    except ValueError:
        number = 1
    return min(max(number, 1), selectors.page_count(topic))


@forum_required
def topic(request: HttpRequest, pk: int) -> HttpResponse:
    topic = _visible_topic(request, pk)
    moderator = may_moderate(request.user)
    form = forms.ReplyForm(request.POST or None, request.FILES or None)
    context = _post_form_context(request, form)
    if request.method == "POST" and not context and form.is_valid():
        done = _publish(
            request,
            form,
            partial(services.topic_reply, topic=topic),
            _("Uw reactie is geplaatst."),
            _("Uw reactie wacht op goedkeuring door een moderator."),
        )
        if done is not None:
            return done
    elif request.method == "GET" and (
        request.GET.get("citeer", "").isdigit() or request.GET.get("antwoord", "").isdigit()
    ):
        quoting = request.GET.get("citeer", "").isdigit()
        quoted = (
            Post.objects.filter(
                topic=topic,
                pk=int(request.GET["citeer" if quoting else "antwoord"]),
                is_approved=True,
                is_hidden=False,
                is_deleted=False,
            )
            .select_related("author__forum_profile")
            .first()
        )
        if quoted is not None:
            profile = getattr(quoted.author, "forum_profile", None) if quoted.author else None
            handle = profile.handle if profile else ""
            if quoting:
                body = quote_markdown(quoted.body, handle)
            else:  # a reply to a post names its author, so they get a notification
                body = f"@{handle} " if handle else ""
            form = forms.ReplyForm(initial={"body": body})
    page = _page_number(request, topic)
    posts = selectors.topic_posts(topic=topic, page=page, user=request.user, moderator=moderator)
    if posts:
        services.read_state_update(user=request.user, topic=topic, number=posts[-1].number)
    pages = selectors.page_count(topic)
    context.update(
        topic=topic,
        posts=posts,
        page=page,
        pages=pages,
        previous_page=page - 1 if page > 1 else None,
        next_page=page + 1 if page < pages else None,
        form=form,
        moderator=moderator,
        is_author=topic.author_id == request.user.pk,
        may_reply=not topic.is_locked or moderator,
        **selectors.topic_flags_for(topic=topic, user=request.user),
        breadcrumbs=_forum_crumbs(
            (topic.category.name, topic.category.get_absolute_url()), (topic.title, "")
        ),
    )
    return render(request, "forum/topic.html", context)


@forum_required
def topic_unread(request: HttpRequest, pk: int) -> HttpResponse:
    topic = _visible_topic(request, pk)
    number = selectors.first_unread_number(topic=topic, user=request.user)
    url = reverse("forum:topic", kwargs={"pk": topic.pk})
    return redirect(f"{url}?pagina={selectors.page_of(number)}#bericht-{number}")


@forum_required
def post_detail(request: HttpRequest, pk: int) -> HttpResponse:
    post = _post(request, pk)
    url = reverse("forum:topic", kwargs={"pk": post.topic_id})
    return redirect(f"{url}?pagina={selectors.page_of(post.number)}#bericht-{post.number}")


@forum_required
@require_POST
def topic_follow(request: HttpRequest, pk: int) -> HttpResponse:
    topic = _visible_topic(request, pk)
    if services.follow_toggle(user=request.user, topic=topic):
        messages.success(request, _("U volgt dit onderwerp. U krijgt een melding bij reacties."))
    else:
        messages.success(request, _("U volgt dit onderwerp niet meer."))
    return redirect(topic)


@forum_required
@require_POST
def category_follow(request: HttpRequest, slug: str) -> HttpResponse:
    cat = get_object_or_404(Category, slug=slug)
    if services.follow_toggle(user=request.user, category=cat):
        messages.success(request, _("U krijgt een melding bij elk nieuw onderwerp hier."))
    else:
        messages.success(request, _("U volgt deze categorie niet meer."))
    return redirect(cat)


@forum_required
@require_POST
def topic_bookmark(request: HttpRequest, pk: int) -> HttpResponse:
    topic = _visible_topic(request, pk)
    post = None
    if request.POST.get("bericht", "").isdigit():
        post = _post(request, int(request.POST["bericht"]))
        if post.topic_id != topic.pk:
            raise Http404
    if services.bookmark_toggle(topic=topic, user=request.user, post=post):
        messages.success(request, _("Bladwijzer toegevoegd."))
    else:
        messages.success(request, _("Bladwijzer verwijderd."))
    return redirect(post or topic)


@forum_required
@require_POST
def post_like(request: HttpRequest, pk: int) -> HttpResponse:
    post = _post(request, pk)
    services.post_like_toggle(post=post, user=request.user)
    return redirect(post)


@forum_required
@require_POST
def post_solution(request: HttpRequest, pk: int) -> HttpResponse:
    post = _post(request, pk)
    try:
        topic = services.solution_mark(post=post, user=request.user)
    except ForumError as error:
        raise PermissionDenied(str(error)) from error
    if topic.is_solved:
        messages.success(request, _("Deze reactie is gemarkeerd als oplossing."))
    else:
        messages.success(request, _("De oplossing is weer weggehaald."))
    return redirect(post)


def _own_post(request: HttpRequest, pk: int) -> Post:
    post = _post(request, pk)
    if post.author_id != request.user.pk or post.is_deleted:
        raise PermissionDenied
    return post


@forum_required
def post_edit(request: HttpRequest, pk: int) -> HttpResponse:
    post = _own_post(request, pk)
    form = forms.EditForm(request.POST or None, initial={"body": post.body})
    context = _post_form_context(request, form)
    if request.method == "POST" and not context and form.is_valid():
        try:
            services.post_edit(post=post, editor=request.user, body=form.cleaned_data["body"])
        except ForumError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Uw bericht is bijgewerkt."))
            return redirect(post)
    context.update(
        form=form,
        post=post,
        breadcrumbs=_forum_crumbs(
            (post.topic.title, post.topic.get_absolute_url()), (_("Bericht bewerken"), "")
        ),
    )
    return render(request, "forum/post_edit.html", context)


@forum_required
def post_delete(request: HttpRequest, pk: int) -> HttpResponse:
    post = _own_post(request, pk)
    if request.method == "POST":
        services.post_delete(post=post, user=request.user)
        messages.success(request, _("Uw bericht is verwijderd."))
        return redirect(post.topic)
    return render(
        request,
        "forum/post_delete.html",
        {
            "post": post,
            "breadcrumbs": _forum_crumbs(
                (post.topic.title, post.topic.get_absolute_url()), (_("Bericht verwijderen"), "")
            ),
        },
    )


@forum_required
def post_history(request: HttpRequest, pk: int) -> HttpResponse:
    post = _post(request, pk)
    if post.is_hidden and not may_moderate(request.user):
        raise Http404
    revisions = [
        {"created_at": r.created_at, "html": render_markdown(r.body).html}
        for r in post.revisions.all()[:50]
    ]
    return render(
        request,
        "forum/post_history.html",
        {
            "post": post,
            "revisions": revisions,
            "breadcrumbs": _forum_crumbs(
                (post.topic.title, post.topic.get_absolute_url()), (_("Eerdere versies"), "")
            ),
        },
    )


@forum_required
def post_flag(request: HttpRequest, pk: int) -> HttpResponse:
    post = _post(request, pk)
    form = forms.FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.flag_create(post=post, reporter=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, _("Dank u. Een moderator bekijkt het bericht."))
        return redirect(post)
    return render(
        request,
        "forum/post_flag.html",
        {
            "form": form,
            "post": post,
            "breadcrumbs": _forum_crumbs(
                (post.topic.title, post.topic.get_absolute_url()), (_("Bericht melden"), "")
            ),
        },
    )


@forum_required
def attachment(request: HttpRequest, pk: int) -> HttpResponseBase:
    item = get_object_or_404(Attachment.objects.select_related("post"), pk=pk)
    if item.post is None:
        raise Http404
    post = _post(request, item.post.pk)
    if not post.is_visible and not may_moderate(request.user) and post.author_id != request.user.pk:
        raise Http404
    # Images show in the browser; a PDF is downloaded, as before.
    return upload_response(
        item.file.open("rb"),
        content_type=item.content_type,
        filename=item.name,
        inline=item.is_image,
    )


@forum_required
def notifications(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        services.notifications_mark_read(user=request.user)
        messages.success(request, _("Alle meldingen zijn gelezen."))
        return redirect("forum:notifications")
    items = list(selectors.notifications_for(request.user)[:50])
    return render(
        request,
        "forum/notifications.html",
        {"notifications": items, "breadcrumbs": _forum_crumbs((_("Meldingen"), ""))},
    )


@forum_required
def bookmarks(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "forum/bookmarks.html",
        {
            "bookmarks": list(selectors.bookmarks_for(request.user)[:100]),
            "breadcrumbs": _forum_crumbs((_("Bladwijzers"), "")),
        },
    )


@forum_required
def preferences(request: HttpRequest) -> HttpResponse:
    profile = services.profile_for(request.user)
    form = forms.PreferencesForm(request.POST or None, initial={"email_mode": profile.email_mode})
    if request.method == "POST" and form.is_valid():
        services.profile_update(user=request.user, email_mode=form.cleaned_data["email_mode"])
        messages.success(request, _("Uw voorkeuren zijn opgeslagen."))
        return redirect("forum:preferences")
    return render(
        request,
        "forum/preferences.html",
        {
            "form": form,
            "profile": profile,
            "breadcrumbs": crumbs(
                (_("Mijn profiel"), reverse("accounts:profile")), (_("Forummeldingen"), "")
            ),
        },
    )


@csrf_exempt  # one-click unsubscribe (RFC 8058) posts from the mail program, without a session
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """Works without logging in: the signed token says whose e-mail to stop."""
    user_id = user_id_from_token(token)
    profile = ForumProfile.objects.filter(user_id=user_id).first() if user_id else None
    if profile is None:
        return render(request, "forum/unsubscribe.html", {"invalid": True}, status=400)
    done = False
    if request.method == "POST":
        profile.email_mode = EmailMode.NONE
        profile.save(update_fields=["email_mode"])
        done = True
    return render(request, "forum/unsubscribe.html", {"done": done})
