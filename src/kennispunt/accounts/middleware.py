from collections.abc import Callable

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

# Paths a staff member without two-step verification may still use: to set it up or to leave.
_ALWAYS_ALLOWED_PREFIXES = ("/static/", "/media/", "/health", "/i18n/")


class StaffMFARequiredMiddleware:
    """Staff must set up two-step verification (TOTP) before they can do anything else."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and user.is_staff_member
            and not self._is_allowed_path(request.path)
            and not is_mfa_enabled(user, [Authenticator.Type.TOTP])
        ):
            messages.warning(
                request,
                _(
                    "Als medewerker van het Kennispunt moet u eerst tweestapsverificatie "
                    "instellen met een authenticator-app."
                ),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _is_allowed_path(path: str) -> bool:
        allowed = (
            reverse("mfa_index"),
            reverse("account_logout"),
            reverse("account_reauthenticate"),
        )
        return path.startswith(_ALWAYS_ALLOWED_PREFIXES) or path.startswith(allowed)
