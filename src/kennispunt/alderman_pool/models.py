"""The wethouderspool: people who are available as wethouder, and the parties that ask them.

Availability as wethouder for local parties reveals a political preference (art. 9 AVG): a
profile is opt-in with the consent text stored, seen only by the verified boards of local
parties, and shown to them under a pseudonym. Who the person is stays with the person until
they accept a party's contact request.
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import CHOICES_OF, TagKind

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud without doubt
CODE_LENGTH = 4


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _i in range(CODE_LENGTH))


class ProfileQuerySet(models.QuerySet["PoolProfile"]):
    def visible(self) -> "ProfileQuerySet":
        """What the boards may find: profiles that have not expired."""
        return self.filter(expires_at__gt=timezone.now())


class PoolProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="pool_profile",
    )
    code = models.CharField(_("code"), max_length=8, unique=True, default=new_code)
    nickname = models.CharField(
        _("schuilnaam"),
        max_length=40,
        blank=True,
        help_text=_(
            "Niet verplicht. Zonder schuilnaam ziet een partij alleen uw code. "
            "Gebruik geen (deel van uw) echte naam."
        ),
    )
    municipalities = models.ManyToManyField(
        "parties.Municipality",
        verbose_name=_("gemeenten"),
        blank=True,
        related_name="+",
    )
    available_from = models.DateField(_("beschikbaar vanaf"))
    hours_per_week = models.PositiveSmallIntegerField(_("uren per week"))
    mid_term = models.BooleanField(
        _("ook tussentijds beschikbaar"),
        default=True,
        help_text=_("Ook als een partij halverwege de raadsperiode een wethouder zoekt."),
    )
    about = models.TextField(_("toelichting"), max_length=1500, blank=True)
    consent_text = models.TextField(_("tekst waarmee toestemming is gegeven"))
    consent_given_at = models.DateTimeField(_("toestemming gegeven op"))
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    renewed_at = models.DateTimeField(_("vernieuwd op"))
    expires_at = models.DateTimeField(_("verloopt op"))
    reminder_sent_at = models.DateTimeField(_("herinnering verstuurd op"), null=True, blank=True)

    objects = ProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("profiel in de wethouderspool")
        verbose_name_plural = _("profielen in de wethouderspool")
        ordering = ["-renewed_at"]
        indexes = [
            models.Index(fields=["expires_at", "renewed_at"], name="pool_profile_visible_idx"),
            models.Index(fields=["available_from"], name="pool_profile_from_idx"),
            models.Index(
                fields=["expires_at", "reminder_sent_at"], name="pool_profile_reminder_idx"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_at__gt=models.F("renewed_at")),
                name="pool_profile_expires_after_renewal",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        """What a party sees: the nickname, else the code. Never the person's name."""
        if self.nickname:
            return f"{self.nickname} (#{self.code})"
        return str(_("Kandidaat #%(code)s") % {"code": self.code})

    @property
    def is_visible(self) -> bool:
        return self.expires_at > timezone.now()

    def values_of(self, kind: str) -> list[str]:
        """The tags of one kind, from the prefetched ``tags`` when present."""
        return [tag.value for tag in self.tags.all() if tag.kind == kind]

    def labels_of(self, kind: str) -> list[str]:
        choices = CHOICES_OF[TagKind(kind)]
        labels = dict(choices.choices)
        return [str(labels.get(value, value)) for value in self.values_of(kind)]

    @property
    def competence_labels(self) -> list[str]:
        return self.labels_of(TagKind.COMPETENCE)

    @property
    def portfolio_labels(self) -> list[str]:
        return self.labels_of(TagKind.PORTFOLIO)

    @property
    def province_labels(self) -> list[str]:
        return self.labels_of(TagKind.PROVINCE)


class ProfileTag(models.Model):
    """One competence, portfolio or province of a profile: a row each, so a search filters
    on an index instead of reading lists out of JSON."""

    profile = models.ForeignKey(
        PoolProfile, verbose_name=_("profiel"), on_delete=models.CASCADE, related_name="tags"
    )
    kind = models.CharField(_("soort"), max_length=12, choices=TagKind.choices)
    value = models.CharField(_("waarde"), max_length=40)

    class Meta:
        verbose_name = _("kenmerk")
        verbose_name_plural = _("kenmerken")
        ordering = ["kind", "value"]
        constraints = [
            models.UniqueConstraint(
                fields=["profile", "kind", "value"], name="pool_tag_once_per_profile"
            ),
        ]
        indexes = [
            models.Index(fields=["kind", "value", "profile"], name="pool_tag_lookup_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.kind}:{self.value}"


class RequestStatus(models.TextChoices):
    OPEN = "open", _("Wacht op antwoord")
    ACCEPTED = "accepted", _("Geaccepteerd")
    DECLINED = "declined", _("Afgewezen")
    EXPIRED = "expired", _("Verlopen")


class ContactRequest(models.Model):
    """A party's board asks a person in the pool for contact. Until the person accepts, the
    party knows only the profile; a declined and an expired request look the same to it."""

    profile = models.ForeignKey(
        PoolProfile,
        verbose_name=_("profiel"),
        on_delete=models.CASCADE,
        related_name="contact_requests",
    )
    party = models.ForeignKey(
        "parties.Party",
        verbose_name=_("partij"),
        on_delete=models.CASCADE,
        related_name="pool_requests",
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verstuurd door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="pool_requests_sent",
    )
    message = models.TextField(_("bericht"), max_length=2000)
    board_note = models.TextField(
        _("notitie van het bestuur"),
        blank=True,
        max_length=2000,
        help_text=_("Alleen voor het bestuur van uw partij; de kandidaat ziet dit nooit."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=RequestStatus.choices, default=RequestStatus.OPEN
    )
    created_at = models.DateTimeField(_("verstuurd op"), auto_now_add=True)
    expires_at = models.DateTimeField(_("verloopt op"))
    decided_at = models.DateTimeField(_("beantwoord op"), null=True, blank=True)

    class Meta:
        verbose_name = _("contactverzoek")
        verbose_name_plural = _("contactverzoeken")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["profile", "party"],
                condition=Q(status="open"),
                name="pool_one_open_request_per_party",
            ),
        ]
        indexes = [
            models.Index(fields=["party", "status", "created_at"], name="pool_req_party_idx"),
            models.Index(fields=["profile", "status"], name="pool_req_profile_idx"),
            models.Index(fields=["status", "expires_at"], name="pool_req_expiry_idx"),
        ]

    def __str__(self) -> str:
        return f"#{self.pk}"

    @property
    def is_accepted(self) -> bool:
        return self.status == RequestStatus.ACCEPTED

    @property
    def is_open(self) -> bool:
        return self.status == RequestStatus.OPEN

    @property
    def board_status_label(self) -> str:
        """What the party's board reads: declined and expired are one "closed"."""
        if self.status in (RequestStatus.DECLINED, RequestStatus.EXPIRED):
            return str(_("Gesloten zonder contact"))
        return str(self.get_status_display())
