"""The CMS on the staff entry page (/beheer/), with the pages waiting for review."""

from typing import Any

from django.utils.translation import gettext as _
from wagtail.models import WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from kennispunt.core.staff_tools import Count


def staff_counts() -> list[Count]:
    return [
        Count(
            label=_("Pagina's wachten op nakijken"),
            value=WorkflowState.objects.active().count(),
            urgent=True,
        )
    ]


def may_edit_pages(user: Any) -> bool:
    """Wagtail's page permissions (granted per group on the home page, site_structure)."""
    return PagePermissionPolicy().user_has_any_permission(user, {"add", "change", "publish"})
