"""Who may use the forum: eligible members (parties.eligibility) and, to moderate, staff with
the forum's moderation permission. Nobody else reads it."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.http.response import HttpResponseBase as HttpResponse

from kennispunt.parties.eligibility import eligible_required, is_eligible

MODERATE = "forum.moderate_forum"


def may_moderate(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.has_perm(MODERATE))


def may_use_forum(user: Any) -> bool:
    return may_moderate(user) or is_eligible(user)


def forum_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Members-only, through THE eligibility rule; moderators are let in to moderate."""
    guarded = eligible_required(view)  # type: ignore[arg-type]  # also guards file downloads

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if may_moderate(request.user):
            return view(request, *args, **kwargs)
        return guarded(request, *args, **kwargs)

    return wrapper


def moderator_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @forum_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not may_moderate(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
