"""The account's own personal data, registered with the export/erasure registry."""

from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator


def export_account(user: Any) -> dict[str, Any]:
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "two_factor_methods": sorted(
            Authenticator.objects.filter(user=user).values_list("type", flat=True)
        ),
        "staff_roles": sorted(user.groups.values_list("name", flat=True)),
    }


def erase_account(user: Any) -> None:
    # E-mail addresses and authenticators cascade with the user; nothing else to do here.
    return None
