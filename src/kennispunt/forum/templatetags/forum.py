from typing import Any

from django import template
from django.utils.translation import gettext as _

register = template.Library()


def display_name(user: Any) -> str:
    """How a member appears: first name and handle; never the e-mail address or surname."""
    if user is None:
        return _("verwijderd lid")
    profile = getattr(user, "forum_profile", None)
    handle = f"@{profile.handle}" if profile is not None else ""
    name = (user.first_name or "").strip()
    return f"{name} ({handle})" if name and handle else (name or handle or _("lid"))


@register.filter
def author_name(post: Any) -> str:
    return display_name(post.author)


@register.filter
def member_name(user: Any) -> str:
    return display_name(user)
