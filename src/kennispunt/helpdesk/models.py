"""Helpdesk tickets: one queue for questions by web form, e-mail and phone."""

import os
import secrets
import uuid
from pathlib import PurePath
from typing import Any

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# No 0/O/1/I: references are read aloud on the phone.
_REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


class PrivateStorage(FileSystemStorage):
    """Files outside MEDIA_ROOT, read from settings on every use (tests move it)."""

    @property
    def base_location(self) -> Any:
        return settings.HELPDESK_PRIVATE_ROOT

    @property
    def location(self) -> str:
        return os.path.abspath(self.base_location)

    def url(self, name: str | None) -> str:
        raise ValueError("Private helpdesk files have no public URL; use the download view.")


private_storage = PrivateStorage()


def new_reference() -> str:
    year = timezone.localdate().year
    code = "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(6))
    return f"KP-{year}-{code}"


def new_token() -> str:
    return secrets.token_hex(12)


class Channel(models.TextChoices):
    WEB = "web", _("Webformulier")
    EMAIL = "email", _("E-mail")
    PHONE = "phone", _("Telefoon")


class Status(models.TextChoices):
    NEW = "nieuw", _("Nieuw")
    OPEN = "in_behandeling", _("In behandeling")
    WAITING = "wacht_op_vrager", _("Wacht op vrager")
    SOLVED = "opgelost", _("Opgelost")
    CLOSED = "gesloten", _("Gesloten")


OPEN_STATUSES = (Status.NEW, Status.OPEN, Status.WAITING)

# What the person who asked reads: plain words about who acts next. Staff keep the short
# labels of Status in the queue and on the ticket.
ASKER_STATUS_LABELS = {
    Status.NEW: _("Ontvangen, wij kijken ernaar"),
    Status.OPEN: _("Wij werken aan uw vraag"),
    Status.WAITING: _("Wij wachten op uw reactie"),
    Status.SOLVED: _("Beantwoord"),
    Status.CLOSED: _("Afgesloten"),
}


class Priority(models.TextChoices):
    LOW = "laag", _("Laag")
    NORMAL = "normaal", _("Normaal")
    HIGH = "hoog", _("Hoog")


class Ticket(models.Model):
    reference = models.CharField(
        _("kenmerk"), max_length=20, unique=True, default=new_reference, editable=False
    )
    # Secret part of the reply address helpdesk+<token>@...: threads e-mail replies.
    token = models.CharField(max_length=32, unique=True, default=new_token, editable=False)
    subject = models.CharField(_("onderwerp"), max_length=200)
    party = models.ForeignKey(
        "parties.Party",
        verbose_name=_("partij"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    asker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("vrager"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="helpdesk_tickets",
    )
    asker_email = models.EmailField(_("e-mailadres vrager"), blank=True)
    asker_name = models.CharField(_("naam vrager"), max_length=150, blank=True)
    asker_eligible = models.BooleanField(
        _("vrager is bevestigd lid van een lokale partij"), default=False
    )
    theme = models.ForeignKey(
        "knowledge.ThemePage",
        verbose_name=_("thema"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    channel = models.CharField(_("kanaal"), max_length=10, choices=Channel.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    priority = models.CharField(
        _("prioriteit"), max_length=10, choices=Priority.choices, default=Priority.NORMAL
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("behandelaar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("gesteld op"), default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    first_response_due = models.DateField(_("eerste reactie uiterlijk"))
    resolution_due = models.DateField(_("oplossing uiterlijk"))
    first_response_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    waiting_since = models.DateTimeField(null=True, blank=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged"
    )
    rating = models.PositiveSmallIntegerField(_("tevredenheid"), null=True, blank=True)
    rated_at = models.DateTimeField(null=True, blank=True)
    rating_requested_at = models.DateTimeField(null=True, blank=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")
        ordering = ["-created_at"]
        permissions = [
            ("work_ticket", _("Kan helpdeskvragen behandelen")),
            ("view_helpdesk_report", _("Kan helpdeskrapportages bekijken")),
        ]
        indexes = [
            models.Index(fields=["status", "created_at"]),
            # The staff queue: earliest deadline first.
            models.Index(fields=["resolution_due", "created_at"]),
            models.Index(fields=["party", "created_at"]),
            models.Index(fields=["status", "waiting_since"]),
            models.Index(fields=["status", "closed_at"]),
            models.Index(fields=["asker_email"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(rating__isnull=True) | models.Q(rating__gte=1, rating__lte=5),
                name="helpdesk_ticket_rating_1_to_5",
            )
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.subject}"

    def get_absolute_url(self) -> str:
        return reverse("helpdesk:ticket", kwargs={"reference": self.reference})

    def get_staff_url(self) -> str:
        return reverse("helpdesk:staff_ticket", kwargs={"reference": self.reference})

    @property
    def asker_status_label(self) -> str:
        """The status as the person who asked reads it (see ASKER_STATUS_LABELS)."""
        return str(ASKER_STATUS_LABELS.get(Status(self.status), self.get_status_display()))

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def first_response_overdue(self) -> bool:
        return self.first_response_at is None and self.first_response_due < timezone.localdate()

    @property
    def resolution_overdue(self) -> bool:
        return self.is_open and self.resolution_due < timezone.localdate()

    @property
    def overdue(self) -> bool:
        return self.is_open and (self.first_response_overdue or self.resolution_overdue)

    @property
    def display_asker(self) -> str:
        if self.asker_id is not None and self.asker is not None:
            return str(self.asker.display_name)
        return self.asker_name or self.asker_email or str(_("onbekend"))


class Kind(models.TextChoices):
    QUESTION = "question", _("Vraag of reactie van de vrager")
    ANSWER = "answer", _("Antwoord")
    NOTE = "note", _("Interne notitie")
    PHONE = "phone", _("Telefoongesprek")
    SYSTEM = "system", _("Systeemmelding")


# What the asker sees; notes and system messages are for staff only.
PUBLIC_KINDS = (Kind.QUESTION, Kind.ANSWER, Kind.PHONE)


class TicketMessage(models.Model):
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="messages")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    channel = models.CharField(max_length=10, choices=Channel.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    from_email = models.EmailField(blank=True)
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    # Message-ID of the e-mail this came in as or went out as: threads In-Reply-To/References.
    email_message_id = models.CharField(max_length=255, blank=True, db_index=True)
    raw_message = models.ForeignKey(
        "RawMessage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Set when the mail we sent for this message bounced back (a delivery failure notice).
    undeliverable_at = models.DateTimeField(_("niet bezorgd op"), null=True, blank=True)
    undeliverable_reason = models.CharField(_("reden niet bezorgd"), max_length=255, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["ticket", "kind", "created_at"])]

    def __str__(self) -> str:
        return f"{self.ticket.reference} {self.kind}"

    @property
    def is_public(self) -> bool:
        return self.kind in PUBLIC_KINDS


def _attachment_path(instance: "Attachment", filename: str) -> str:
    # The extension comes from the detected type (services.stored_name), never from the sender.
    return f"attachments/{timezone.now():%Y/%m}/{instance.public_id}{PurePath(filename).suffix}"


class Attachment(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    message = models.ForeignKey(TicketMessage, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(storage=private_storage, upload_to=_attachment_path, max_length=255)
    filename = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()

    def __str__(self) -> str:
        return self.filename


def _raw_path(instance: "RawMessage", filename: str) -> str:
    return f"raw/{timezone.now():%Y/%m/%d}/{uuid.uuid4().hex}.eml"


class IngestOutcome(models.TextChoices):
    RECEIVED = "received", _("Ontvangen")
    TICKET_CREATED = "ticket_created", _("Nieuwe vraag")
    REPLY_ADDED = "reply_added", _("Toegevoegd aan vraag")
    AUTO_REPLY = "auto_reply", _("Automatisch antwoord, genegeerd")
    BOUNCE = "bounce", _("Onbestelbaar-melding, niet beantwoord")
    LIST = "list", _("Mailinglijst of nieuwsbrief, genegeerd")
    EMPTY = "empty", _("Lege e-mail")
    LOOP = "loop", _("Mail-lus, genegeerd")
    DUPLICATE = "duplicate", _("Al ontvangen, genegeerd")
    REJECTED = "rejected", _("Niet verwerkt")


class RawMessage(models.Model):
    """Every incoming e-mail exactly as received, whatever happened to it next."""

    received_at = models.DateTimeField(default=timezone.now, db_index=True)
    file = models.FileField(storage=private_storage, upload_to=_raw_path, max_length=255)
    size = models.PositiveIntegerField()
    channel_hint = models.CharField(max_length=20)
    from_address = models.CharField(max_length=255, blank=True)
    message_id = models.CharField(max_length=255, blank=True, db_index=True)
    outcome = models.CharField(
        max_length=20, choices=IngestOutcome.choices, default=IngestOutcome.RECEIVED
    )
    note = models.TextField(blank=True)
    ticket = models.ForeignKey(
        Ticket, null=True, blank=True, on_delete=models.SET_NULL, related_name="raw_messages"
    )

    class Meta:
        indexes = [models.Index(fields=["from_address", "received_at"])]
        constraints = [
            # A mail delivered twice (a webhook retried, a poller that died before marking it
            # read) is filed once, also when two processes receive both copies at once.
            models.UniqueConstraint(
                fields=["message_id"],
                condition=models.Q(outcome__in=["ticket_created", "reply_added"])
                & ~models.Q(message_id=""),
                name="helpdesk_raw_message_filed_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.received_at:%Y-%m-%d %H:%M} {self.outcome}"


class CannedAnswer(models.Model):
    """A standard answer; {naam}, {partij}, {kenmerk} and {onderwerp} are filled in."""

    title = models.CharField(_("titel"), max_length=120, unique=True)
    body = models.TextField(
        _("tekst"),
        help_text=_("U kunt {naam}, {partij}, {kenmerk} en {onderwerp} gebruiken."),
    )

    class Meta:
        verbose_name = _("standaardantwoord")
        verbose_name_plural = _("standaardantwoorden")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class AgentPreference(models.Model):
    """What a helpdesk agent wants to hear about by e-mail. No row: the defaults (everything)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="helpdesk_agent_preference",
    )
    notify_new_tickets = models.BooleanField(_("e-mail bij een nieuwe vraag"), default=True)
    notify_reopened_tickets = models.BooleanField(
        _("e-mail als de vrager reageert op een beantwoorde vraag"), default=True
    )

    class Meta:
        verbose_name = _("meldingsvoorkeur helpdeskmedewerker")
        verbose_name_plural = _("meldingsvoorkeuren helpdeskmedewerkers")

    def __str__(self) -> str:
        return f"#{self.pk}"
