"""What a process of this checkout needs on disk, made at start-up instead of in the settings.

``CoreConfig.ready`` calls ``prepare``: core is the first app, so this runs before any other
app's ``ready`` imports the metrics, and before the first request or database connection.
"""

import os
from pathlib import Path

from django.conf import settings


def _sqlite_folder() -> Path | None:
    database = settings.DATABASES["default"]
    name = str(database.get("NAME") or "")
    if database["ENGINE"] != "django.db.backends.sqlite3" or not name or ":memory:" in name:
        return None
    if name.startswith("file:"):  # an in-memory test database given as a URI
        return None
    return Path(name).parent


def prepare() -> None:
    """Make the local folders (the SQLite database's, static files, metrics) and tell
    prometheus_client where the metrics live.

    prometheus_client chooses multi-process mode from the environment variable when it is
    first imported, so the variable is set here, before any app imports core.observability.
    """
    folders = [Path(settings.STATIC_ROOT), Path(settings.PROMETHEUS_MULTIPROC_DIR)]
    sqlite = _sqlite_folder()
    if sqlite is not None:
        folders.append(sqlite)
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(settings.PROMETHEUS_MULTIPROC_DIR)
