from django.conf import settings
from django.core.management.base import CommandError

# The demo password and authenticator secret are published in the README: never in production.
DEMO_PASSWORD = "kennispunt-demo"
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPKENNISPUNTDEMO23"


def refuse_in_production() -> None:
    if settings.KENNISPUNT_ENVIRONMENT == "production":
        raise CommandError(
            "Demo content has public passwords and must never be loaded in production."
        )
