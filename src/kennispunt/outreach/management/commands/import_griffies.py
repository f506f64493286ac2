"""Import griffie contacts from a CSV file: gemeente (CBS code or name), email, naam, notities."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from kennispunt.outreach.services import contacts_import


class Command(BaseCommand):
    help = "Leest griffiecontacten uit een CSV-bestand (kolommen: gemeente, email, naam, notities)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path)

    def handle(self, *args: Any, path: Path, **options: Any) -> None:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Kan {path} niet lezen als UTF-8-tekst: {exc}") from exc
        result = contacts_import(text=text)
        for error in result.errors:
            self.stderr.write(error)
        self.stdout.write(
            f"{result.created} nieuw, {result.updated} bijgewerkt, {len(result.errors)} fout."
        )
        if result.errors:
            raise CommandError("Niet alle regels zijn ingelezen; zie de fouten hierboven.")
