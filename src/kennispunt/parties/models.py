from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Province(models.TextChoices):
    GRONINGEN = "Groningen", "Groningen"
    FRYSLAN = "Fryslân", "Fryslân"
    DRENTHE = "Drenthe", "Drenthe"
    OVERIJSSEL = "Overijssel", "Overijssel"
    FLEVOLAND = "Flevoland", "Flevoland"
    GELDERLAND = "Gelderland", "Gelderland"
    UTRECHT = "Utrecht", "Utrecht"
    NOORD_HOLLAND = "Noord-Holland", "Noord-Holland"
    ZUID_HOLLAND = "Zuid-Holland", "Zuid-Holland"
    ZEELAND = "Zeeland", "Zeeland"
    NOORD_BRABANT = "Noord-Brabant", "Noord-Brabant"
    LIMBURG = "Limburg", "Limburg"


class Municipality(models.Model):
    """A Dutch gemeente, identified by its CBS code (GM0363 = Amsterdam)."""

    cbs_code = models.CharField(
        _("CBS-code"),
        max_length=6,
        unique=True,
        validators=[RegexValidator(r"^GM\d{4}$", _("Een CBS-code ziet eruit als GM0363."))],
    )
    name = models.CharField(_("naam"), max_length=100, db_index=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    province = models.CharField(_("provincie"), max_length=20, choices=Province.choices)
    is_active = models.BooleanField(
        _("bestaat nog"),
        default=True,
        help_text=_("Uit als de gemeente is opgeheven of gefuseerd."),
    )

    class Meta:
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")
        ordering = ["name"]
        indexes = [models.Index(fields=["province", "name"], name="parties_mun_province_idx")]

    def __str__(self) -> str:
        return self.name


# THE rule of a local party (the only one that may use the members-only services): no seats
# in the Tweede Kamer and not a branch of a national party. Field -> the value it must have.
LOCAL_PARTY = {"has_tk_seats": False, "is_national_branch": False}


def local_party_q(prefix: str = "") -> Q:
    """The local-party rule as a filter, for Party or, with ``prefix="party__"``, a relation."""
    return Q(**{f"{prefix}{field}": value for field, value in LOCAL_PARTY.items()})


class PartyQuerySet(models.QuerySet["Party"]):
    def local(self) -> "PartyQuerySet":
        return self.filter(local_party_q())

    def listed(self) -> "PartyQuerySet":
        return self.filter(is_listed=True)

    def register(self) -> "PartyQuerySet":
        """The public register: listed local parties (a national party's branch is not one)."""
        return self.listed().local()


class Party(models.Model):
    name = models.CharField(_("naam"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=160, unique=True)
    municipalities = models.ManyToManyField(
        Municipality,
        verbose_name=_("gemeenten"),
        related_name="parties",
        help_text=_("De gemeente(n) waar de partij meedoet aan de raadsverkiezingen."),
    )
    kvk_number = models.CharField(
        _("KvK-nummer"),
        max_length=8,
        blank=True,
        validators=[RegexValidator(r"^\d{8}$", _("Een KvK-nummer bestaat uit 8 cijfers."))],
    )
    website = models.URLField(_("website"), blank=True)
    has_tk_seats = models.BooleanField(
        _("heeft zetels in de Tweede Kamer"),
        default=False,
        help_text=_(
            "Een partij met Kamerzetels is geen lokale partij in de zin van het Kennispunt."
        ),
    )
    is_national_branch = models.BooleanField(
        _("afdeling van een landelijke partij"),
        default=False,
        help_text=_("Bijvoorbeeld een gemeentelijke afdeling van een landelijke partij."),
    )
    is_listed = models.BooleanField(
        _("zichtbaar in het register"),
        default=True,
        help_text=_(
            "Uit voor een partij die een gebruiker heeft aangemeld en nog niet is gecontroleerd."
        ),
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    objects = PartyQuerySet.as_manager()

    class Meta:
        verbose_name = _("partij")
        verbose_name_plural = _("partijen")
        ordering = ["name"]
        indexes = [
            models.Index(
                fields=["has_tk_seats", "is_national_branch"], name="parties_party_local_idx"
            ),
            models.Index(fields=["is_listed", "name"], name="parties_party_listed_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("parties:detail", kwargs={"slug": self.slug})

    @property
    def is_local(self) -> bool:
        return all(getattr(self, field) == value for field, value in LOCAL_PARTY.items())


class MembershipRole(models.TextChoices):
    BESTUURSLID = "bestuurslid", _("Bestuurslid")
    RAADSLID = "raadslid", _("Raadslid")
    COMMISSIELID = "commissielid", _("Commissielid")
    LID = "lid", _("Lid")
    VRIJWILLIGER = "vrijwilliger", _("Vrijwilliger")


class MembershipStatus(models.TextChoices):
    PENDING = "pending", _("Aangevraagd")
    VERIFIED = "verified", _("Bevestigd")
    REJECTED = "rejected", _("Afgewezen")
    ENDED = "ended", _("Beëindigd")


ACTIVE_STATUSES = (MembershipStatus.PENDING, MembershipStatus.VERIFIED)


class Membership(models.Model):
    """A person's link to a party. Special-category data (a political opinion, art. 9 AVG)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    party = models.ForeignKey(
        Party, verbose_name=_("partij"), on_delete=models.PROTECT, related_name="memberships"
    )
    role = models.CharField(_("rol"), max_length=20, choices=MembershipRole.choices)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=MembershipStatus.choices,
        default=MembershipStatus.PENDING,
    )
    consent_given_at = models.DateTimeField(_("toestemming gegeven op"))
    consent_text = models.TextField(_("tekst waarmee toestemming is gegeven"))
    requested_at = models.DateTimeField(_("aangevraagd op"), auto_now_add=True)
    decided_at = models.DateTimeField(_("beoordeeld op"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beoordeeld door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    rejection_reason = models.TextField(_("reden van afwijzing"), blank=True)
    ended_at = models.DateTimeField(_("beëindigd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        ordering = ["-requested_at"]
        permissions = [("verify_membership", _("Mag lidmaatschappen van elke partij beoordelen"))]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "party"],
                condition=Q(status__in=["pending", "verified"]),
                name="parties_one_active_membership_per_party",
            ),
            models.CheckConstraint(
                condition=~Q(status="rejected") | ~Q(rejection_reason=""),
                name="parties_rejection_has_reason",
            ),
        ]
        indexes = [
            models.Index(fields=["party", "status"], name="parties_ms_party_status_idx"),
            models.Index(fields=["user", "status"], name="parties_ms_user_status_idx"),
            models.Index(fields=["status", "requested_at"], name="parties_ms_status_req_idx"),
        ]

    def __str__(self) -> str:
        return f"#{self.pk}"

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES


class PartyFunction(models.TextChoices):
    """Tasks a party's board gives to verified members, beside their role.

    A role says how someone belongs to the party (one per membership); a function is a task on
    top of it, and one person often holds several: the secretary is also the treasurer and sits
    on the candidate committee. Apps that need a function (finance, candidates) ask for it
    through ``selectors.function_memberships``.
    """

    PENNINGMEESTER = "penningmeester", _("Penningmeester")
    KANDIDATENCOMMISSIE = "kandidatencommissie", _("Kandidatencommissie")


class MembershipFunction(models.Model):
    membership = models.ForeignKey(
        Membership,
        verbose_name=_("lidmaatschap"),
        on_delete=models.CASCADE,
        related_name="functions",
    )
    function = models.CharField(_("taak"), max_length=30, choices=PartyFunction.choices)
    assigned_at = models.DateTimeField(_("toegekend op"), auto_now_add=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("toegekend door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("taak binnen de partij")
        verbose_name_plural = _("taken binnen de partij")
        ordering = ["function"]
        constraints = [
            models.UniqueConstraint(
                fields=["membership", "function"], name="parties_one_function_per_membership"
            ),
        ]
        indexes = [
            models.Index(fields=["function", "membership"], name="parties_function_idx"),
        ]

    def __str__(self) -> str:
        return self.get_function_display()


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("Wacht op beoordeling")
    APPROVED = "approved", _("Goedgekeurd")
    REJECTED = "rejected", _("Afgewezen")


class PartyRegistration(models.Model):
    """A signed-in person asks to add a local party to the register (and to be its board)."""

    registrant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("aangemeld door"),
        on_delete=models.CASCADE,
        related_name="party_registrations",
    )
    name = models.CharField(_("naam van de partij"), max_length=150)
    municipalities = models.ManyToManyField(
        Municipality, verbose_name=_("gemeenten"), related_name="party_registrations"
    )
    website = models.URLField(_("website"), blank=True)
    kvk_number = models.CharField(
        _("KvK-nummer"),
        max_length=8,
        blank=True,
        validators=[RegexValidator(r"^\d{8}$", _("Een KvK-nummer bestaat uit 8 cijfers."))],
    )
    role = models.CharField(
        _("rol van de aanmelder"), max_length=20, choices=MembershipRole.choices
    )
    consent_given_at = models.DateTimeField(_("toestemming gegeven op"))
    consent_text = models.TextField(_("tekst waarmee toestemming is gegeven"))
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.PENDING,
    )
    requested_at = models.DateTimeField(_("aangemeld op"), auto_now_add=True)
    decided_at = models.DateTimeField(_("beoordeeld op"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beoordeeld door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    rejection_reason = models.TextField(_("reden van afwijzing"), blank=True)
    party = models.ForeignKey(
        Party,
        verbose_name=_("partij in het register"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="registrations",
    )

    class Meta:
        verbose_name = _("aanmelding van een partij")
        verbose_name_plural = _("aanmeldingen van partijen")
        ordering = ["-requested_at"]
        permissions = [
            ("review_party_registration", _("Mag aanmeldingen van nieuwe partijen beoordelen"))
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="rejected") | ~Q(rejection_reason=""),
                name="parties_registration_rejection_has_reason",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "requested_at"], name="parties_reg_status_req_idx"),
            models.Index(fields=["registrant", "status"], name="parties_reg_user_status_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("parties:registration_status", kwargs={"pk": self.pk})


class ReviewerPreference(models.Model):
    """What a reviewer wants to hear about by e-mail. No row: the defaults."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="reviewer_preference",
    )
    notify_party_registrations = models.BooleanField(
        _("e-mail bij een nieuwe aanmelding van een partij"), default=True
    )

    class Meta:
        verbose_name = _("meldingsvoorkeur beoordelaar")
        verbose_name_plural = _("meldingsvoorkeuren beoordelaars")

    def __str__(self) -> str:
        return f"#{self.pk}"
