import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from kennispunt.backups.services import BackupError, restore_apply, restore_check


class Command(BaseCommand):
    help = (
        "Restore a backup archive made by `manage.py backup` into this site's database, "
        "MEDIA_ROOT and HELPDESK_PRIVATE_ROOT. Refuses a non-empty target unless --force."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("archive", type=Path, help="a kennispunt-backup-*.tar file")
        parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
        parser.add_argument(
            "--force",
            action="store_true",
            help="restore over a database or folders that already hold data",
        )

    def handle(self, *args: Any, archive: Path, yes: bool, force: bool, **options: Any) -> None:
        try:
            plan = restore_check(archive)
        except BackupError as error:
            raise CommandError(str(error)) from error
        manifest = plan.manifest
        self.stdout.write(
            f"Backup of {manifest['created_at']} (version {manifest['app_version']}, "
            f"commit {manifest.get('git_commit') or 'unknown'}): checksums OK."
        )
        for skipped in plan.skipped:
            self.stderr.write(f"Not restored here: {skipped}")
        if plan.not_empty:
            if not force:
                raise CommandError(
                    "The target is not empty: " + "; ".join(plan.not_empty) + ". Restore into "
                    "an empty database and empty folders, or add --force to overwrite them."
                )
            self.stdout.write("Overwriting: " + "; ".join(plan.not_empty))
        if not yes:
            self._confirm()
        try:
            restore_apply(plan, replace=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            "Restored. Next: `manage.py migrate` (if this code is newer than the backup) and "
            "restart the web processes and workers."
        )

    def _confirm(self) -> None:
        if not sys.stdin.isatty():
            raise CommandError("Not asking on a non-interactive input: add --yes to restore.")
        answer = input("Restore this backup into this site? Type 'yes': ")
        if answer.strip().lower() != "yes":
            raise CommandError("Restore cancelled.")
