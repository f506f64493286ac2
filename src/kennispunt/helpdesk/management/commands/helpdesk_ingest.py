import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from kennispunt.helpdesk.ingest import ingest_message


class Command(BaseCommand):
    help = "Ingest one raw e-mail (RFC 5322) into the helpdesk from a file, or from stdin with -."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("source", nargs="?", default="-", help="path to an .eml file, or -")

    def handle(self, *args: Any, source: str, **options: Any) -> None:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
        result = ingest_message(raw, channel_hint="command")
        reference = result.ticket.reference if result.ticket else "-"
        self.stdout.write(f"{result.outcome} {reference}")
