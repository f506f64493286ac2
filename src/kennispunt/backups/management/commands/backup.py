from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from kennispunt.backups.services import BackupError, backup_create, backup_prune


class Command(BaseCommand):
    help = (
        "Write one backup archive (database, media, helpdesk private files, manifest) into "
        "BACKUP_DIR or --output-dir. The archive holds personal data: it is made 0600."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--output-dir", type=Path, default=None, help="folder for the archive (BACKUP_DIR)"
        )
        parser.add_argument(
            "--keep-days",
            type=int,
            default=None,
            help="after a successful backup, delete this folder's archives older than N days",
        )

    def handle(self, *args: Any, output_dir: Path | None, keep_days: int | None, **options: Any):
        if keep_days is not None and keep_days < 1:
            raise CommandError("--keep-days must be at least 1, or the new backup would go too.")
        folder = output_dir or Path(settings.BACKUP_DIR)
        try:
            archive = backup_create(folder)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(archive))
        # Always: also removes what killed runs left behind (partial archives, staging folders).
        for deleted in backup_prune(folder, keep_days=keep_days):
            self.stderr.write(f"deleted old backup {deleted.name}")
