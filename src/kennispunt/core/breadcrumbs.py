from django.utils.functional import Promise


def crumbs(*items: tuple[str | Promise, str]) -> list[dict[str, str]]:
    """Breadcrumbs for templates/includes/breadcrumbs.html: (title, url) pairs, current last."""
    return [{"title": str(title), "url": url} for title, url in items]


def staff_crumbs(*items: tuple[str | Promise, str]) -> list[dict[str, str]]:
    """For staff pages: the trail starts at the staff entry page (/beheer/), so every staff
    page leads back to it."""
    from django.urls import reverse
    from django.utils.translation import gettext as _

    return crumbs((_("Beheer"), reverse("dashboards:staff")), *items)
