"""The embedded default serves uploaded images itself, but never documents or attachments.

Documents (collection privacy) and forum attachments (members only) live in MEDIA_ROOT too;
fetching them by their file path would skip the views that check who may download them.
"""

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings


@pytest.fixture
def media_files() -> Iterator[dict[str, str]]:
    name = f"test-{uuid.uuid4().hex}.txt"
    made = []
    urls = {}
    for folder in ("images", "original_images", "documents", "forum/2026/11"):
        path = Path(settings.MEDIA_ROOT) / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("inhoud")
        made.append(path)
        urls[folder] = f"/media/{folder}/{name}"
    yield urls
    for path in made:
        path.unlink()


@pytest.mark.django_db
def test_only_images_are_served_from_media(client, media_files: dict[str, str]) -> None:
    assert client.get(media_files["images"]).status_code == 200
    assert client.get(media_files["original_images"]).status_code == 200
    assert client.get(media_files["documents"]).status_code == 404
    assert client.get(media_files["forum/2026/11"]).status_code == 404
