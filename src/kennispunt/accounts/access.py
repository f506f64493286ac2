"""THE guard of staff views (``<app>/views_staff.py``): signed in, then the permission, or 403.

Which staff role holds which permission is given in each app's ``ready()`` through
``staff_permissions.grant``; views check the permission, never a role's name.
"""

from collections.abc import Callable

from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponse

View = Callable[..., HttpResponse]


def staff_required(permission: str) -> Callable[[View], View]:
    """Anonymous visitors go to the login page; signed-in people without ``permission`` get 403."""

    def decorator(view: View) -> View:
        return login_required(permission_required(permission, raise_exception=True)(view))

    return decorator
