import secrets

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


def new_unsubscribe_token() -> str:
    return secrets.token_urlsafe(24)


class SubscriberStatus(models.TextChoices):
    PENDING = "pending", _("wacht op bevestiging")
    ACTIVE = "active", _("aangemeld")
    UNSUBSCRIBED = "unsubscribed", _("afgemeld")
    BOUNCED = "bounced", _("adres werkt niet")
    COMPLAINED = "complained", _("als spam gemeld")


class SubscriberQuerySet(models.QuerySet["Subscriber"]):
    def active(self) -> "SubscriberQuerySet":
        return self.filter(status=SubscriberStatus.ACTIVE)


class Subscriber(models.Model):
    """One e-mail address on the newsletter list. Active only after double opt-in."""

    email = models.EmailField(_("e-mailadres"), max_length=254)
    name = models.CharField(_("naam"), max_length=100, blank=True)
    municipality = models.ForeignKey(
        "parties.Municipality",
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="newsletter_subscriptions",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=SubscriberStatus.choices,
        default=SubscriberStatus.PENDING,
    )
    unsubscribe_token = models.CharField(max_length=64, unique=True, default=new_unsubscribe_token)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("bevestigd"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("afgemeld"), null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("abonnee")
        verbose_name_plural = _("abonnees")
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="newsletter_subscriber_email_ci"),
        ]
        indexes = [models.Index(fields=["status", "id"], name="newsletter_sub_status_idx")]

    def __str__(self) -> str:
        return self.email


class ConsentAction(models.TextChoices):
    SUBSCRIBE = "subscribe", _("aanmelding")
    CONFIRM = "confirm", _("bevestiging")
    UNSUBSCRIBE = "unsubscribe", _("afmelding")
    DEACTIVATE = "deactivate", _("uitgeschakeld na bounce of klacht")


class ConsentRecord(models.Model):
    """Proof of consent (AVG art. 7): when, with which exact text, from where."""

    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="consent_records"
    )
    action = models.CharField(_("handeling"), max_length=20, choices=ConsentAction.choices)
    text = models.TextField(_("tekst"))
    source = models.CharField(_("bron"), max_length=300)
    created_at = models.DateTimeField(_("tijdstip"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("toestemmingsregistratie")
        verbose_name_plural = _("toestemmingsregistraties")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.created_at:%Y-%m-%d %H:%M}"
