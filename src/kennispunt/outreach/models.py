"""The editable explanation for griffiers and the griffie contact per municipality."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField

from kennispunt.pages.models import BODY_BLOCKS


class OutreachText(models.Model):
    """The forwardable explanation at /voor-gemeenten/ (web page, PDF and outreach e-mail).

    One row, kept as a Wagtail snippet: the page itself is a Django view because it also
    serves the PDF and the municipality pages under the same path.
    """

    title = models.CharField(_("titel"), max_length=150)
    intro = models.TextField(_("introductie"), max_length=500)
    body = StreamField(BODY_BLOCKS, verbose_name=_("inhoud"))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("uitleg voor gemeenten")
        verbose_name_plural = _("uitleg voor gemeenten")

    def __str__(self) -> str:
        return self.title


def new_token() -> str:
    return secrets.token_urlsafe(24)


class GriffieContact(models.Model):
    """The business e-mail address of a municipality's griffie (no private person's data)."""

    municipality = models.OneToOneField(
        "parties.Municipality",
        verbose_name=_("gemeente"),
        on_delete=models.CASCADE,
        related_name="griffie_contact",
    )
    email = models.EmailField(_("e-mailadres van de griffie"), max_length=254)
    name = models.CharField(_("naam contactpersoon"), max_length=100, blank=True)
    notes = models.TextField(_("notities"), blank=True)
    unsubscribe_token = models.CharField(max_length=64, unique=True, default=new_token)
    opted_out_at = models.DateTimeField(_("afgemeld op"), null=True, blank=True)
    bounced_at = models.DateTimeField(_("adres werkt niet sinds"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("griffiecontact")
        verbose_name_plural = _("griffiecontacten")
        ordering = ["municipality__name"]
        indexes = [
            models.Index(fields=["email"], name="outreach_contact_email_idx"),
            # The overview's reach filter and totals.
            models.Index(fields=["bounced_at", "opted_out_at"], name="outreach_contact_reach_idx"),
        ]
        permissions = [("send_outreach", _("Mag de mailing aan griffies verzenden"))]

    def __str__(self) -> str:
        return f"{self.municipality}: {self.email}"


class OutreachSend(models.Model):
    """One confirmed send of the outreach mailing.

    The confirmation page hands out a new ``key``; the send records it, so the same form
    submitted again (a double click, the back button) finds this row and sends nothing.
    """

    key = models.UUIDField(unique=True)
    mailing = models.OneToOneField(
        "mailings.Mailing",
        verbose_name=_("verzending"),
        on_delete=models.CASCADE,
        related_name="outreach_send",
    )
    province = models.CharField(_("provincie"), max_length=20, blank=True)
    recipient_count = models.PositiveIntegerField(_("aantal griffies"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("verzending aan griffies")
        verbose_name_plural = _("verzendingen aan griffies")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.province or 'alle griffies'} ({self.recipient_count})"
