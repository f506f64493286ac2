from django.core.management.base import BaseCommand

from kennispunt.pages.site_structure import site_structure_ensure


class Command(BaseCommand):
    help = "Create the base page tree (home, sections, privacy, toegankelijkheid). Idempotent."

    def handle(self, *args: object, **options: object) -> None:
        home = site_structure_ensure()
        self.stdout.write(self.style.SUCCESS(f"Site structure ready under '{home.title}'."))
