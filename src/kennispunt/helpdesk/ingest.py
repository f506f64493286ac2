"""E-mail in: the one entry point used by the IMAP poller, `manage.py helpdesk_ingest` and the
inbound webhook. The raw message is stored first, so nothing is ever lost; then it becomes a new
ticket, a reply on an existing one, or is set aside without an answer (a bounce, list mail, an
auto-reply, a mail loop, an empty mail). A bounce of one of our answers marks that answer.
"""

import logging
import re
from dataclasses import dataclass
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kennispunt.core.inbound_mail import Handled, InboundMail, dispatch

from . import selectors, services
from .mailparse import ParsedMail, parse
from .models import Channel, IngestOutcome, RawMessage, Status, Ticket, TicketMessage

logger = logging.getLogger(__name__)

_SUBJECT_TAG = re.compile(r"\[(KP-\d{4}-[2-9A-HJ-NP-Z]{6})\]")


@dataclass(frozen=True)
class IngestResult:
    outcome: str
    raw: RawMessage
    ticket: Ticket | None = None


def _own_addresses() -> set[str]:
    from email.utils import parseaddr

    own = {settings.HELPDESK_ADDRESS.lower()}
    for value in (settings.HELPDESK_FROM_EMAIL, settings.DEFAULT_FROM_EMAIL, settings.SERVER_EMAIL):
        own.add(parseaddr(value)[1].lower())
    return own


def _is_own_address(address: str) -> bool:
    local, _at, domain = address.partition("@")
    base = local.split("+", 1)[0]
    return address in _own_addresses() or f"{base}@{domain}" in _own_addresses()


def _token_from_recipients(recipients: list[str]) -> str:
    helpdesk_local, _at, helpdesk_domain = settings.HELPDESK_ADDRESS.lower().partition("@")
    for address in recipients:
        local, _at2, domain = address.partition("@")
        base, plus, token = local.partition("+")
        if plus and base == helpdesk_local and domain == helpdesk_domain and token:
            return token
    return ""


def find_ticket(parsed: ParsedMail) -> Ticket | None:
    """The ticket this mail answers: reply-address token, subject tag, then Message-ID thread.

    The token is a secret of the reply address, so it threads mail from anyone. A subject tag
    or a Message-ID is known to whoever saw a mail of the thread (a CC, a forward, a guessed
    reference): those thread only mail from someone who may see the ticket anyway."""
    ticket = None
    token = _token_from_recipients(parsed.recipients)
    if token:
        ticket = Ticket.objects.filter(token=token).first()
    if ticket is None:
        tag = _SUBJECT_TAG.search(parsed.subject)
        if tag:
            candidate = Ticket.objects.filter(reference=tag.group(1)).first()
            if candidate is not None and _may_thread(candidate, parsed.from_address):
                ticket = candidate
    if ticket is None and parsed.in_reply_to:
        messages = (
            TicketMessage.objects.filter(email_message_id__in=parsed.in_reply_to[:50])
            .select_related("ticket")
            .order_by("-created_at", "-pk")
        )
        ticket = next(
            (m.ticket for m in messages[:20] if _may_thread(m.ticket, parsed.from_address)), None
        )
    seen = set()
    while ticket is not None and ticket.merged_into_id is not None and ticket.pk not in seen:
        seen.add(ticket.pk)
        ticket = ticket.merged_into
    return ticket


def _may_thread(ticket: Ticket, address: str) -> bool:
    """The asker, a member who may read the ticket on the site, or helpdesk staff."""
    if address in _asker_addresses(ticket):
        return True
    user = _user_for(address)
    if user is None or not getattr(user, "is_active", False):
        return False
    if selectors.is_helpdesk_staff(user):
        return True
    return selectors.visible_tickets(user).filter(pk=ticket.pk).exists()


def _asker_addresses(ticket: Ticket) -> set[str]:
    addresses = {ticket.asker_email.lower()} - {""}
    if ticket.asker is not None:
        addresses.add(ticket.asker.email.lower())
    return addresses


def _user_for(address: str) -> object | None:
    found = (
        EmailAddress.objects.filter(email__iexact=address, verified=True)
        .select_related("user")
        .first()
    )
    return found.user if found is not None else None


def _too_many_from(address: str, now: object) -> bool:
    window = timezone.now() - timedelta(minutes=settings.HELPDESK_LOOP_WINDOW_MINUTES)
    recent = RawMessage.objects.filter(from_address=address, received_at__gte=window).count()
    return recent > settings.HELPDESK_LOOP_LIMIT


def _already_filed(message_id: str) -> bool:
    if not message_id:
        return False
    filed = (IngestOutcome.TICKET_CREATED, IngestOutcome.REPLY_ADDED)
    return RawMessage.objects.filter(message_id=message_id[:255], outcome__in=filed).exists()


def _store_raw(raw: bytes, channel_hint: str) -> RawMessage:
    record = RawMessage(size=len(raw), channel_hint=channel_hint[:20])
    record.file.save("message.eml", ContentFile(raw), save=False)
    record.save()
    return record


def _finish(
    record: RawMessage, outcome: str, note: str = "", ticket: Ticket | None = None
) -> IngestResult:
    record.outcome = outcome
    record.note = note[:2000]
    record.ticket = ticket
    record.save(update_fields=["outcome", "note", "ticket"])
    return IngestResult(outcome=outcome, raw=record, ticket=ticket)


def ingest_message(raw: bytes, *, channel_hint: str = "imap") -> IngestResult:
    """Turn one raw RFC 5322 message into a ticket or a reply. Never raises on bad mail."""
    record = _store_raw(raw, channel_hint)
    if len(raw) > settings.HELPDESK_MAX_MESSAGE_BYTES:
        return _finish(record, IngestOutcome.REJECTED, "message larger than the maximum")
    parsed = parse(raw)
    record.from_address = parsed.from_address[:255]
    record.message_id = parsed.message_id[:255]
    record.save(update_fields=["from_address", "message_id"])
    # Bounces first: they often come from a sender without a domain ("MAILER-DAEMON").
    if parsed.kind == "bounce":
        return _bounce(record, parsed)
    if not parsed.from_address or "@" not in parsed.from_address:
        return _finish(record, IngestOutcome.REJECTED, "no sender address")
    if _is_own_address(parsed.from_address) or "X-Kennispunt-Ticket" in parsed.headers:
        logger.warning("helpdesk: mail loop suspected, message %s set aside", record.pk)
        return _finish(record, IngestOutcome.LOOP, "own address or own header")
    if parsed.kind == "list":  # a busy list is not a loop: checked before the count
        return _finish(record, IngestOutcome.LIST, "mailing-list headers")
    if _too_many_from(parsed.from_address, record.received_at):
        logger.warning("helpdesk: mail loop suspected, message %s set aside", record.pk)
        return _finish(record, IngestOutcome.LOOP, "too many messages")
    if parsed.kind == "auto_reply":
        return _finish(record, IngestOutcome.AUTO_REPLY, "auto-reply headers")
    if _already_filed(parsed.message_id):
        return _finish(record, IngestOutcome.DUPLICATE, "same Message-ID already filed")
    try:
        with transaction.atomic():
            handled = _offer(parsed)
            if handled is not None:
                outcome = IngestOutcome.REPLY_ADDED if handled.accepted else IngestOutcome.REJECTED
                return _finish(record, outcome, handled.note)
            return _file(record, parsed)
    except IntegrityError:
        # Another process filed the same mail a moment ago (the constraint on RawMessage).
        return _finish(record, IngestOutcome.DUPLICATE, "same Message-ID already filed")
    except Exception as exc:  # keep the raw message and tell the operators
        logger.exception("helpdesk: could not file message %s", record.pk)
        return _finish(record, IngestOutcome.REJECTED, f"error: {exc.__class__.__name__}")


def _offer(parsed: ParsedMail) -> Handled | None:
    """Another feature's reply address (a forum notification's) claims its own mail."""
    if parsed.undecodable:
        return None
    return dispatch(
        InboundMail(
            from_address=parsed.from_address,
            recipients=parsed.recipients,
            subject=parsed.subject,
            body=parsed.body,
            message_id=parsed.message_id,
        )
    )


def _bounce(record: RawMessage, parsed: ParsedMail) -> IngestResult:
    """Never answered. A failure report on one of our answers marks that answer for staff."""
    bounce = parsed.bounce
    if bounce is None or not bounce.failed:
        return _finish(record, IngestOutcome.BOUNCE, "delivery delayed, not failed")
    try:
        ticket = services.answer_bounced(message_ids=bounce.message_ids, reason=bounce.reason)
    except Exception:  # the bounce stays stored and set aside; the operators hear of it
        logger.exception("helpdesk: could not read bounce %s", record.pk)
        ticket = None
    return _finish(record, IngestOutcome.BOUNCE, bounce.reason or "delivery failed", ticket)


def _file(record: RawMessage, parsed: ParsedMail) -> IngestResult:
    files = [services.NewFile(a.filename, a.content) for a in parsed.attachments]
    ticket = find_ticket(parsed)
    subject = _SUBJECT_TAG.sub("", parsed.subject).strip()
    if not (parsed.body or files or parsed.undecodable) and (ticket is not None or not subject):
        # Nothing to read: a new question needs at least a subject, a reply needs more.
        return _finish(record, IngestOutcome.EMPTY, "no text and no attachments", ticket)
    if parsed.undecodable:
        body = _(
            "(De tekst van dit bericht kon niet worden gelezen: de tekenset is onbekend of het "
            "bericht is beschadigd. Het originele bericht is bewaard.)"
        )
    else:
        body = parsed.body or _("(Dit bericht had geen tekst.)")
    if ticket is not None and ticket.status != Status.CLOSED:
        _message, refused = services.ticket_asker_reply(
            ticket=ticket,
            body=body,
            channel=Channel.EMAIL,
            user=_user_for(parsed.from_address),
            from_email=parsed.from_address,
            files=files,
            email_message_id=parsed.message_id,
            raw_message=record,
        )
        return _finish(record, IngestOutcome.REPLY_ADDED, "; ".join(refused), ticket)
    user = _user_for(parsed.from_address)
    subject = subject or _("(geen onderwerp)")
    if ticket is not None:  # a reply to a closed ticket starts a new one that points back
        body = _("Vervolg op %(reference)s.") % {"reference": ticket.reference} + "\n\n" + body
    new = services.ticket_create(
        subject=subject,
        body=body,
        channel=Channel.EMAIL,
        asker=user,
        asker_email=parsed.from_address,
        asker_name=parsed.from_name,
        files=files,
        email_message_id=parsed.message_id,
        raw_message=record,
    )
    note = "; ".join(parsed.problems)
    return _finish(record, IngestOutcome.TICKET_CREATED, note, new)
