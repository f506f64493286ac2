"""restore --force replaces the target completely: nothing the backup lacks survives it, not a
table added since (it would break the next migrate) and not a file (privacy: a helpdesk
attachment deleted since must not come back, nor stay)."""

import sqlite3
from pathlib import Path

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection

from .test_restore import empty_database, run, site_env

STRAY_TABLE = "kennispunt_added_after_the_backup"


def execute(database_url: str, statement: str) -> list[tuple[object, ...]]:
    if database_url.startswith("sqlite:///"):
        with sqlite3.connect(database_url.removeprefix("sqlite:///")) as sqlite:
            return sqlite.execute(statement).fetchall()
    with psycopg.connect(database_url, autocommit=True) as postgres:
        cursor = postgres.execute(statement)
        return cursor.fetchall() if cursor.description else []


def table_names(database_url: str) -> set[str]:
    if connection.vendor == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'table'"
    else:
        query = "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
    return {str(name) for (name,) in execute(database_url, query)}


@pytest.mark.django_db(transaction=True)
def test_restore_force_leaves_nothing_the_backup_does_not_have(tmp_path: Path, settings) -> None:
    settings.MEDIA_ROOT = tmp_path / "site" / "media"
    settings.HELPDESK_PRIVATE_ROOT = tmp_path / "site" / "private"
    (tmp_path / "site" / "media" / "documents").mkdir(parents=True)
    (tmp_path / "site" / "media" / "documents" / "kept.pdf").write_bytes(b"%PDF-1.4\n")
    call_command("backup", output_dir=tmp_path / "backups", verbosity=0)
    [archive] = (tmp_path / "backups").iterdir()

    media, private = tmp_path / "target" / "media", tmp_path / "target" / "private"
    with empty_database() as database_url:
        env = site_env(database_url, media, private, tmp_path / "target" / "var")
        env["DJANGO_SETTINGS_MODULE"] = "kennispunt.settings"
        first = run(["manage.py", "restore", str(archive), "--yes"], env)
        assert first.returncode == 0, first.stderr
        # What the site gained after the backup.
        execute(database_url, f"CREATE TABLE {STRAY_TABLE} (id integer)")
        (media / "documents" / "stray.pdf").write_bytes(b"%PDF-1.4\n")
        (private / "attachments").mkdir(parents=True)
        (private / "attachments" / "deleted-since.txt").write_text("vertrouwelijk")
        assert STRAY_TABLE in table_names(database_url)

        forced = run(["manage.py", "restore", str(archive), "--yes", "--force"], env)
        assert forced.returncode == 0, forced.stderr

        tables = table_names(database_url)
        assert STRAY_TABLE not in tables
        assert {"django_migrations", "accounts_user"} <= tables
    assert sorted(path.relative_to(media) for path in media.rglob("*")) == [
        Path("documents"),
        Path("documents/kept.pdf"),
    ]
    assert private.is_dir()  # the folder stays (its owner and mode), its content goes
    assert list(private.iterdir()) == []
