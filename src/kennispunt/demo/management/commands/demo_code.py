import time

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core.management.base import BaseCommand

from kennispunt.demo.guard import DEMO_TOTP_SECRET, refuse_in_production


class Command(BaseCommand):
    help = "Print the current two-step code of the demo staff accounts (they share one secret)."

    def handle(self, *args: object, **options: object) -> None:
        refuse_in_production()
        self.stdout.write(current_demo_code())


def current_demo_code() -> str:
    return format_hotp_value(hotp_value(DEMO_TOTP_SECRET, int(time.time()) // 30))
