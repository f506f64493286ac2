"""The manifest: what a backup holds, where it came from, and the checksums to trust it by."""

import importlib.metadata
import os
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

FORMAT = "kennispunt-backup"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"


def new_manifest(connection: BaseDatabaseWrapper, *, engine: str) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "app_version": _app_version(),
        "git_commit": _git_commit(),
        "database": {"engine": engine},
        "migrations": latest_migrations(connection),
        "parts": {},
    }


def latest_migrations(connection: BaseDatabaseWrapper) -> dict[str, str]:
    """The last applied migration of every app, e.g. {"helpdesk": "0004_rawmessage"}."""
    latest: dict[str, str] = {}
    for app_label, name in MigrationRecorder(connection).applied_migrations():
        if name > latest.get(app_label, ""):
            latest[app_label] = name
    return dict(sorted(latest.items()))


def migrations_unknown_to_this_code(migrations: dict[str, str]) -> list[str]:
    """Migrations the backup has applied that this code does not have: it is older than the
    code that made the backup, and would run on a schema it does not understand."""
    known = MigrationLoader(None, ignore_no_migrations=True).disk_migrations
    return [f"{app}.{name}" for app, name in migrations.items() if (app, name) not in known]


def _app_version() -> str:
    try:
        return importlib.metadata.version("kennispunt")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _git_commit() -> str | None:
    # Container images have no .git: their build sets KENNISPUNT_GIT_COMMIT instead.
    if commit := os.environ.get("KENNISPUNT_GIT_COMMIT"):
        return commit
    base_dir = Path(settings.BASE_DIR)
    if not (base_dir / ".git").exists():
        return None
    try:
        result = subprocess.run(
            ["git", "rev-parse", "HEAD"],  # noqa: S607 - git from PATH, fixed arguments
            cwd=base_dir,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() or None if result.returncode == 0 else None
