"""An issue as it was sent: the archive shows this stored version, not a fresh render."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SentEdition(models.Model):
    """What one mailing of an issue contained, and to whom it was addressed.

    Made in the same transaction as the mailing, from the same render: the archive shows
    ``web_html`` for a sent issue, so it keeps showing the trainings and articles of that
    month. The segment (provinces and municipalities, empty = all subscribers) is applied
    when sending starts; the deliveries record who matched then.
    """

    page = models.ForeignKey(
        "newsletter.NewsletterIssuePage",
        verbose_name=_("nieuwsbrief"),
        on_delete=models.CASCADE,
        related_name="editions",
    )
    mailing = models.OneToOneField(
        "mailings.Mailing",
        verbose_name=_("verzending"),
        on_delete=models.CASCADE,
        related_name="newsletter_edition",
    )
    # The archive page's content, as it was at send time (sanitised when stored).
    web_html = models.TextField()
    # The e-mail as sent, with the personal unsubscribe link replaced by a neutral one.
    html_body = models.TextField()
    text_body = models.TextField()
    provinces = models.JSONField(_("provincies"), default=list, blank=True)
    municipalities = models.ManyToManyField(
        "parties.Municipality", verbose_name=_("gemeenten"), blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("verzonden uitgave")
        verbose_name_plural = _("verzonden uitgaven")
        ordering = ["-pk"]

    def __str__(self) -> str:
        return f"{self.page_id}:{self.mailing_id}"
