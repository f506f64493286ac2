"""Writes: griffie contacts (import, opt-out, bounce) and sending the outreach mailing."""

import csv
import io
import uuid
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from kennispunt.core.audit import log_action
from kennispunt.core.mail import send_templated
from kennispunt.core.text import html_to_text
from kennispunt.mailings.content import (
    UNSUBSCRIBE_PLACEHOLDER,
    RenderedMessage,
    absolute_html,
)
from kennispunt.mailings.models import Mailing
from kennispunt.mailings.services import deliveries_anonymise, mailing_create
from kennispunt.parties.models import Municipality

from .models import GriffieContact, OutreachSend, OutreachText
from .selectors import audience_key, audience_keys, live_outreach_mailing, reachable_contacts
from .structure import outreach_text_ensure


def contact_opt_out(*, contact: GriffieContact, source: str) -> bool:
    """The griffie asked not to be mailed again. True when this changed anything."""
    with transaction.atomic():
        updated = GriffieContact.objects.filter(pk=contact.pk, opted_out_at__isnull=True).update(
            opted_out_at=timezone.now()
        )
        if updated:
            log_action(contact, "griffie.opted_out", None, {"source": source})
    return bool(updated)


def contacts_mark_bounced(*, email: str, reason: str, source: str) -> int:
    """A hard bounce or complaint from the mail provider for a griffie address."""
    with transaction.atomic():
        contacts = list(GriffieContact.objects.filter(email__iexact=email))
        now = timezone.now()
        for contact in contacts:
            if reason == "complained":
                GriffieContact.objects.filter(pk=contact.pk, opted_out_at__isnull=True).update(
                    opted_out_at=now
                )
            else:
                GriffieContact.objects.filter(pk=contact.pk).update(bounced_at=now)
            log_action(contact, f"griffie.{reason}", None, {"source": source})
    return len(contacts)


def contact_erase_deliveries(*, contact_id: int) -> int:
    """Erasure: a deleted griffie contact's address also goes from the sending records."""
    return deliveries_anonymise(audiences=audience_keys(), recipient_ids=[contact_id])


# --- Import -----------------------------------------------------------------------------------


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)


def contacts_import(*, text: str, user: Any = None) -> ImportResult:
    """CSV with columns ``gemeente`` (CBS code like GM0363 or the name), ``email``, and
    optionally ``naam`` and ``notities``. Valid lines are saved, every bad line is reported."""
    result = ImportResult()
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = {"gemeente", "email"} - set(reader.fieldnames or [])
    if missing:
        result.errors.append(
            _("De eerste regel moet de kolommen %(columns)s bevatten.")
            % {"columns": "gemeente, email"}
        )
        return result
    municipalities = {m.cbs_code.upper(): m for m in Municipality.objects.all()}
    by_name = {m.name.casefold(): m for m in municipalities.values()}
    with transaction.atomic():
        for line, row in enumerate(reader, start=2):
            key = (row.get("gemeente") or "").strip()
            email = (row.get("email") or "").strip()
            municipality = municipalities.get(key.upper()) or by_name.get(key.casefold())
            if municipality is None:
                result.errors.append(
                    _("Regel %(line)s: gemeente %(name)s bestaat niet.")
                    % {"line": line, "name": repr(key)}
                )
                continue
            try:
                validate_email(email)
            except ValidationError:
                result.errors.append(
                    _("Regel %(line)s: %(email)s is geen geldig e-mailadres.")
                    % {"line": line, "email": repr(email)}
                )
                continue
            contact, created = GriffieContact.objects.update_or_create(
                municipality=municipality,
                defaults={
                    "email": email,
                    "name": (row.get("naam") or "").strip()[:100],
                    "notes": (row.get("notities") or "").strip(),
                },
            )
            if created:
                result.created += 1
            else:
                result.updated += 1
            log_action(contact, "griffie.imported", user)
    return result


# --- Sending ----------------------------------------------------------------------------------

TEST_UNSUBSCRIBE_URL = "#afmelden-voorbeeld"


def outreach_render() -> RenderedMessage:
    """The explanation as an e-mail, with the placeholder for the personal opt-out link; in
    the site language, whatever the interface language of the staff member who sends it."""
    text = outreach_text_ensure()
    context = {"text": text, "unsubscribe_url": UNSUBSCRIBE_PLACEHOLDER}
    with translation.override(settings.LANGUAGE_CODE):
        html = absolute_html(render_to_string("outreach/email.html", context))
        plain = render_to_string(
            "outreach/email.txt", {**context, "body": html_to_text(html, links=True, width=72)}
        )
    return RenderedMessage(subject=text.title, html_body=html, text_body=plain)


def outreach_send(*, province: str = "", user: Any = None) -> Mailing:
    """Schedule the outreach mailing to all reachable griffies, or those of one province.
    The mailings dispatcher sends it in batches; nobody is mailed twice by one mailing."""
    mailing, _created = outreach_send_once(key=uuid.uuid4(), province=province, user=user)
    return mailing


class OutreachBusy(Exception):
    """Another outreach mailing is still scheduled or being sent."""


def outreach_send_once(
    *, key: uuid.UUID, province: str = "", user: Any = None
) -> tuple[Mailing, bool]:
    """The confirmed send: schedule the mailing unless this ``key`` (one per confirmation
    page) was sent already. Returns the mailing and whether it was made now.

    Idempotent under double clicks and parallel requests: the explanation's single row is
    locked (``select_for_update``) for the check and the write, so a second request waits and
    then finds the first one's send; the unique key is the backstop. While another outreach
    mailing is still scheduled or being sent, ``OutreachBusy`` is raised: two overlapping
    mailings would reach the same griffies twice.
    """
    text = outreach_text_ensure()
    try:
        with transaction.atomic():
            OutreachText.objects.select_for_update().filter(pk=text.pk).first()
            done = OutreachSend.objects.filter(key=key).select_related("mailing").first()
            if done is not None:
                return done.mailing, False
            if live_outreach_mailing() is not None:
                raise OutreachBusy
            count = reachable_contacts(province).count()
            mailing = mailing_create(
                audience=audience_key(province), rendered=outreach_render(), user=user
            )
            OutreachSend.objects.create(
                key=key,
                mailing=mailing,
                province=province,
                recipient_count=count,
                created_by=user if getattr(user, "is_authenticated", False) else None,
            )
            log_action(mailing, "outreach.sent", user, {"province": province, "count": count})
    except IntegrityError:
        done = OutreachSend.objects.select_related("mailing").get(key=key)
        return done.mailing, False
    return mailing, True


def outreach_test_send(*, to: str) -> None:
    """The outreach e-mail, exactly as griffies get it, to one address (the staff member's),
    with a harmless link where the personal opt-out link goes."""
    rendered = outreach_render()
    send_templated(
        "outreach/email/test",
        [to],
        {
            "subject": rendered.subject,
            "html_body": rendered.html_body.replace(rendered.placeholder, TEST_UNSUBSCRIBE_URL),
            "text_body": rendered.text_body.replace(rendered.placeholder, TEST_UNSUBSCRIBE_URL),
        },
    )
