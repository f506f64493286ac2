"""``{% party_page_links party %}``: the blocks feature apps registered for a party's page."""

from typing import Any

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from kennispunt.core import party_page_links as registry

register = template.Library()


@register.simple_tag(takes_context=True)
def party_page_links(context: Any, party: Any) -> SafeString:
    request = context.get("request")
    user = getattr(request, "user", None)
    parts = [
        render_to_string(name, {"party": party, **values}, request=request)
        for name, values in registry.links_for(party, user)
    ]
    return mark_safe("".join(parts))  # noqa: S308 - rendered templates, escaped by Django
