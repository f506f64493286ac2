from django.core.management.base import BaseCommand
from django.db import transaction

from kennispunt.demo.builders import BUILDERS
from kennispunt.demo.guard import refuse_in_production


class Command(BaseCommand):
    help = "Load demo content (users per role, parties, pages). Idempotent; refused in production."

    def handle(self, *args: object, **options: object) -> None:
        refuse_in_production()
        for name, build in BUILDERS:
            with transaction.atomic():
                build()
            self.stdout.write(f"demo content: {name} ready")
        self.stdout.write(self.style.SUCCESS("Demo content loaded. Logins are in the README."))
