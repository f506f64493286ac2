from django import template

from ..models.mixins import heading_anchor as _heading_anchor

register = template.Library()


@register.filter
def heading_anchor(text: str) -> str:
    return _heading_anchor(str(text))
