"""THE eligibility rule. Forum, helpdesk and trainings ask this module; nobody re-implements it.

A person may use the members-only services when they are a verified member of a local party
(``models.LOCAL_PARTY``: no seats in the Tweede Kamer, not a branch of a national party).
"""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from .models import Membership, MembershipStatus, Party, local_party_q
from .selectors import pending_requests_of


def eligible_memberships(user: Any) -> QuerySet[Membership]:
    if not getattr(user, "is_authenticated", False):
        return Membership.objects.none()
    return Membership.objects.filter(
        local_party_q("party__"), user=user, status=MembershipStatus.VERIFIED
    )


def eligible_parties(user: Any) -> QuerySet[Party]:
    return Party.objects.filter(pk__in=eligible_memberships(user).values("party_id"))


def is_eligible(user: Any) -> bool:
    """Cached on the user object for the rest of the request."""
    if not getattr(user, "is_authenticated", False):
        return False
    cached = getattr(user, "_kennispunt_eligible", None)
    if cached is None:
        cached = eligible_memberships(user).exists()
        user._kennispunt_eligible = cached
    return cached


def eligible_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """For members-only views: anonymous users log in first; others see how to become eligible."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_eligible(request.user):
            context = {"pending": pending_requests_of(request.user)}
            return render(request, "parties/not_eligible.html", context, status=403)
        return view(request, *args, **kwargs)

    return wrapper
