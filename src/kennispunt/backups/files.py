"""Folders of uploaded files packed into, and unpacked from, tar parts of a backup."""

import hashlib
import os
import shutil
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class PackedFolder:
    files: int
    bytes: int


def pack_folder(folder: Path, target: Path) -> PackedFolder:
    """Write every file under ``folder`` into the gzipped tar ``target`` (streamed file by file).

    A missing folder packs as an empty tar: a fresh site has no uploads yet."""
    files = size = 0
    with tarfile.open(target, "w:gz") as archive:
        if folder.is_dir():
            for path in sorted(_files_under(folder)):
                archive.add(path, arcname=path.relative_to(folder).as_posix(), recursive=False)
                files += 1
                size += path.stat().st_size
    return PackedFolder(files=files, bytes=size)


def unpack_folder(source: IO[bytes], folder: Path) -> int:
    """Extract a tar made by ``pack_folder`` into ``folder``; returns the number of files."""
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    # Stream mode ("r|gz") reads the part once, front to back, without seeking.
    with tarfile.open(fileobj=source, mode="r|gz") as archive:
        for member in archive:
            # The "data" filter refuses absolute paths, "..", links out of the folder and
            # device files, and drops set-uid bits: an archive cannot write outside ``folder``.
            archive.extract(member, folder, filter="data")
            count += member.isfile()
    return count


def empty_folder(folder: Path) -> None:
    """Delete everything inside ``folder`` (not the folder itself: it keeps owner and mode)."""
    if not folder.is_dir():
        return
    for child in folder.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()


def folder_has_files(folder: Path) -> bool:
    return folder.is_dir() and next(_files_under(folder), None) is not None


def _files_under(folder: Path) -> Iterator[Path]:
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            if path.is_file() and not path.is_symlink():
                yield path


def sha256_of(stream: IO[bytes]) -> str:
    digest = hashlib.sha256()
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def sha256_of_file(path: Path) -> str:
    with path.open("rb") as stream:
        return sha256_of(stream)
