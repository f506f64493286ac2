from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from kennispunt.demo.builders import BUILDERS
from kennispunt.demo.guard import refuse_in_production
from kennispunt.demo.loader import DemoContentError, load_all


class Command(BaseCommand):
    help = "Load demo content (users per role, parties, pages). Idempotent; refused in production."

    def handle(self, *args: object, **options: object) -> None:
        refuse_in_production()
        try:
            load_all()  # a wrong content file stops here, before anything is written
        except DemoContentError as exc:
            raise CommandError(str(exc)) from exc
        for name, build in BUILDERS:
            with transaction.atomic():
                build()
            self.stdout.write(f"demo content: {name} ready")
        self.stdout.write(self.style.SUCCESS("Demo content loaded. Logins are in the README."))
