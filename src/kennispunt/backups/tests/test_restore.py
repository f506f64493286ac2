"""The restore drill, automated: back up a site with real content, restore it into a brand-new
empty database and empty folders, and check the restored site serves the same pages."""

import json
import os
import secrets
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from psycopg import sql

from kennispunt.accounts.services import staff_groups_sync
from kennispunt.backups import database
from kennispunt.backups.manifest import MANIFEST_NAME
from kennispunt.helpdesk import services as helpdesk
from kennispunt.helpdesk.models import Attachment, Channel, Ticket
from kennispunt_testing.knowledge import KB
from kennispunt_testing.requirements import require
from kennispunt_testing.world import Role, World, build_world

from .site_snapshot import Page, snapshot

PDF = b"%PDF-1.4\n%backup test\n"
ROOT = Path(settings.BASE_DIR)


@pytest.fixture(autouse=True)
def site_folders(settings, tmp_path: Path) -> dict[str, Path]:
    """Media and helpdesk files of the original site, in folders of this test alone."""
    folders = {"media": tmp_path / "site" / "media", "private": tmp_path / "site" / "private"}
    settings.MEDIA_ROOT = folders["media"]
    settings.HELPDESK_PRIVATE_ROOT = folders["private"]
    return folders


@contextmanager
def empty_database() -> Iterator[str]:
    """A DATABASE_URL for a brand-new database of the engine the tests run on; dropped after."""
    if connection.vendor == "sqlite":
        # A new file in a fresh temporary folder: empty by construction.
        with tempfile.TemporaryDirectory(prefix="kennispunt-restore-") as folder:
            yield f"sqlite:///{Path(folder) / 'restored.sqlite3'}"
        return
    require(
        database.pg_tools_available(),
        "pg_dump/pg_restore not installed (apt-get install postgresql-client)",
    )
    name = f"kennispunt_restore_{secrets.token_hex(6)}"
    params = connection.settings_dict
    admin = psycopg.connect(
        dbname="postgres",
        host=params["HOST"] or None,
        port=params["PORT"] or None,
        user=params["USER"] or None,
        password=params["PASSWORD"] or None,
        autocommit=True,
    )
    try:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        url = (
            f"postgres://{params['USER']}:{params['PASSWORD'] or ''}@{params['HOST']}:"
            f"{params['PORT'] or 5432}/{name}"
        )
        yield url
    finally:
        admin.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        admin.close()


def site_env(database_url: str, media: Path, private: Path, var: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    return {
        **env,
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media),
        "HELPDESK_PRIVATE_ROOT": str(private),
        "KENNISPUNT_VAR_DIR": str(var),
        "PYTHONPATH": str(ROOT / "src"),
    }


def run(arguments: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own interpreter and scripts
        [sys.executable, *arguments], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def content(kb: KB, world: World) -> tuple[Ticket, list[Page]]:
    """A published article with a downloadable document, a party with a member, and a helpdesk
    question with an attachment; the pages that show them."""
    ticket = helpdesk.ticket_create(
        subject="Hoe organiseren we een ledenvergadering?",
        body="Wij willen weten wat er in de statuten moet staan.",
        channel=Channel.WEB,
        asker=world.user(Role.MEMBER_A),
        party=world.party_a,
        files=[helpdesk.NewFile("agenda.pdf", PDF)],
    )
    member = world.user(Role.MEMBER_A).email
    attachment = Attachment.objects.get(message__ticket=ticket)
    pages: list[Page] = [
        ("/", None),
        (kb.article.url, None),
        (kb.document.url, None),
        (world.party_a.get_absolute_url(), None),
        (ticket.get_absolute_url(), member),
        (f"/helpdesk/bijlage/{attachment.public_id}/", member),
    ]
    return ticket, pages


@pytest.mark.django_db(transaction=True)
def test_a_backup_restores_into_an_empty_database_and_serves_the_same_pages(
    kb: KB, site_folders: dict[str, Path], tmp_path: Path
) -> None:
    staff_groups_sync()  # a transactional test before this one may have flushed them
    ticket, pages = content(kb, build_world())
    original = snapshot(pages)
    assert [status for status, *_ in original.values()] == [200] * len(pages), original
    attachment_file = Path(Attachment.objects.get(message__ticket=ticket).file.path)
    assert attachment_file.is_relative_to(site_folders["private"])

    call_command("backup", output_dir=tmp_path / "backups", verbosity=0)
    [archive] = (tmp_path / "backups").iterdir()
    assert archive.stat().st_mode & 0o777 == 0o600  # personal data: for the owner only
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile(MANIFEST_NAME))  # type: ignore[arg-type]
    assert manifest["database"]["engine"] == connection.vendor
    assert manifest["migrations"]["helpdesk"].startswith("0")
    assert manifest["parts"]["media"]["files"] >= 1  # the document
    assert manifest["parts"]["helpdesk_private"]["files"] >= 1  # attachment (and raw mail)

    restored = {name: tmp_path / "restored" / name for name in ("media", "private", "var")}
    with empty_database() as database_url:
        env = site_env(database_url, restored["media"], restored["private"], restored["var"])
        restore = run(
            ["manage.py", "restore", str(archive), "--yes"],
            {**env, "DJANGO_SETTINGS_MODULE": "kennispunt.settings"},
        )
        assert restore.returncode == 0, restore.stderr
        assert (restored["private"] / attachment_file.relative_to(site_folders["private"])).exists()

        check = run(
            ["-m", "kennispunt.backups.tests.site_snapshot", json.dumps(pages)],
            {
                **env,
                "DJANGO_SETTINGS_MODULE": "kennispunt.settings.test",
                "SNAPSHOT_HELPDESK_PRIVATE_ROOT": str(restored["private"]),
            },
        )
        assert check.returncode == 0, check.stderr
        assert json.loads(check.stdout) == original
