"""What each staff role may do, granted by the apps that own the permissions.

``roles.py`` names the roles. Each app grants its own permissions from ``AppConfig.ready``
(``grant(BEHEERDER, "helpdesk.work_ticket")``), and ``services.staff_groups_sync`` (after every
migrate) gives each group exactly what was granted, so accounts never lists another app's
permissions.
"""

from .roles import STAFF_GROUP_NAMES

_granted: dict[str, set[str]] = {name: set() for name in STAFF_GROUP_NAMES}


def grant(role: str, *permissions: str) -> None:
    """``permissions`` as ``"app_label.codename"``."""
    if role not in _granted:
        raise ValueError(f"Unknown staff role {role!r}; the roles are in accounts/roles.py.")
    for permission in permissions:
        if permission.count(".") != 1:
            raise ValueError(f"Permission {permission!r} is not 'app_label.codename'.")
    _granted[role].update(permissions)


def granted(role: str) -> list[str]:
    return sorted(_granted.get(role, ()))


def model_permissions(model: str, *actions: str) -> list[str]:
    """``model_permissions("forum.category", "add", "view")`` gives
    ``["forum.add_category", "forum.view_category"]``: Django's default model permissions."""
    app_label, name = model.split(".")
    return [f"{app_label}.{action}_{name}" for action in actions]
