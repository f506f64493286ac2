from django import template

from ..models.mixins import heading_anchor as _heading_anchor

register = template.Library()


@register.filter
def heading_anchor(text: str) -> str:
    return _heading_anchor(str(text))


@register.inclusion_tag("knowledge/includes/home_highlights.html")
def knowledge_highlights() -> dict[str, object]:
    """For the home page: the themes of the knowledge base and the latest news."""
    from ..models import NewsPage, ThemePage

    return {
        "themes": ThemePage.objects.live().public().order_by("path"),
        "news": NewsPage.objects.live().public().order_by("-date", "-pk")[:3],
    }
