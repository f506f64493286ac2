"""The tools on the staff entry page (/beheer/), each with its live counts.

Each app registers its staff tools from ``AppConfig.ready``: where the tool is, the permission
that opens it (the roles' permissions, ``accounts.staff_permissions``; or, where no single
permission says it, a function of the user: the CMS asks Wagtail's page permissions) and an
optional count function. The entry page shows a person the tools their permissions open, and
knows no app::

    staff_tools.register(
        "helpdesk",
        label=_("Helpdeskvragen"),
        url_name="helpdesk:staff_queue",
        permission="helpdesk.work_ticket",
        counts=selectors.staff_counts,
    )

A count function takes no arguments and gives ``Count`` values (a label and a number; mark
what needs attention now with ``urgent``). Keep it to one or two queries.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.urls import reverse
from django.utils.functional import Promise

Label = str | Promise
Permission = str | Callable[[Any], bool]


@dataclass(frozen=True)
class Count:
    label: Label
    value: int
    urgent: bool = False
    url: str = ""  # a filtered view of the tool, when there is one


@dataclass(frozen=True)
class StaffTool:
    key: str
    label: Label
    url_name: str
    permission: Permission
    description: Label = ""
    counts: Callable[[], Sequence[Count]] | None = None
    order: int = 100
    url_kwargs: dict[str, Any] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return reverse(self.url_name, kwargs=self.url_kwargs or None)

    def opens_for(self, user: Any) -> bool:
        if callable(self.permission):
            return self.permission(user)
        return bool(user.has_perm(self.permission))


@dataclass(frozen=True)
class OpenTool:
    tool: StaffTool
    counts: Sequence[Count]


_registry: dict[str, StaffTool] = {}


def register(
    key: str,
    *,
    label: Label,
    url_name: str,
    permission: Permission,
    description: Label = "",
    counts: Callable[[], Sequence[Count]] | None = None,
    order: int = 100,
) -> None:
    if isinstance(permission, str) and permission.count(".") != 1:
        raise ValueError(f"Permission {permission!r} is not 'app_label.codename'.")
    _registry[key] = StaffTool(
        key=key,
        label=label,
        url_name=url_name,
        permission=permission,
        description=description,
        counts=counts,
        order=order,
    )


def staff_tools() -> list[StaffTool]:
    return sorted(_registry.values(), key=lambda tool: (tool.order, str(tool.label)))


def tools_for(user: Any) -> list[OpenTool]:
    """The tools this person's permissions open, with their counts (only those are counted)."""
    if not getattr(user, "is_authenticated", False):
        return []
    return [
        OpenTool(tool=tool, counts=tool.counts() if tool.counts else ())
        for tool in staff_tools()
        if tool.opens_for(user)
    ]


def has_tools(user: Any) -> bool:
    return any(tool.opens_for(user) for tool in staff_tools())
