"""Messages stored whole before bodies were cut: keep their full text as an attachment and
leave the first part in the body, as services.ticket_create does for new ones."""

from django.core.files.base import ContentFile
from django.db import migrations
from django.db.models.functions import Length

MAX_BODY_CHARS = 100_000
FILENAME = "volledige-tekst.txt"
NOTE = "[Dit bericht is ingekort. De volledige tekst staat in de bijlage volledige-tekst.txt.]"


def cut_long_bodies(apps, schema_editor):
    TicketMessage = apps.get_model("helpdesk", "TicketMessage")
    Attachment = apps.get_model("helpdesk", "Attachment")
    long_ones = (
        TicketMessage.objects.annotate(chars=Length("body"))
        .filter(chars__gt=MAX_BODY_CHARS)
        .values_list("pk", flat=True)
    )
    for pk in list(long_ones):
        message = TicketMessage.objects.get(pk=pk)
        text = message.body
        content = text.encode("utf-8")
        attachment = Attachment(
            message=message, filename=FILENAME, content_type="text/plain", size=len(content)
        )
        attachment.file.save(FILENAME, ContentFile(content), save=False)
        attachment.save()
        cut = text.rfind("\n", 0, MAX_BODY_CHARS)
        if cut < MAX_BODY_CHARS // 2:
            cut = MAX_BODY_CHARS
        message.body = f"{text[:cut].rstrip()}\n\n{NOTE}"
        message.save(update_fields=["body"])


class Migration(migrations.Migration):
    dependencies = [("helpdesk", "0003_message_undeliverable_and_new_ingest_outcomes")]

    operations = [migrations.RunPython(cut_long_bodies, migrations.RunPython.noop)]
