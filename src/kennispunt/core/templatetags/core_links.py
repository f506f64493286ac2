"""``{% absolute_url "forum:index" %}`` and ``{{ object.get_absolute_url|absolute }}`` for
templates without a request: e-mails and calendar files (see ``core.links``)."""

from django import template

from kennispunt.core.links import absolute_url as _absolute_url

register = template.Library()


@register.simple_tag
def absolute_url(to: object, *args: object, **kwargs: object) -> str:
    return _absolute_url(to, *args, **kwargs)


@register.filter
def absolute(path: object) -> str:
    return _absolute_url(path)
