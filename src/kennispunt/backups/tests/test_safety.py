"""A tired operator cannot restore the wrong thing: every check that stops a restore before it
touches anything, and the pruning of old archives."""

import io
import json
import os
import secrets
import tarfile
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import override_settings
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION

from kennispunt.accounts.models import User
from kennispunt.backups import database
from kennispunt.backups.manifest import MANIFEST_NAME
from kennispunt.backups.services import (
    BackupError,
    RestorePlan,
    backup_create,
    backup_prune,
    restore_apply,
    restore_check,
)
from kennispunt.caching.generation import current_generation
from kennispunt_testing.requirements import require

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def archive(
    django_db_setup: None, django_db_blocker: Any, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """One real backup of the test database (made outside any test's transaction: SQLite's
    backup API cannot copy a database while its own connection holds a write transaction)."""
    if connection.vendor == "postgresql":
        require(
            database.pg_tools_available(),
            "pg_dump/pg_restore not installed (apt-get install postgresql-client)",
        )
    folder = tmp_path_factory.mktemp("backup")
    (folder / "private" / "attachments").mkdir(parents=True)
    (folder / "private" / "attachments" / "brief.txt").write_text("vertrouwelijk")
    # An existing folder that others may read: the backup must tighten it, not just use it.
    (folder / "backups").mkdir()
    (folder / "backups").chmod(0o755)
    with (
        override_settings(MEDIA_ROOT=folder / "media", HELPDESK_PRIVATE_ROOT=folder / "private"),
        django_db_blocker.unblock(),
    ):
        return backup_create(folder / "backups")


@pytest.fixture(autouse=True)
def empty_folders(settings, tmp_path: Path) -> None:
    """The folders a restore would write to: empty, so only the database can be "not empty"."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.HELPDESK_PRIVATE_ROOT = tmp_path / "private"


def rewritten(archive: Path, change: Callable[[str, bytes], bytes], name: str) -> Path:
    """A copy of ``archive`` with every member passed through ``change(name, data)``."""
    copy = archive.with_name(name)
    with tarfile.open(archive) as source, tarfile.open(copy, "w") as target:
        for member in source.getmembers():
            data = change(member.name, source.extractfile(member).read())  # type: ignore[union-attr]
            member.size = len(data)
            target.addfile(member, io.BytesIO(data))
    return copy


def with_manifest(archive: Path, **changes: object) -> Path:
    def change(name: str, data: bytes) -> bytes:
        if name != MANIFEST_NAME:
            return data
        return json.dumps({**json.loads(data), **changes}).encode()

    return rewritten(archive, change, f"{'-'.join(changes)}.tar")


def test_a_backup_holds_the_private_files_and_a_complete_manifest(archive: Path) -> None:
    assert archive.stat().st_mode & 0o777 == 0o600
    assert archive.parent.stat().st_mode & 0o777 == 0o700
    with tarfile.open(archive) as tar:
        assert tar.getnames()[0] == MANIFEST_NAME  # readable first: tar -xOf archive manifest.json
        manifest = json.load(tar.extractfile(MANIFEST_NAME))  # type: ignore[arg-type]
        private = tarfile.open(fileobj=tar.extractfile("helpdesk_private.tar.gz"), mode="r:gz")
        assert private.getnames() == ["attachments/brief.txt"]
    assert manifest["parts"]["helpdesk_private"]["files"] == 1
    assert manifest["parts"]["media"]["files"] == 0
    assert manifest["database"]["engine"] == connection.vendor
    assert len(manifest["database"]["sha256"]) == 64
    assert "accounts" in manifest["migrations"]
    assert manifest["created_at"].endswith("+00:00")


def test_restore_refuses_a_database_that_holds_data(archive: Path) -> None:
    User.objects.create_user(email="bestaand@example.org", password="x" * 12)
    assert any("database" in target for target in restore_check(archive).not_empty)
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(archive), yes=True)
    assert User.objects.filter(email="bestaand@example.org").exists()


def test_overwriting_needs_a_confirmation(archive: Path) -> None:
    # pytest's stdin is no terminal: without --yes the command must stop, not guess.
    with pytest.raises(CommandError, match="--yes"):
        call_command("restore", str(archive), force=True)


def test_a_damaged_archive_is_refused(archive: Path) -> None:
    def flip_a_byte(name: str, data: bytes) -> bytes:
        if not name.startswith("database."):
            return data
        return data[:-1] + bytes([data[-1] ^ 1])

    with pytest.raises(BackupError, match="checksum"):
        restore_check(rewritten(archive, flip_a_byte, "damaged.tar"))


def test_a_backup_of_another_engine_is_refused_with_a_clear_message(archive: Path) -> None:
    other = "sqlite" if connection.vendor == "postgresql" else "postgresql"
    manifest = json.loads(tarfile.open(archive).extractfile(MANIFEST_NAME).read())  # type: ignore[union-attr]
    changed = with_manifest(archive, database={**manifest["database"], "engine": other})
    with pytest.raises(BackupError, match=f"backup is of a {other} database"):
        restore_check(changed)


def test_a_backup_from_newer_code_is_refused(archive: Path) -> None:
    manifest = json.loads(tarfile.open(archive).extractfile(MANIFEST_NAME).read())  # type: ignore[union-attr]
    future = {**manifest["migrations"], "helpdesk": "9999_from_the_future"}
    with pytest.raises(BackupError, match=r"helpdesk\.9999_from_the_future"):
        restore_check(with_manifest(archive, migrations=future, git_commit="abc123"))


def test_something_else_than_a_backup_is_refused(tmp_path: Path) -> None:
    not_a_backup = tmp_path / "notities.tar"
    not_a_backup.write_bytes(b"geen tar")
    with pytest.raises(CommandError, match="not a backup archive"):
        call_command("restore", str(not_a_backup), yes=True)
    with pytest.raises(CommandError, match="does not exist"):
        call_command("restore", str(tmp_path / "weg.tar"), yes=True)


def test_pruning_deletes_only_our_archives_older_than_the_limit(tmp_path: Path) -> None:
    names = [
        "kennispunt-backup-20261101T020000Z.tar",  # 23 days old
        "kennispunt-backup-20261118T020000Z.tar",  # 6 days old
        "kennispunt-backup-20261124T020000Z.tar",  # today
        "kennispunt-backup-20261001T020000Z.tar.age",  # encrypted copy: the operator's
        "notities.txt",
    ]
    for name in names:
        (tmp_path / name).write_text("x")
    now = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
    deleted = backup_prune(tmp_path, keep_days=7, now=now)
    assert [path.name for path in deleted] == [names[0]]
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(names[1:])


def test_pruning_removes_what_killed_runs_left_behind_after_a_day(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    old_staging = tmp_path / ".staging-abc123"
    (old_staging / "database.sqlite3").parent.mkdir()
    (old_staging / "database.sqlite3").write_text("x")
    old_partial = tmp_path / ".kennispunt-backup-20261101T020000Z.tar.partial"
    running_staging = tmp_path / ".staging-def456"  # a backup that may still be running
    running_staging.mkdir()
    running_partial = tmp_path / ".kennispunt-backup-20261124T020000Z.tar.partial"
    other = tmp_path / ".notities.partial"
    for path in (old_partial, running_partial, other):
        path.write_text("x")
    two_days_ago = (now - timedelta(days=2)).timestamp()
    for path in (old_staging, old_partial, other):
        os.utime(path, (two_days_ago, two_days_ago))

    deleted = backup_prune(tmp_path, keep_days=None, now=now)

    assert sorted(deleted) == sorted([old_staging, old_partial])
    assert sorted(tmp_path.iterdir()) == sorted([running_staging, running_partial, other])


def test_a_manifest_with_a_crafted_file_name_is_refused_before_anything_is_written(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manifest = json.loads(tarfile.open(archive).extractfile(MANIFEST_NAME).read())  # type: ignore[union-attr]
    climber = f"kennispunt-crafted-{secrets.token_hex(6)}"
    crafted_database = {**manifest["database"], "file": f"../{climber}"}
    with pytest.raises(BackupError, match=f"unexpected file '../{climber}'"):
        restore_check(with_manifest(archive, database=crafted_database))
    absolute = str(tmp_path / "elders.tar.gz")
    parts = {**manifest["parts"], "media": {**manifest["parts"]["media"], "file": absolute}}
    with pytest.raises(BackupError, match="unexpected file"):
        restore_check(with_manifest(archive, parts=parts))

    # restore_apply checks a plan it is handed as well, before it writes a byte.
    monkeypatch.setattr(database, "restore", pytest.fail)
    plan = RestorePlan(archive=archive, manifest={**manifest, "database": crafted_database})
    with pytest.raises(BackupError, match="unexpected file"):
        restore_apply(plan, replace=True)
    assert not (Path(tempfile.gettempdir()) / climber).exists()


def test_a_restore_invalidates_the_page_cache_and_wagtails_site_root_paths(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The database itself is not replaced here (that would be the test database); the
    # real restore runs in test_restore.py and test_force.py.
    monkeypatch.setattr(database, "restore", lambda *args, **kwargs: None)
    before = current_generation()
    cache.set(SITE_ROOT_PATHS_CACHE_KEY, "old tree", version=SITE_ROOT_PATHS_CACHE_VERSION)

    restore_apply(restore_check(archive), replace=True)

    assert current_generation() != before
    assert cache.get(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION) is None


def test_an_sqlite_backup_inside_a_transaction_is_refused_not_hung(tmp_path: Path) -> None:
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only: pg_dump takes its own connection")
    with pytest.raises(BackupError, match="inside a transaction"):
        backup_create(tmp_path)  # every test here runs in a transaction


def test_keep_days_below_one_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="at least 1"):
        call_command("backup", output_dir=tmp_path, keep_days=0)
