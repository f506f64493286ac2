"""Serve a chosen few files from npm packages as static files, without a front-end build.

Only the files named in ``settings.NPM_STATIC_FILES`` are exposed: the packages also ship
sources and variants (one of which points at an image the package lacks) that we never serve.
"""

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal, overload

from django.conf import settings
from django.contrib.staticfiles.finders import BaseFinder
from django.core.checks import CheckMessage, Error
from django.core.files.storage import FileSystemStorage


class NpmFinder(BaseFinder):
    def _files(self) -> dict[str, Path]:
        root = Path(settings.NODE_MODULES_DIR)
        return {path: root / source for path, source in settings.NPM_STATIC_FILES.items()}

    def check(self, **kwargs: Any) -> list[CheckMessage]:
        return [
            Error(
                f"Static file {path} is missing: {source} not found.",
                hint="Run `npm ci` (bin/setup does this).",
                id="kennispunt.E001",
            )
            for path, source in self._files().items()
            if not source.is_file()
        ]

    @overload
    def find(self, path: str, find_all: Literal[False] = False) -> str | None: ...
    @overload
    def find(self, path: str, find_all: Literal[True]) -> list[str]: ...
    def find(self, path: str, find_all: bool = False) -> str | list[str] | None:
        source = self._files().get(path)
        found = str(source) if source is not None and source.is_file() else None
        if find_all:
            return [found] if found else []
        return found

    def list(
        self, ignore_patterns: Iterable[str] | None
    ) -> Iterator[tuple[str, FileSystemStorage]]:
        for path, source in self._files().items():
            if source.is_file():
                # A storage rooted at the file's folder, with the static path as its prefix.
                storage = FileSystemStorage(location=str(source.parent))
                storage.prefix = str(Path(path).parent)  # type: ignore[attr-defined]
                yield source.name, storage
