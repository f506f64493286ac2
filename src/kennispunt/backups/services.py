"""Backup and restore of the whole site: database, uploaded media and the helpdesk's private files.

A backup is ONE tar file, ``kennispunt-backup-<UTC time>.tar``, readable only by its owner::

    manifest.json          what is inside, versions, migration state, sha256 of every part
    database.pgdump        pg_dump custom format (PostgreSQL), or database.sqlite3 (SQLite)
    media.tar.gz           MEDIA_ROOT (images, documents)
    helpdesk_private.tar.gz  HELPDESK_PRIVATE_ROOT (attachments, raw e-mail; outside MEDIA_ROOT)

Restore checks everything before it touches anything: the format, the database engine, that the
code knows every migration of the backup, every checksum, and that the target is empty.
"""

import json
import os
import re
import shutil
import tarfile
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from wagtail.models import Site

from kennispunt.caching.generation import bump_generation

from . import database, files
from .manifest import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST_NAME,
    migrations_unknown_to_this_code,
    new_manifest,
)

ARCHIVE_PREFIX = "kennispunt-backup-"
ARCHIVE_SUFFIX = ".tar"
_TIMESTAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_ARCHIVE_NAME = re.compile(rf"^{ARCHIVE_PREFIX}(\d{{8}}T\d{{6}}Z){re.escape(ARCHIVE_SUFFIX)}$")
_PARTIAL_NAME = re.compile(
    rf"^\.{ARCHIVE_PREFIX}\d{{8}}T\d{{6}}Z{re.escape(ARCHIVE_SUFFIX)}\.partial$"
)
MEDIA = "media"
HELPDESK_PRIVATE = "helpdesk_private"
PART_NAMES = (MEDIA, HELPDESK_PRIVATE)
# Leftovers of a killed run (an unfinished archive, a staging folder) older than this are
# removed by the next prune; a younger one may belong to a backup that is still running.
LEFTOVER_AGE = timedelta(days=1)


class BackupError(Exception):
    """The backup or restore cannot go on; the message tells the operator why and what to do."""


@dataclass(frozen=True)
class FolderPart:
    name: str
    folder: Path | None  # None: not on local disk (e.g. S3), so not in this backup
    skip_reason: str = ""


def folder_parts() -> list[FolderPart]:
    """The folders of uploaded files a backup holds, as this site is configured."""
    parts = []
    if isinstance(default_storage, FileSystemStorage):
        parts.append(FolderPart(MEDIA, Path(default_storage.location)))
    else:
        parts.append(
            FolderPart(
                MEDIA,
                None,
                "media are in object storage (S3); back up the bucket with its own versioning "
                "or replication",
            )
        )
    parts.append(FolderPart(HELPDESK_PRIVATE, Path(settings.HELPDESK_PRIVATE_ROOT)))
    return parts


# --- Backup ----------------------------------------------------------------------------------


def backup_create(output_dir: Path, *, using: str = DEFAULT_DB_ALIAS) -> Path:
    """Write a new backup archive into ``output_dir`` (mode 0600) and return its path."""
    connection = connections[using]
    engine = _engine(connection)
    _private_folder(output_dir)
    name = f"{ARCHIVE_PREFIX}{datetime.now(UTC).strftime(_TIMESTAMP_FORMAT)}{ARCHIVE_SUFFIX}"
    final = output_dir / name
    if final.exists():
        raise BackupError(f"{final} already exists; wait a second and try again.")
    manifest = new_manifest(connection, engine=engine)
    # The parts are made beside the archive (same disk, no copy across file systems) in a
    # private folder that is removed whatever happens.
    with tempfile.TemporaryDirectory(dir=output_dir, prefix=".staging-") as staging_name:
        staging = Path(staging_name)
        dump_name = database.DUMP_FILE_NAMES[engine]
        _dump_database(connection, staging / dump_name)
        manifest["database"].update(_describe(staging / dump_name, dump_name))
        for part in folder_parts():
            manifest["parts"][part.name] = _pack_part(part, staging)
        (staging / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2) + "\n")
        partial = output_dir / f".{name}.partial"
        _write_archive(partial, staging, manifest)
        # Only a complete archive gets its final name, so a crash never leaves a half backup
        # that looks like a good one.
        partial.rename(final)
    return final


def _private_folder(folder: Path) -> None:
    # mkdir's mode applies only to a new folder; an existing one is tightened as well (when it
    # is ours: chmod on someone else's folder would fail, and is that owner's business).
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if folder.stat().st_uid == os.getuid():
        folder.chmod(0o700)


def _engine(connection: Any) -> str:
    try:
        return database.engine_of(connection)
    except database.DatabaseToolError as error:
        raise BackupError(str(error)) from error


def _dump_database(connection: Any, target: Path) -> None:
    try:
        database.dump(connection, target)
    except database.DatabaseToolError as error:
        raise BackupError(str(error)) from error


def _describe(path: Path, name: str) -> dict[str, Any]:
    return {"file": name, "bytes": path.stat().st_size, "sha256": files.sha256_of_file(path)}


def _pack_part(part: FolderPart, staging: Path) -> dict[str, Any]:
    if part.folder is None:
        return {"skipped": part.skip_reason}
    file_name = f"{part.name}.tar.gz"
    packed = files.pack_folder(part.folder, staging / file_name)
    return {
        **_describe(staging / file_name, file_name),
        "files": packed.files,
        "source_bytes": packed.bytes,
    }


def _write_archive(path: Path, staging: Path, manifest: dict[str, Any]) -> None:
    members = [MANIFEST_NAME, manifest["database"]["file"]] + [
        part["file"] for part in manifest["parts"].values() if "file" in part
    ]
    # 0600 from the first byte: the archive holds personal data (members, helpdesk mail).
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as stream, tarfile.open(fileobj=stream, mode="w") as archive:
        for member in members:
            archive.add(staging / member, arcname=member, recursive=False)


def backup_prune(
    output_dir: Path, *, keep_days: int | None, now: datetime | None = None
) -> list[Path]:
    """Delete our archives in ``output_dir`` older than ``keep_days`` days (by the time in their
    name; none when ``keep_days`` is None) and the leftovers of killed runs older than a day;
    other files are never touched. Returns the deleted paths."""
    now = now or datetime.now(UTC)
    deleted = _prune_leftovers(output_dir, now=now)
    if keep_days is None:
        return deleted
    cutoff = now - timedelta(days=keep_days)
    for path in sorted(output_dir.iterdir()):
        match = _ARCHIVE_NAME.match(path.name)
        if not match or not path.is_file():
            continue
        made = datetime.strptime(match.group(1), _TIMESTAMP_FORMAT).replace(tzinfo=UTC)
        if made < cutoff:
            path.unlink()
            deleted.append(path)
    return deleted


def _prune_leftovers(output_dir: Path, *, now: datetime) -> list[Path]:
    # A killed backup leaves its staging folder (a copy of all personal data) and a partial
    # archive behind: they must not stay forever.
    cutoff = (now - LEFTOVER_AGE).timestamp()
    deleted = []
    for path in sorted(output_dir.iterdir()):
        if path.is_symlink() or path.lstat().st_mtime >= cutoff:
            continue
        if path.is_dir() and path.name.startswith(".staging-"):
            shutil.rmtree(path)
        elif path.is_file() and _PARTIAL_NAME.match(path.name):
            path.unlink()
        else:
            continue
        deleted.append(path)
    return deleted


# --- Restore ---------------------------------------------------------------------------------


@dataclass
class RestorePlan:
    """A checked archive, ready to restore. ``problems`` block a restore without --force."""

    archive: Path
    manifest: dict[str, Any]
    not_empty: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # parts this site has no local folder for


def restore_check(archive: Path, *, using: str = DEFAULT_DB_ALIAS) -> RestorePlan:
    """Read and verify ``archive`` against this site, without changing anything."""
    connection = connections[using]
    with _open_archive(archive) as tar:
        manifest = _read_manifest(tar)
        engine = _engine(connection)
        if manifest["database"]["engine"] != engine:
            raise BackupError(
                f"This backup is of a {manifest['database']['engine']} database, but this site "
                f"uses {engine}. Point DATABASE_URL at a {manifest['database']['engine']} "
                "database to restore it."
            )
        unknown = migrations_unknown_to_this_code(manifest["migrations"])
        if unknown:
            commit = manifest.get("git_commit") or manifest.get("app_version")
            raise BackupError(
                "This backup was made by newer code: it has migrations this code does not know "
                f"({', '.join(unknown)}). Deploy the version that made it ({commit}) first."
            )
        _verify_checksums(tar, manifest)
    plan = RestorePlan(archive=archive, manifest=manifest)
    if not database.is_empty(connection):
        plan.not_empty.append(f"database {connection.settings_dict['NAME']}")
    for part in folder_parts():
        if "file" not in manifest["parts"].get(part.name, {}):
            continue
        if part.folder is None:
            plan.skipped.append(f"{part.name}: {part.skip_reason}")
        elif files.folder_has_files(part.folder):
            plan.not_empty.append(f"folder {part.folder}")
    return plan


def restore_apply(plan: RestorePlan, *, replace: bool, using: str = DEFAULT_DB_ALIAS) -> None:
    """Restore a checked archive. ``replace`` overwrites a non-empty target (--force)."""
    if plan.not_empty and not replace:
        raise BackupError(
            "The target is not empty: " + "; ".join(plan.not_empty) + ". Restore into an empty "
            "database and empty folders, or use --force to overwrite."
        )
    connection = connections[using]
    manifest = plan.manifest
    _check_file_names(manifest)
    with _open_archive(plan.archive) as tar:
        with tempfile.TemporaryDirectory(prefix="kennispunt-restore-") as scratch:
            dump_path = Path(scratch) / manifest["database"]["file"]
            with _member(tar, manifest["database"]["file"]) as source, dump_path.open("wb") as out:
                shutil.copyfileobj(source, out, files.CHUNK)
            try:
                database.restore(connection, dump_path, replace=replace)
            except database.DatabaseToolError as error:
                raise BackupError(str(error)) from error
        for part in folder_parts():
            described = manifest["parts"].get(part.name, {})
            if part.folder and "file" in described:
                if replace:
                    # A clean replace: files the backup does not have (e.g. helpdesk
                    # attachments deleted since) must not linger.
                    files.empty_folder(part.folder)
                with _member(tar, described["file"]) as source:
                    files.unpack_folder(source, part.folder)
    # The cache table is no migration, so a backup of a site whose cache was Redis has none;
    # the database cache (the embedded default) needs it before the first cache call below.
    call_command("createcachetable", database=using, verbosity=0)
    # Pages cached before the restore show content that is gone now; Wagtail caches the site
    # root paths of the old page tree.
    bump_generation()
    Site.clear_site_root_paths_cache()


def _open_archive(archive: Path) -> tarfile.TarFile:
    if not archive.is_file():
        raise BackupError(f"{archive} does not exist or is not a file.")
    try:
        return tarfile.open(archive, mode="r:")
    except tarfile.TarError as error:
        raise BackupError(f"{archive} is not a backup archive (not a tar file).") from error


def _member(tar: tarfile.TarFile, name: str) -> IO[bytes]:
    try:
        stream = tar.extractfile(name)
    except KeyError:
        stream = None
    if stream is None:
        raise BackupError(f"The archive lacks {name}: it is incomplete or not ours.")
    return stream


def _read_manifest(tar: tarfile.TarFile) -> dict[str, Any]:
    with _member(tar, MANIFEST_NAME) as stream:
        try:
            manifest = json.load(stream)
        except ValueError as error:
            raise BackupError("The archive's manifest.json is damaged.") from error
    if manifest.get("format") != FORMAT:
        raise BackupError("This archive is not a Kennispunt backup.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"This backup has format version {manifest.get('format_version')}; this code reads "
            f"version {FORMAT_VERSION}. Restore it with the version that made it."
        )
    _check_file_names(manifest)
    return manifest


def _check_file_names(manifest: dict[str, Any]) -> None:
    """Only the names a backup writes: a crafted manifest must not make restore write to an
    absolute path or climb out of its scratch folder with ".."."""
    # Any dump name here: a dump of the other engine gets its own, clearer message later.
    named = [(manifest["database"].get("file"), set(database.DUMP_FILE_NAMES.values()))]
    named += [
        (part["file"], {f"{name}.tar.gz"} if name in PART_NAMES else set())
        for name, part in manifest["parts"].items()
        if "file" in part
    ]
    for file_name, expected in named:
        if not isinstance(file_name, str) or file_name not in expected:
            raise BackupError(
                f"The manifest names an unexpected file {file_name!r}: this archive is not one "
                "that `manage.py backup` made. Not restoring it."
            )


def _verify_checksums(tar: tarfile.TarFile, manifest: dict[str, Any]) -> None:
    described = [manifest["database"]] + [p for p in manifest["parts"].values() if "file" in p]
    for part in described:
        with _member(tar, part["file"]) as stream:
            if files.sha256_of(stream) != part["sha256"]:
                raise BackupError(
                    f"{part['file']} in the archive does not match its checksum: the archive is "
                    "damaged. Take another backup."
                )
