"""A mailing (one send of one message to many recipients) and a delivery per recipient.

Generic on purpose: each feature registers its *audiences* (see ``audiences.py``) and reuses
the whole sender. The tables keep the names they had when the sender was part of the
newsletter, so moving the models here needed no data migration.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class MailingStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("gepland")
    SENDING = "sending", _("wordt verzonden")
    DONE = "done", _("verzonden")
    CANCELLED = "cancelled", _("geannuleerd")


class Mailing(models.Model):
    audience = models.CharField(_("doelgroep"), max_length=50)
    source_id = models.PositiveBigIntegerField(
        _("bron"), null=True, blank=True, help_text=_("Bijvoorbeeld de pagina van de nieuwsbrief.")
    )
    subject = models.CharField(_("onderwerp"), max_length=200)
    # Rendered once when sending starts; only the unsubscribe link differs per recipient.
    html_body = models.TextField(blank=True)
    text_body = models.TextField(blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=MailingStatus.choices, default=MailingStatus.SCHEDULED
    )
    scheduled_at = models.DateTimeField(_("verzenden vanaf"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)

    class Meta:
        db_table = "newsletter_mailing"
        verbose_name = _("verzending")
        verbose_name_plural = _("verzendingen")
        ordering = ["-scheduled_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "scheduled_at"], name="newsletter_mailing_due_idx"),
            models.Index(fields=["audience", "source_id"], name="newsletter_mailing_src_idx"),
        ]
        constraints = [
            # One live mailing per source (a newsletter issue): a double click or two editors
            # never send the same issue twice. Mailings without a source are not constrained.
            models.UniqueConstraint(
                fields=["audience", "source_id"],
                condition=Q(source_id__isnull=False) & ~Q(status="cancelled"),
                name="newsletter_mailing_one_per_source",
            ),
        ]

    def __str__(self) -> str:
        return self.subject


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("wacht")
    CLAIMED = "claimed", _("in behandeling")
    SENDING = "sending", _("aan de mailserver gegeven")
    SENT = "sent", _("verzonden")
    FAILED = "failed", _("mislukt")
    SKIPPED = "skipped", _("overgeslagen (afgemeld)")


class Delivery(models.Model):
    """One recipient of one mailing.

    pending → claimed (a worker's lease) → sending (handed to SMTP) → sent | failed.
    A row is handed to SMTP only after the conditional UPDATE claimed→sending succeeded for
    the worker's own claim, so two workers never send it twice; a row left in ``sending`` by a
    killed worker is never resent automatically (it may have been delivered).
    """

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="deliveries")
    recipient_id = models.PositiveBigIntegerField()
    email = models.EmailField(max_length=254)
    status = models.CharField(
        max_length=20, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    claim = models.UUIDField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    message_id = models.CharField(max_length=200, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        db_table = "newsletter_delivery"
        verbose_name = _("bezorging")
        verbose_name_plural = _("bezorgingen")
        constraints = [
            models.UniqueConstraint(
                fields=["mailing", "recipient_id"], name="newsletter_delivery_once"
            ),
        ]
        indexes = [
            models.Index(fields=["mailing", "status", "id"], name="newsletter_delivery_work_idx"),
            models.Index(fields=["recipient_id", "status"], name="newsletter_delivery_rcpt_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.mailing_id}:{self.recipient_id}"
