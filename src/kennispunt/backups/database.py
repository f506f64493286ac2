"""Dump and restore the database with the engine's own tools.

PostgreSQL: ``pg_dump --format=custom`` and ``pg_restore``, connected through libpq environment
variables so that no password ever appears on a command line (``ps`` shows those to everyone).
SQLite: the online backup API, which copies a consistent snapshot even while the site writes.
"""

import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.postgresql.client import DatabaseClient

POSTGRESQL = "postgresql"
SQLITE = "sqlite"
DUMP_FILE_NAMES = {POSTGRESQL: "database.pgdump", SQLITE: "database.sqlite3"}


class DatabaseToolError(Exception):
    """pg_dump/pg_restore is missing or failed; the message says what to do."""


def engine_of(connection: BaseDatabaseWrapper) -> str:
    if connection.vendor not in DUMP_FILE_NAMES:
        raise DatabaseToolError(
            f"Backups support PostgreSQL and SQLite, not {connection.vendor!r}."
        )
    return connection.vendor


def is_empty(connection: BaseDatabaseWrapper) -> bool:
    """An empty database has no tables at all (not even Django's migration table)."""
    with connection.cursor() as cursor:
        return not connection.introspection.table_names(cursor)


def dump(connection: BaseDatabaseWrapper, target: Path) -> None:
    if engine_of(connection) == POSTGRESQL:
        _pg_dump(connection.settings_dict, target)
    else:
        _sqlite_dump(connection, target)


def restore(connection: BaseDatabaseWrapper, source: Path, *, replace: bool) -> None:
    """Load ``source`` into the (empty, unless ``replace``) database behind ``connection``."""
    if engine_of(connection) == POSTGRESQL:
        if replace:
            _pg_empty_public_schema(connection)
        connection.close()  # pg_restore takes its own connection; ours must not hold locks.
        _pg_restore(connection.settings_dict, source)
    else:
        # The backup API replaces every page of the target: tables the backup lacks are gone
        # too, so a replace needs nothing more.
        _sqlite_restore(connection, source)
    connection.close()


# --- PostgreSQL ------------------------------------------------------------------------------


def pg_environment(settings_dict: dict[str, Any]) -> dict[str, str]:
    """libpq variables for the connection in ``settings_dict``, password included."""
    # Django's own psql launcher knows which OPTIONS map to which PG* variable (sslmode,
    # service, passfile ...); it returns the password in the environment as well.
    _, options_env = DatabaseClient.settings_to_cmd_args_env(settings_dict, [])
    env = {**os.environ, **(options_env or {})}
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("NAME", "PGDATABASE"),
    ):
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    return env


def pg_tools_available() -> bool:
    return bool(shutil.which("pg_dump") and shutil.which("pg_restore"))


def _run_pg_tool(arguments: list[str], settings_dict: dict[str, Any]) -> None:
    if shutil.which(arguments[0]) is None:
        raise DatabaseToolError(
            f"{arguments[0]} is not installed. Install the PostgreSQL client tools "
            "(Debian: apt-get install postgresql-client) in a version at least that of the server."
        )
    # stderr goes to a file, not a pipe: a chatty tool cannot block on a full pipe buffer.
    with tempfile.TemporaryFile() as errors:
        result = subprocess.run(  # noqa: S603 - fixed tool, arguments are not shell-parsed
            arguments,
            env=pg_environment(settings_dict),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errors,
            check=False,
        )
        if result.returncode != 0:
            errors.seek(0)
            message = errors.read().decode("utf-8", "replace").strip()
            raise DatabaseToolError(f"{arguments[0]} failed ({result.returncode}): {message}")


def _pg_dump(settings_dict: dict[str, Any], target: Path) -> None:
    # Custom format: compressed, and pg_restore can restore it selectively and in any order.
    _run_pg_tool(["pg_dump", "--format=custom", f"--file={target}"], settings_dict)


def _pg_empty_public_schema(connection: BaseDatabaseWrapper) -> None:
    # pg_restore --clean drops only what the dump holds: tables added after the backup would
    # stay, and the next migrate would fail on them. A fresh schema is a truly empty target;
    # the restoring role creates, and so owns, it.
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA IF EXISTS public CASCADE")
        cursor.execute("CREATE SCHEMA public")
        # What PostgreSQL 15+ grants on a new database's public schema.
        cursor.execute("GRANT USAGE ON SCHEMA public TO PUBLIC")
    if not connection.get_autocommit():
        connection.commit()


def _pg_restore(settings_dict: dict[str, Any], source: Path) -> None:
    arguments = [
        "pg_restore",
        f"--dbname={settings_dict['NAME']}",
        # The restoring role owns everything: the original roles need not exist on the new server.
        "--no-owner",
        "--no-privileges",
        # All or nothing: a half-restored database is worse than none.
        "--single-transaction",
        "--exit-on-error",
    ]
    _run_pg_tool([*arguments, str(source)], settings_dict)


# --- SQLite ----------------------------------------------------------------------------------


def _sqlite_dump(connection: BaseDatabaseWrapper, target: Path) -> None:
    if connection.in_atomic_block:
        # The backup API waits for the source's own open write transaction, forever.
        raise DatabaseToolError("An SQLite backup cannot be made inside a transaction.")
    connection.ensure_connection()
    destination = sqlite3.connect(target)
    try:
        connection.connection.backup(destination)
        # A plain rollback-journal file: one self-contained file in the archive, no -wal beside it.
        destination.execute("PRAGMA journal_mode=DELETE")
    finally:
        destination.close()


def _sqlite_restore(connection: BaseDatabaseWrapper, source: Path) -> None:
    # Through Django's own connection, so the target keeps its settings (WAL) and any other
    # open connection sees the new content instead of a file swapped under its feet.
    connection.ensure_connection()
    origin = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        origin.backup(connection.connection)
    finally:
        origin.close()
