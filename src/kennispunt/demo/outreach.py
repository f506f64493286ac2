"""Demo content: griffie contacts for the demo municipalities and one sent outreach mailing."""

from datetime import timedelta

from django.utils import timezone
from django.utils.text import slugify

from kennispunt.mailings.selectors import mailings_for
from kennispunt.mailings.services import mailing_record_sent
from kennispunt.outreach.models import GriffieContact
from kennispunt.outreach.selectors import AUDIENCE_ALL, reachable_contacts
from kennispunt.outreach.services import outreach_render
from kennispunt.outreach.structure import outreach_text_ensure
from kennispunt.parties.models import Municipality

from .people import DEMO_DOMAIN


def build_outreach() -> None:
    outreach_text_ensure()
    for municipality in Municipality.objects.filter(parties__isnull=False).distinct():
        GriffieContact.objects.get_or_create(
            municipality=municipality,
            defaults={
                "email": f"griffie@{slugify(municipality.name)}.{DEMO_DOMAIN}",
                "notes": "Demo-adres.",
            },
        )
    if mailings_for(audiences=[AUDIENCE_ALL]).exists():
        return
    # Recorded as sent three weeks ago, without mailing the demo addresses now.
    mailing_record_sent(
        audience=AUDIENCE_ALL,
        rendered=outreach_render(),
        sent_at=timezone.now() - timedelta(days=21),
        recipients=reachable_contacts().values_list("pk", "email"),
    )
