"""Our Dutch wins over the packages' Dutch, and every override we keep still applies."""

import gettext
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import trans_real

# The compiled file: bin/check_translations (CI) fails when it differs from its .po.
OVERRIDES = Path(settings.PACKAGE_DIR) / "locale" / "overrides" / "nl" / "LC_MESSAGES" / "django.mo"


def _override_entries() -> dict[object, str]:
    with OVERRIDES.open("rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)._catalog  # type: ignore[attr-defined]
    return {key: value for key, value in catalogue.items() if key != ""}


def test_every_override_is_what_django_serves_in_dutch() -> None:
    entries = _override_entries()
    assert len(entries) > 50
    # Django merges every catalogue of a language into one; a key is a msgid, or
    # (msgid, plural index), with "context\x04" in front for msgctxt.
    merged = trans_real.translation("nl")._catalog  # type: ignore[attr-defined]
    for key, expected in entries.items():
        assert merged[key] == expected, key


@pytest.mark.parametrize(
    "english, forbidden",
    [
        ("You cannot remove your primary email address.", ("je ", "jouw")),
    ],
)
def test_allauth_speaks_with_u(english: str, forbidden: tuple[str, ...]) -> None:
    with translation.override("nl"):
        dutch = translation.gettext(english)
    assert dutch != english
    assert not any(word in dutch for word in forbidden)
