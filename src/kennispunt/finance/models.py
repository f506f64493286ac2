"""A party's register of gifts and debts, its published snapshots, its giftenreglement, and
staff's corrections to the rule figures."""

from django.conf import settings
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from kennispunt.parties.models import Party

from . import rules


class RuleOverride(models.Model):
    """A figure of a rule pack set by staff (a new law, a decision), with its source."""

    pack = models.CharField(_("regelpakket"), max_length=20, choices=rules.pack_choices())
    key = models.CharField(_("bedrag of termijn"), max_length=40, choices=rules.key_choices())
    value = models.DecimalField(
        _("waarde"), max_digits=12, decimal_places=2, validators=[MinValueValidator(0)]
    )
    source = models.CharField(_("bron"), max_length=300)
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        verbose_name = _("afwijkend bedrag")
        verbose_name_plural = _("afwijkende bedragen")
        constraints = [
            models.UniqueConstraint(fields=["pack", "key"], name="finance_one_override_per_key")
        ]

    def __str__(self) -> str:
        return f"{self.pack}: {self.key}"


class PartyFinance(models.Model):
    """A party's choice of rule pack."""

    party = models.OneToOneField(
        Party, on_delete=models.CASCADE, related_name="finance", verbose_name=_("partij")
    )
    rule_pack = models.CharField(
        _("regelpakket"),
        max_length=20,
        choices=rules.pack_choices(),
        default=rules.DEFAULT_PACK.value,
    )

    class Meta:
        verbose_name = _("financiële instellingen")
        verbose_name_plural = _("financiële instellingen")

    def __str__(self) -> str:
        return str(self.party)


class Kind(models.TextChoices):
    MONEY = "geld", _("Gift in geld")
    IN_KIND = "natura", _("Gift in natura")
    LOAN = "lening", _("Lening")
    GUARANTEE = "garantie", _("Garantstelling")
    OWN_CONTRIBUTION = "afdracht", _("Afdracht van eigen raadslid of wethouder")
    DEBT = "schuld", _("Schuld")


class DonorType(models.TextChoices):
    PERSON = "persoon", _("Natuurlijk persoon")
    ORGANISATION = "rechtspersoon", _("Rechtspersoon")
    ANONYMOUS = "anoniem", _("Anoniem")


class Flag(models.TextChoices):
    OVER_DISCLOSURE = "boven_drempel", _("Boven de openbaarmakingsdrempel")
    PROMPT_DISCLOSURE = "snel_openbaar", _("Snel openbaar maken")
    ANONYMOUS_OVER_CAP = "anoniem_te_hoog", _("Anoniem boven het maximum")
    OUTSIDE_AREA = "buiten_eu", _("Gever van buiten de EU/EER")
    EU_OVER_CAP = "eu_te_hoog", _("Gever uit andere EU-staat boven het maximum")
    CONDITIONAL = "voorwaarden", _("Gift met voorwaarden")


class Entry(models.Model):
    """One line of the register. Never changed or deleted: a correction is a new entry that
    points at the one it replaces (``corrects``)."""

    party = models.ForeignKey(
        Party, on_delete=models.PROTECT, related_name="finance_entries", verbose_name=_("partij")
    )
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    donor_type = models.CharField(_("gever"), max_length=20, choices=DonorType.choices)
    donor_name = models.CharField(_("naam van de gever"), max_length=200, blank=True)
    donor_place = models.CharField(_("woonplaats"), max_length=100, blank=True)
    donor_kvk = models.CharField(
        _("KvK-nummer"),
        max_length=8,
        blank=True,
        validators=[RegexValidator(r"^\d{8}$", _("Een KvK-nummer bestaat uit 8 cijfers."))],
    )
    donor_country = models.CharField(
        _("land van de gever"),
        max_length=2,
        default="NL",
        help_text=_("Landcode van twee letters, bijvoorbeeld NL, BE of DE."),
    )
    donor_key = models.CharField(max_length=250, db_index=True, editable=False)
    received_on = models.DateField(_("datum"))
    amount = models.DecimalField(
        _("bedrag of waarde (euro)"),
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(0)],
    )
    valuation = models.CharField(
        _("hoe is de waarde bepaald"),
        max_length=300,
        blank=True,
        help_text=_("Bij een gift in natura: bijvoorbeeld de gangbare prijs van drukwerk."),
    )
    conditions = models.TextField(
        _("voorwaarden"),
        blank=True,
        help_text=_("Heeft de gever iets gevraagd of bedongen? Beschrijf het hier."),
    )
    publication_consent = models.BooleanField(
        _("de gever stemt in met publicatie"),
        default=False,
        help_text=_("Nodig waar de wet publicatie niet verplicht."),
    )
    description = models.CharField(_("omschrijving"), max_length=300, blank=True)
    corrects = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="corrections",
        verbose_name=_("corrigeert"),
    )
    rule_pack = models.CharField(max_length=20, choices=rules.pack_choices())
    flags = models.JSONField(default=list, blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    entered_at = models.DateTimeField(auto_now_add=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    erased_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("registerregel")
        verbose_name_plural = _("registerregels")
        ordering = ["-received_on", "-pk"]
        indexes = [
            models.Index(fields=["party", "received_on"], name="finance_entry_party_date_idx"),
            models.Index(fields=["party", "donor_key"], name="finance_entry_party_donor_idx"),
            models.Index(fields=["party", "approved_at"], name="finance_entry_party_appr_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(donor_type="anoniem") | Q(donor_name=""),
                name="finance_anonymous_has_no_name",
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.pk}"

    @property
    def is_approved(self) -> bool:
        return self.approved_at is not None

    def flag_labels(self) -> list[str]:
        labels = dict(Flag.choices)
        return [str(labels.get(f, f)) for f in self.flags]


class Publication(models.Model):
    """What the board published, frozen at that moment: the public page shows the latest."""

    party = models.ForeignKey(Party, on_delete=models.CASCADE, related_name="finance_publications")
    data = models.JSONField()
    published_at = models.DateTimeField(auto_now_add=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["-published_at", "-pk"]
        indexes = [
            models.Index(fields=["party", "-published_at"], name="finance_pub_party_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.party}: {self.published_at:%Y-%m-%d}"


class InKindValuation(models.TextChoices):
    MARKET = "marktwaarde", _("De gangbare prijs in het economisch verkeer")
    INVOICE = "factuur", _("Het bedrag dat de gever anders in rekening zou brengen")


class Decider(models.TextChoices):
    BOARD = "bestuur", _("Het bestuur")
    TREASURER = "penningmeester", _("De penningmeester, met instemming van een tweede bestuurslid")


class GiftRegulation(models.Model):
    """One version of a party's giftenreglement, made by the wizard; in force once the ALV
    adopted it (``adopted_on``)."""

    party = models.ForeignKey(Party, on_delete=models.CASCADE, related_name="gift_regulations")
    version = models.PositiveIntegerField()
    refuse_anonymous_above = models.DecimalField(
        _("anonieme giften weigeren boven (euro)"), max_digits=10, decimal_places=2
    )
    publish_above = models.DecimalField(
        _("giften openbaar maken boven (euro per gever per jaar)"),
        max_digits=10,
        decimal_places=2,
    )
    refuse_outside_eu = models.BooleanField(_("giften van buiten de EU/EER weigeren"), default=True)
    refuse_conditional = models.BooleanField(_("giften met voorwaarden weigeren"), default=True)
    refuse_companies = models.BooleanField(_("giften van bedrijven weigeren"), default=False)
    in_kind_valuation = models.CharField(
        _("giften in natura waarderen op"),
        max_length=20,
        choices=InKindValuation.choices,
        default=InKindValuation.MARKET,
    )
    decider = models.CharField(
        _("wie beslist over aanvaarding"),
        max_length=20,
        choices=Decider.choices,
        default=Decider.BOARD,
    )
    adopted_on = models.DateField(_("vastgesteld door de ALV op"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("giftenreglement")
        verbose_name_plural = _("giftenreglementen")
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["party", "version"], name="finance_one_regulation_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.party} v{self.version}"


class ReminderSent(models.Model):
    """So each reminder goes out once: one row per party, item and deadline."""

    party = models.ForeignKey(Party, on_delete=models.CASCADE, related_name="finance_reminders")
    item_key = models.CharField(max_length=60)  # e.g. "snel-openbaar-<entry pk>"
    due_on = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["party", "item_key", "due_on"], name="finance_remind_once"
            )
        ]

    def __str__(self) -> str:
        return self.item_key
