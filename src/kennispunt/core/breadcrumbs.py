from django.utils.functional import Promise


def crumbs(*items: tuple[str | Promise, str]) -> list[dict[str, str]]:
    """Breadcrumbs for templates/includes/breadcrumbs.html: (title, url) pairs, current last."""
    return [{"title": str(title), "url": url} for title, url in items]
