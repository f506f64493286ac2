"""Forum attachments meet the same hostile corpus as every upload of the site."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from kennispunt.core.tests.hostile_files import CORPUS, Sample
from kennispunt.core.uploads import EXTENSIONS, IMAGES
from kennispunt.forum.models import Attachment
from kennispunt.forum.services import ATTACHMENT_TYPES
from kennispunt_testing.world import Role

from .conftest import ForumWorld

pytestmark = pytest.mark.django_db


def login(forum: ForumWorld, role: Role) -> Client:
    client = Client()
    client.force_login(forum.world.user(role))
    return client


@pytest.mark.parametrize("sample", CORPUS, ids=str)
def test_forum_refuses_a_hostile_file_or_stores_and_serves_it_as_what_it_is(
    forum: ForumWorld, sample: Sample
) -> None:
    upload = SimpleUploadedFile(sample.filename, sample.content, content_type=sample.declared)
    response = login(forum, Role.MEMBER_B).post(
        forum.topic.get_absolute_url(),
        {"body": "Zie bijlage", "attachment": upload, "action": "post"},
    )

    if sample.detected not in ATTACHMENT_TYPES:
        assert response.status_code == 200
        page = response.content.decode()
        assert "Dit bestand is geen afbeelding (PNG, JPEG, GIF) of PDF." in page
        assert "Zie bijlage" in page  # what was typed stays
        assert not Attachment.objects.exists()
        return
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    extension = EXTENSIONS[sample.detected]
    assert attachment.content_type == sample.detected
    assert attachment.file.name.endswith(f".{extension}")
    assert attachment.name == sample.filename  # shown, never used to store or serve
    served = login(forum, Role.MEMBER_A).get(attachment.get_absolute_url())
    assert served["Content-Type"] == sample.detected
    assert served["X-Content-Type-Options"] == "nosniff"
    assert served["Content-Security-Policy"] == "default-src 'none'"
    disposition = served["Content-Disposition"]
    assert disposition.startswith("inline" if sample.detected in IMAGES else "attachment")
    assert disposition.endswith(f'.{extension}"')
    assert served.getvalue() == sample.content


def test_too_large_an_attachment_is_refused_with_its_size(forum: ForumWorld) -> None:
    upload = SimpleUploadedFile("scan.pdf", b"%PDF-1.4" + b"0" * (5 * 1024 * 1024))
    response = login(forum, Role.MEMBER_B).post(
        forum.topic.get_absolute_url(),
        {"body": "Zie bijlage", "attachment": upload, "action": "post"},
    )
    assert (
        "scan.pdf is te groot (5,0\xa0MB); het maximum is 5,0\xa0MB." in response.content.decode()
    )
    assert not Attachment.objects.exists()
