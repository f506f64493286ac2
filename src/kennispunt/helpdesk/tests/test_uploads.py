"""Helpdesk attachments, by web form and by e-mail, meet the same hostile corpus as every
upload of the site."""

from email.message import EmailMessage

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kennispunt.core.tests.hostile_files import CORPUS, Sample
from kennispunt.core.uploads import EXTENSIONS
from kennispunt.helpdesk.ingest import ingest_message
from kennispunt.helpdesk.models import Attachment, Kind, Ticket
from kennispunt.helpdesk.uploads import ALLOWED_TYPES
from kennispunt_testing.access import client_for
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db

REFUSED = "heeft een bestandstype dat we niet aannemen"


def assert_stored_and_served_as_detected(world: World, sample: Sample) -> None:
    attachment = Attachment.objects.get()
    extension = EXTENSIONS[sample.detected]
    assert attachment.content_type == sample.detected
    assert attachment.file.name.endswith(f".{extension}")
    assert attachment.filename == sample.filename  # shown, never used to store or serve
    url = reverse("helpdesk:attachment", kwargs={"public_id": attachment.public_id})
    served = client_for(world, Role.HELPDESKMEDEWERKER).get(url)
    content_type = served["Content-Type"].split(";")[0]
    assert content_type == sample.detected
    assert served["X-Content-Type-Options"] == "nosniff"
    assert served["Content-Security-Policy"] == "default-src 'none'"
    assert served["Content-Disposition"].startswith("attachment")
    assert served["Content-Disposition"].endswith(f'.{extension}"')
    assert served.getvalue() == sample.content


@pytest.mark.parametrize("sample", CORPUS, ids=str)
def test_web_form_refuses_a_hostile_file_or_stores_it_as_what_it_is(
    world: World, sample: Sample, committed
) -> None:
    upload = SimpleUploadedFile(sample.filename, sample.content, content_type=sample.declared)
    response = committed(
        client_for(world, Role.MEMBER_A).post,
        "/helpdesk/vraag-stellen/",
        {
            "onderwerp": "Bijlage",
            "body": "Zie de bijlage",
            "party": world.party_a.pk,
            "attachments": [upload],
        },
    )

    if sample.detected not in ALLOWED_TYPES:
        assert response.status_code == 200
        page = response.content.decode()
        assert REFUSED in page and "Zie de bijlage" in page
        assert not Ticket.objects.exists() and not Attachment.objects.exists()
        return
    assert response.status_code == 302
    assert_stored_and_served_as_detected(world, sample)


@pytest.mark.parametrize("sample", CORPUS, ids=str)
def test_mail_refuses_a_hostile_attachment_or_stores_it_as_what_it_is(
    world: World, sample: Sample, committed
) -> None:
    message = EmailMessage()
    message["From"] = "afzender@example.org"
    message["To"] = "helpdesk@kennispunt.nl"
    message["Subject"] = "Bijlage"
    message["Message-ID"] = f"<{sample.label}@example.org>"
    message.set_content("Zie de bijlage.")
    maintype, subtype = sample.declared.split("/")
    message.add_attachment(
        sample.content, maintype=maintype, subtype=subtype, filename=sample.filename
    )

    result = committed(ingest_message, message.as_bytes())

    assert result.ticket is not None
    if sample.detected not in ALLOWED_TYPES:
        assert not Attachment.objects.exists()
        note = result.ticket.messages.get(kind=Kind.SYSTEM)
        assert f"{sample.filename} {REFUSED}" in note.body
        return
    assert not result.ticket.messages.filter(kind=Kind.SYSTEM).exists()
    assert_stored_and_served_as_detected(world, sample)
