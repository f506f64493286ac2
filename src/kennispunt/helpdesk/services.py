"""Changes to helpdesk tickets. Views, the e-mail ingest, commands and tasks all come here."""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from kennispunt.core.audit import log_action
from kennispunt.core.uploads import stored_name
from kennispunt.parties.eligibility import eligible_parties

from . import emails, selectors, sla
from .models import (
    OPEN_STATUSES,
    AgentPreference,
    Attachment,
    CannedAnswer,
    Channel,
    Kind,
    RawMessage,
    Status,
    Ticket,
    TicketMessage,
    new_reference,
)
from .uploads import attachment_check


@dataclass(frozen=True)
class NewFile:
    filename: str
    content: bytes


def _save_attachments(message: TicketMessage, files: Iterable[NewFile]) -> list[str]:
    """Store the acceptable files; returns the Dutch reasons for those refused."""
    refused = []
    for new in files:
        checked = attachment_check(filename=new.filename, content=new.content)
        if checked.problem:
            refused.append(checked.problem)
            continue
        attachment = Attachment(
            message=message,
            filename=new.filename,
            content_type=checked.content_type,
            size=len(new.content),
        )
        # The stored file gets the extension of what it is; its own name is only shown.
        name = stored_name(checked.content_type)
        attachment.file.save(name, ContentFile(new.content), save=False)
        attachment.save()
    return refused


def _save_attachments_or_note(
    ticket: Ticket, message: TicketMessage, files: Iterable[NewFile]
) -> list[str]:
    """Mail and web uploads from askers: refused files leave a note for staff on the ticket."""
    refused = _save_attachments(message, files)
    if refused:
        _system_note(ticket, "\n".join([_("Bijlagen niet opgeslagen:"), *refused]))
    return refused


# Longer messages (a pasted report, a mail with a whole document as text) are cut to this for
# the pages; the whole text is kept as an attachment, and the raw e-mail stays as received.
MAX_BODY_CHARS = 100_000
FULL_TEXT_FILENAME = "volledige-tekst.txt"


def _shorten(body: str) -> tuple[str, str]:
    """The body the pages show, and the whole text when it had to be cut ("" when not)."""
    body = body.strip()
    if len(body) <= MAX_BODY_CHARS:
        return body, ""
    cut = body.rfind("\n", 0, MAX_BODY_CHARS)
    if cut < MAX_BODY_CHARS // 2:
        cut = MAX_BODY_CHARS
    note = _(
        "[Dit bericht is ingekort. De volledige tekst (%(size)s) staat in de bijlage %(name)s.]"
    ) % {"size": filesizeformat(len(body.encode())), "name": FULL_TEXT_FILENAME}
    return f"{body[:cut].rstrip()}\n\n{note}", body


def _save_full_text(message: TicketMessage, text: str) -> None:
    """Our own copy of the text, so the attachment checks for uploads do not apply."""
    content = text.encode("utf-8")
    attachment = Attachment(
        message=message, filename=FULL_TEXT_FILENAME, content_type="text/plain", size=len(content)
    )
    attachment.file.save(FULL_TEXT_FILENAME, ContentFile(content), save=False)
    attachment.save()


def _system_note(ticket: Ticket, text: str) -> TicketMessage:
    return TicketMessage.objects.create(
        ticket=ticket, kind=Kind.SYSTEM, channel=ticket.channel, body=text
    )


def asker_party(user: Any) -> Any:
    """The party a ticket of ``user`` belongs to when they did not choose: their only one."""
    parties = list(eligible_parties(user)[:2])
    return parties[0] if len(parties) == 1 else None


@transaction.atomic
def ticket_create(
    *,
    subject: str,
    body: str,
    channel: str,
    asker: Any = None,
    asker_email: str = "",
    asker_name: str = "",
    party: Any = None,
    theme: Any = None,
    files: Sequence[NewFile] = (),
    author: Any = None,
    email_message_id: str = "",
    raw_message: RawMessage | None = None,
    acknowledge: bool = True,
    notify_agents: bool = True,
    now: datetime | None = None,
) -> Ticket:
    """A new ticket with its first message. ``author`` is the staff member logging a call.
    ``acknowledge``: mail the asker; ``notify_agents``: mail the agents who want to hear of it
    (both off for demo content)."""
    now = now or timezone.now()
    eligible_ids: set[int] = set()
    if asker is not None:
        eligible_ids = set(eligible_parties(asker).values_list("pk", flat=True))
        if party is None and len(eligible_ids) == 1:
            party = asker_party(asker)
        asker_email = asker_email or asker.email
    if party is not None and asker is not None and party.pk not in eligible_ids:
        raise ValidationError(_("U bent geen bevestigd lid van deze partij."))
    first_due, resolution_due = sla.due_dates(now)
    reference = new_reference()
    while Ticket.objects.filter(reference=reference).exists():  # rare, but never fail on it
        reference = new_reference()
    ticket = Ticket.objects.create(
        reference=reference,
        subject=subject.strip()[:200] or _("(geen onderwerp)"),
        asker=asker,
        asker_email=asker_email.lower(),
        asker_name=asker_name[:150],
        asker_eligible=party is not None and party.pk in eligible_ids,
        party=party,
        theme=theme,
        channel=channel,
        created_at=now,
        first_response_due=first_due,
        resolution_due=resolution_due,
    )
    body, full_text = _shorten(body)
    message = TicketMessage.objects.create(
        ticket=ticket,
        kind=Kind.PHONE if channel == Channel.PHONE else Kind.QUESTION,
        channel=channel,
        author=author or asker,
        from_email=asker_email.lower(),
        body=body,
        created_at=now,
        email_message_id=email_message_id,
        raw_message=raw_message,
    )
    if full_text:
        _save_full_text(message, full_text)
    _save_attachments_or_note(ticket, message, files)
    log_action(ticket, "helpdesk.ticket_created", user=author or asker, data={"channel": channel})
    if acknowledge and channel != Channel.PHONE:
        emails.send_acknowledgement(ticket)
    if notify_agents:
        _notify_agents(ticket, "new", exclude=author)
    return ticket


def _notify_agents(ticket: Ticket, event: str, *, exclude: Any = None) -> None:
    """E-mail the agents who want to hear of a new or reopened ticket: for a reopened one the
    agent it is assigned to, else every agent who wants it. Never the agent who acted."""
    wanting = "notify_new_tickets" if event == "new" else "notify_reopened_tickets"
    recipients = selectors.agents(wanting=wanting)
    if event == "reopened" and ticket.assignee_id is not None:
        recipients = recipients.filter(pk=ticket.assignee_id)
    if exclude is not None:
        recipients = recipients.exclude(pk=exclude.pk)
    emails.send_agent_notice(ticket, event, list(recipients))


@transaction.atomic
def ticket_asker_reply(
    *,
    ticket: Ticket,
    body: str,
    channel: str,
    user: Any = None,
    from_email: str = "",
    files: Sequence[NewFile] = (),
    email_message_id: str = "",
    raw_message: RawMessage | None = None,
) -> tuple[TicketMessage, list[str]]:
    """The asker (or someone on their side) adds to the ticket; it goes back to the queue."""
    body, full_text = _shorten(body)
    message = TicketMessage.objects.create(
        ticket=ticket,
        kind=Kind.QUESTION,
        channel=channel,
        author=user,
        from_email=from_email.lower() or (user.email if user is not None else ""),
        body=body,
        email_message_id=email_message_id,
        raw_message=raw_message,
    )
    if full_text:
        _save_full_text(message, full_text)
    refused = _save_attachments_or_note(ticket, message, files)
    reopened = ticket.status in (Status.WAITING, Status.SOLVED)
    if reopened:
        ticket.status = Status.OPEN
        ticket.waiting_since = None
        ticket.save(update_fields=["status", "waiting_since", "updated_at"])
    log_action(ticket, "helpdesk.asker_replied", user=user, data={"channel": channel})
    if reopened:
        _notify_agents(ticket, "reopened")
    return message, refused


@transaction.atomic
def ticket_reply(
    *,
    ticket: Ticket,
    author: Any,
    body: str,
    kind: str,
    files: Sequence[NewFile] = (),
    status: str = "",
) -> TicketMessage:
    """Staff answer (e-mailed to the asker), log a phone call, or add an internal note.

    ``status``: the status the ticket gets in the same step (as on the ticket's own form);
    empty keeps the usual course (an answer waits for the asker)."""
    if kind not in (Kind.ANSWER, Kind.NOTE, Kind.PHONE):
        raise ValueError(kind)
    now = timezone.now()
    status_before = ticket.status
    message = TicketMessage.objects.create(
        ticket=ticket,
        kind=kind,
        channel=Channel.PHONE if kind == Kind.PHONE else Channel.WEB,
        author=author,
        body=body.strip(),
        created_at=now,
    )
    refused = _save_attachments(message, files)
    if refused:
        raise ValidationError(refused)
    fields = ["updated_at"]
    if kind != Kind.NOTE:
        if ticket.first_response_at is None:
            ticket.first_response_at = now
            fields.append("first_response_at")
        if ticket.status in OPEN_STATUSES:
            ticket.status, ticket.waiting_since = Status.WAITING, now
            fields += ["status", "waiting_since"]
        if ticket.assignee_id is None:
            ticket.assignee = author
            fields.append("assignee")
    ticket.save(update_fields=fields)
    if kind == Kind.ANSWER:
        message.email_message_id = emails.send_answer(ticket, message)
        message.save(update_fields=["email_message_id"])
    log_action(ticket, f"helpdesk.{kind}_added", user=author)
    if status and status != ticket.status:
        _status_apply(ticket, status, now=timezone.now())
        ticket.save()
        # From the status before this reply: the answer's own move to "waiting" was a step.
        _status_logged(ticket, user=author, old_status=status_before)
    return message


@transaction.atomic
def answer_bounced(*, message_ids: Sequence[str], reason: str) -> Ticket | None:
    """A delivery failure came back for the mail with one of ``message_ids``: when that was one
    of our answers, mark it undeliverable for staff. Returns its ticket, or None."""
    ids = [message_id[:255] for message_id in message_ids[:20]]
    answers = list(
        TicketMessage.objects.filter(kind=Kind.ANSWER, email_message_id__in=ids)
        .exclude(email_message_id="")
        .select_related("ticket")
    )
    for answer in answers:
        # Conditional, so a bounce delivered twice marks and logs once.
        marked = TicketMessage.objects.filter(pk=answer.pk, undeliverable_at__isnull=True).update(
            undeliverable_at=timezone.now(), undeliverable_reason=reason[:255]
        )
        if marked:
            log_action(answer.ticket, "helpdesk.answer_undeliverable", data={"message": answer.pk})
    return answers[0].ticket if answers else None


def _status_apply(ticket: Ticket, status: str, *, now: datetime) -> None:
    """Set ``status`` with its dates (not saved). Solving or closing asks for a rating."""
    if status not in Status.values:
        raise ValueError(status)
    old_status = ticket.status
    ticket.status = status
    if status == Status.WAITING and old_status != Status.WAITING:
        ticket.waiting_since = now
    elif status != Status.WAITING:
        ticket.waiting_since = None
    if status in (Status.SOLVED, Status.CLOSED) and ticket.resolved_at is None:
        ticket.resolved_at = now
    if status == Status.CLOSED and ticket.closed_at is None:
        ticket.closed_at = now
    if status in OPEN_STATUSES:
        ticket.resolved_at = ticket.closed_at = None
    if status in (Status.SOLVED, Status.CLOSED) and ticket.rating_requested_at is None:
        ticket.rating_requested_at = now
        emails.send_closing(ticket)


def _status_logged(ticket: Ticket, *, user: Any, old_status: str) -> None:
    if old_status != ticket.status:
        log_action(
            ticket,
            "helpdesk.status_changed",
            user=user,
            data={"from": old_status, "to": ticket.status},
        )


@transaction.atomic
def ticket_update(
    *,
    ticket: Ticket,
    user: Any,
    status: str,
    priority: str,
    assignee: Any = None,
    theme: Any = None,
) -> Ticket:
    """Staff change status, priority, assignee or theme. Solving or closing asks for a rating."""
    old_status, old_assignee = ticket.status, ticket.assignee_id
    ticket.priority, ticket.assignee, ticket.theme = priority, assignee, theme
    _status_apply(ticket, status, now=timezone.now())
    ticket.save()
    _status_logged(ticket, user=user, old_status=old_status)
    if old_assignee != ticket.assignee_id:
        _assignee_logged(ticket, user=user, old_assignee=old_assignee)
    return ticket


def _assignee_logged(ticket: Ticket, *, user: Any, old_assignee: int | None) -> None:
    log_action(
        ticket,
        "helpdesk.assigned",
        user=user,
        data={"from": old_assignee, "to": ticket.assignee_id},
    )


@transaction.atomic
def ticket_assign(*, ticket: Ticket, assignee: Any, user: Any) -> bool:
    """Give ``ticket`` to ``assignee`` (None: to nobody). False when it was theirs already."""
    old_assignee = ticket.assignee_id
    new_assignee = assignee.pk if assignee is not None else None
    if old_assignee == new_assignee:
        return False
    ticket.assignee = assignee
    ticket.save(update_fields=["assignee", "updated_at"])
    _assignee_logged(ticket, user=user, old_assignee=old_assignee)
    return True


@transaction.atomic
def tickets_bulk_update(
    *,
    tickets: Sequence[Ticket],
    user: Any,
    change_assignee: bool = False,
    assignee: Any = None,
    status: str = "",
    theme: Any = None,
) -> int:
    """The queue's bulk action: each ticket changes (and is audit-logged) as on its own page.
    Returns how many tickets changed."""
    if not user.has_perm("helpdesk.work_ticket"):
        raise PermissionDenied
    now = timezone.now()
    changed = 0
    for ticket in tickets:
        if ticket.merged_into_id is not None:
            continue  # a merged ticket lives on in the other one
        old_status, old_assignee, old_theme = ticket.status, ticket.assignee_id, ticket.theme_id
        if change_assignee:
            ticket.assignee = assignee
        if theme is not None:
            ticket.theme = theme
        if status and status != ticket.status:
            _status_apply(ticket, status, now=now)
        if (old_status, old_assignee, old_theme) == (
            ticket.status,
            ticket.assignee_id,
            ticket.theme_id,
        ):
            continue
        ticket.save()
        _status_logged(ticket, user=user, old_status=old_status)
        if old_assignee != ticket.assignee_id:
            _assignee_logged(ticket, user=user, old_assignee=old_assignee)
        if old_theme != ticket.theme_id:
            log_action(
                ticket,
                "helpdesk.theme_changed",
                user=user,
                data={"from": old_theme, "to": ticket.theme_id},
            )
        changed += 1
    return changed


def agent_preference_set(
    *, user: Any, notify_new_tickets: bool, notify_reopened_tickets: bool
) -> AgentPreference:
    preference, _created = AgentPreference.objects.update_or_create(
        user=user,
        defaults={
            "notify_new_tickets": notify_new_tickets,
            "notify_reopened_tickets": notify_reopened_tickets,
        },
    )
    return preference


@transaction.atomic
def ticket_merge(*, ticket: Ticket, into: Ticket, user: Any) -> Ticket:
    """Fold a duplicate into ``into``: its messages move over, the duplicate is closed."""
    if ticket.pk == into.pk or into.merged_into_id is not None:
        raise ValidationError(_("Een vraag kan niet met zichzelf worden samengevoegd."))
    ticket.messages.update(ticket=into)
    ticket.merged_into = into
    ticket.status = Status.CLOSED
    ticket.closed_at = ticket.closed_at or timezone.now()
    ticket.save(update_fields=["merged_into", "status", "closed_at", "updated_at"])
    RawMessage.objects.filter(ticket=ticket).update(ticket=into)
    _system_note(
        into,
        _("Vraag %(duplicate)s is samengevoegd met deze vraag.") % {"duplicate": ticket.reference},
    )
    log_action(ticket, "helpdesk.merged", user=user, data={"into": into.reference})
    return into


def ticket_rate(*, ticket: Ticket, score: int) -> bool:
    """Store the asker's rating once; False when the ticket was already rated."""
    if score not in emails.RATING_CHOICES:
        raise ValueError(score)
    stored = Ticket.objects.filter(pk=ticket.pk, rated_at__isnull=True).update(
        rating=score, rated_at=timezone.now()
    )
    return stored == 1


def canned_render(*, canned: CannedAnswer, ticket: Ticket) -> str:
    """The canned text with {naam}, {partij}, {kenmerk} and {onderwerp} filled in."""
    values = {
        "naam": ticket.asker.first_name if ticket.asker and ticket.asker.first_name else "",
        "partij": ticket.party.name if ticket.party else "",
        "kenmerk": ticket.reference,
        "onderwerp": ticket.subject,
    }
    values["naam"] = values["naam"] or ticket.asker_name or _("vragensteller")
    return re.sub(r"\{(naam|partij|kenmerk|onderwerp)\}", lambda m: values[m.group(1)], canned.body)


# --- Periodic upkeep -------------------------------------------------------------------------


def tickets_auto_close(*, now: datetime | None = None) -> int:
    """Close tickets that waited on the asker too long, with a notice to the asker."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.HELPDESK_AUTO_CLOSE_DAYS)
    closed = 0
    for ticket in Ticket.objects.filter(
        status=Status.WAITING, waiting_since__lt=cutoff
    ).select_related("asker"):
        with transaction.atomic():
            ticket.status = Status.CLOSED
            ticket.closed_at = now
            ticket.resolved_at = ticket.resolved_at or now
            ticket.waiting_since = None
            ticket.rating_requested_at = ticket.rating_requested_at or now
            ticket.save()
            _system_note(ticket, _("Automatisch gesloten: geen reactie van de vrager."))
            emails.send_closing(ticket, automatic=True)
            log_action(ticket, "helpdesk.auto_closed")
        closed += 1
    return closed


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
PHONE_RE = re.compile(r"(?:\+31|0)[\s-]?(?:\d[\s-]?){8,9}\d?")


def anonymise_text(text: str, *, names: Iterable[str] = ()) -> str:
    """Remove e-mail addresses, phone numbers and the given names from ``text``."""
    text = EMAIL_RE.sub(_("[e-mailadres]"), text)
    text = PHONE_RE.sub(_("[telefoonnummer]"), text)
    for name in sorted(
        {n.strip() for n in names if n and len(n.strip()) > 1}, key=len, reverse=True
    ):
        text = re.sub(re.escape(name), _("[naam]"), text, flags=re.IGNORECASE)
    return text


def _personal_names(ticket: Ticket) -> list[str]:
    names = [ticket.asker_name]
    if ticket.asker is not None:
        names += [ticket.asker.first_name, ticket.asker.last_name, ticket.asker.get_full_name()]
    if ticket.party is not None:
        names.append(ticket.party.name)
    return names


@transaction.atomic
def ticket_anonymise(*, ticket: Ticket) -> None:
    """Keep only what the reports need (dates, channel, theme, party); drop everything personal."""
    for attachment in Attachment.objects.filter(message__ticket=ticket):
        attachment.file.delete(save=False)
    for raw in RawMessage.objects.filter(ticket=ticket):
        raw.file.delete(save=False)
    RawMessage.objects.filter(ticket=ticket).delete()
    Attachment.objects.filter(message__ticket=ticket).delete()
    ticket.messages.update(body="", from_email="", author=None, undeliverable_reason="")
    ticket.subject = _("(geanonimiseerd)")
    ticket.asker = None
    ticket.asker_email = ticket.asker_name = ""
    ticket.anonymised_at = timezone.now()
    ticket.save()
    log_action(ticket, "helpdesk.anonymised")


def tickets_retention(*, now: datetime | None = None) -> int:
    """Anonymise closed tickets older than HELPDESK_RETENTION_DAYS; drop stray raw mail too."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.HELPDESK_RETENTION_DAYS)
    tickets = list(
        Ticket.objects.filter(
            status=Status.CLOSED, closed_at__lt=cutoff, anonymised_at__isnull=True
        ).select_related("asker", "party")
    )
    for ticket in tickets:
        ticket_anonymise(ticket=ticket)
    for raw in RawMessage.objects.filter(ticket__isnull=True, received_at__lt=cutoff):
        raw.file.delete(save=False)
        raw.delete()
    return len(tickets)


# --- From answer to knowledge article --------------------------------------------------------


@transaction.atomic
def ticket_to_article(*, ticket: Ticket, user: Any) -> Any:
    """A draft (unpublished) article under the ticket's theme, anonymised, for the editors."""
    from kennispunt.knowledge.models import ArticlePage, ThemePage

    theme = ticket.theme or ThemePage.objects.order_by("path").first()
    if theme is None:
        raise ValidationError(_("Er is nog geen thema in de kennisbank."))
    names = _personal_names(ticket)
    public = ticket.messages.filter(kind__in=(Kind.QUESTION, Kind.ANSWER)).order_by("created_at")
    question = next((m.body for m in public if m.kind == Kind.QUESTION), "")
    answers = [m.body for m in public if m.kind == Kind.ANSWER]
    if not answers:
        raise ValidationError(_("Deze vraag heeft nog geen antwoord."))
    from django.utils.html import escape, linebreaks

    body = [
        ("heading", _("De vraag")),
        ("paragraph", linebreaks(escape(anonymise_text(question, names=names)))),
        ("heading", _("Het antwoord")),
        *(("paragraph", linebreaks(escape(anonymise_text(a, names=names)))) for a in answers),
    ]
    title = anonymise_text(ticket.subject, names=names)[:255]
    page = ArticlePage(
        title=title,
        slug=slugify(f"{title}-{ticket.reference}")[:80],
        intro=anonymise_text(question, names=names)[:400],
        body=body,
        live=False,
        owner=user,
    )
    theme.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    _system_note(ticket, _("Concept-artikel gemaakt: %(title)s") % {"title": title})
    log_action(ticket, "helpdesk.article_drafted", user=user, data={"page": page.pk})
    return page
