"""Demo content: griffie contacts for the demo municipalities and one sent outreach mailing."""

from datetime import timedelta

from django.utils import timezone
from django.utils.text import slugify

from kennispunt.newsletter import sending
from kennispunt.newsletter.models import Delivery, DeliveryStatus, Mailing, MailingStatus
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
    if Mailing.objects.filter(audience=AUDIENCE_ALL).exists():
        return
    # Recorded as sent three weeks ago, without mailing the demo addresses now.
    sent_at = timezone.now() - timedelta(days=21)
    mailing = sending.mailing_create(
        audience=AUDIENCE_ALL, rendered=outreach_render(), scheduled_at=sent_at
    )
    Mailing.objects.filter(pk=mailing.pk).update(
        status=MailingStatus.DONE, started_at=sent_at, finished_at=sent_at
    )
    Delivery.objects.bulk_create(
        Delivery(
            mailing=mailing,
            recipient_id=pk,
            email=email,
            status=DeliveryStatus.SENT,
            sent_at=sent_at,
        )
        for pk, email in reachable_contacts().values_list("pk", "email")
    )
