"""Wagtail's admin speaks to our staff with "u", like the rest of the Kennispunt.

Wagtail's own Dutch catalogues say "je/jij/jouw". Every such entry has an override in
locale/overrides/nl (first in LOCALE_PATHS). These tests read the installed Wagtail catalogues
themselves, so a Wagtail upgrade that adds or changes an informal string fails here until the
override is written.
"""

import ast
import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils import translation

INFORMAL = re.compile(r"\b(?:je|jij|jou|jouw|jouwe|jezelf|jullie)\b", re.IGNORECASE)
OVERRIDES = Path(settings.PACKAGE_DIR) / "locale" / "overrides" / "nl" / "LC_MESSAGES" / "django.po"
_KEYWORD = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) (".*")$')


@dataclass(frozen=True)
class Entry:
    source: str
    context: str | None
    msgid: str
    plural: str | None
    msgstrs: tuple[str, ...]
    fuzzy: bool

    def served_in_dutch(self) -> list[str]:
        """What Django gives for this entry in Dutch: one text, or one per plural form."""
        with translation.override("nl"):
            if self.plural is None:
                if self.context is None:
                    return [translation.gettext(self.msgid)]
                return [translation.pgettext(self.context, self.msgid)]
            if self.context is None:
                return [translation.ngettext(self.msgid, self.plural, n) for n in (1, 2)]
            return [translation.npgettext(self.context, self.msgid, self.plural, n) for n in (1, 2)]


def read_po(path: Path, source: str) -> list[Entry]:
    entries: list[Entry] = []
    fields: dict[str, str] = {}
    flags: set[str] = set()
    last = ""

    def finish() -> None:
        if fields.get("msgid"):  # the header has an empty msgid
            msgstrs = tuple(value for key, value in fields.items() if key.startswith("msgstr"))
            entries.append(
                Entry(
                    source=source,
                    context=fields.get("msgctxt"),
                    msgid=fields["msgid"],
                    plural=fields.get("msgid_plural"),
                    msgstrs=msgstrs,
                    fuzzy="fuzzy" in flags,
                )
            )
        fields.clear()
        flags.clear()

    def has_msgstr() -> bool:
        return any(key.startswith("msgstr") for key in fields)

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith('"'):
            fields[last] += str(ast.literal_eval(line))
            continue
        match = _KEYWORD.match(line)
        if match:
            key, value = match.groups()
            if key in ("msgctxt", "msgid") and has_msgstr():
                finish()
            fields[key] = str(ast.literal_eval(value))
            last = key
            continue
        # A blank line, a comment or an obsolete (#~) entry ends the entry before it.
        if has_msgstr():
            finish()
        if line.startswith("#,"):
            flags.update(flag.strip() for flag in line[2:].split(","))
    finish()
    return entries


def wagtail_catalogues() -> dict[str, Path]:
    """Every Dutch catalogue in the installed wagtail package, by path ("wagtail/admin/...")."""
    spec = importlib.util.find_spec("wagtail")
    assert spec is not None and spec.submodule_search_locations
    return {
        po.relative_to(Path(location).parent).as_posix(): po
        for location in spec.submodule_search_locations
        for po in sorted(Path(location).glob("**/locale/nl/LC_MESSAGES/django.po"))
    }


def informal_wagtail_entries() -> list[Entry]:
    """Entries Django would serve from Wagtail's Dutch (not fuzzy) that say je/jij/jouw."""
    found = []
    for source, po in wagtail_catalogues().items():
        for entry in read_po(po, source):
            if not entry.fuzzy and any(INFORMAL.search(text) for text in entry.msgstrs):
                found.append(entry)
    return found


def test_wagtail_catalogues_are_found_and_read() -> None:
    sources = wagtail_catalogues()
    assert "wagtail/admin/locale/nl/LC_MESSAGES/django.po" in sources
    assert "wagtail/users/locale/nl/LC_MESSAGES/django.po" in sources
    # The parser really reads them: Wagtail 8.0 had 154 distinct informal msgids.
    assert len({entry.msgid for entry in informal_wagtail_entries()}) > 100


def test_django_serves_wagtail_strings_in_the_formal_u_form() -> None:
    still_informal = []
    for entry in informal_wagtail_entries():
        for served in entry.served_in_dutch():
            # Without an override Django serves Wagtail's Dutch (installed apps) or the
            # English msgid (apps we do not install): both mean the override is missing.
            if INFORMAL.search(served) or served in (entry.msgid, entry.plural):
                still_informal.append(f"{entry.source}: {entry.msgid!r} -> {served!r}")
    assert not still_informal, "\n".join(still_informal)


def test_no_override_uses_an_informal_form() -> None:
    entries = read_po(OVERRIDES, "overrides")
    assert len(entries) > 150
    informal = [
        f"{entry.msgid!r} -> {text!r}"
        for entry in entries
        for text in entry.msgstrs
        if INFORMAL.search(text)
    ]
    assert not informal, "\n".join(informal)
