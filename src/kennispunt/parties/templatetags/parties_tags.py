from typing import Any

from django import template

from ..eligibility import is_eligible
from ..selectors import board_parties, user_memberships

register = template.Library()


@register.inclusion_tag("parties/includes/membership_summary.html", takes_context=True)
def membership_summary(context: template.Context, user: Any) -> dict[str, Any]:
    return {
        "user": user,
        "memberships": list(user_memberships(user)),
        "board_parties": list(board_parties(user)),
        "eligible": is_eligible(user),
        "can_verify_all": user.has_perm("parties.verify_membership"),
        "can_review_registrations": user.has_perm("parties.review_party_registration"),
        "csrf_token": context.get("csrf_token"),
    }


@register.simple_tag(takes_context=True)
def user_is_eligible(context: template.Context) -> bool:
    request = context.get("request")
    return bool(request and is_eligible(request.user))
