"""Links from the party page to its finance pages (the parties app knows no finance)."""

from typing import Any

from django import template

from kennispunt.parties.models import Party

from ..selectors import can_view_register

register = template.Library()


@register.inclusion_tag("finance/includes/party_links.html", takes_context=True)
def finance_links(context: Any, party: Party) -> dict[str, Any]:
    user = context["request"].user
    return {"party": party, "show_register": can_view_register(user, party)}
