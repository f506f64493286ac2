"""Trainings: the catalogue (Training), dated sessions, sign-ups, evaluations and maatwerk.

Why plain models and not Wagtail pages: a training is a short, structured description (title,
audience, goals, trainer) that is edited in the Wagtail admin as a *snippet* (see
``wagtail_hooks.py``), so editors still use Wagtail for the text, while the public pages,
filters, iCal feed and sign-up flow need querysets with row locks, constraints and joins that a
page tree only gets in the way of. Sessions, sign-ups and evaluations are operational data
(capacity, waiting list, attendance), never editorial content.

Capacity: a sign-up holds a seat when it is ``confirmed`` or ``offered`` (promoted from the
waiting list, waiting for the person to confirm). Every write that changes who holds a seat
locks the session row first (``services._lock_session``); ``sequence`` records the order in
which that lock was won, so the waiting list is served in arrival order.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from kennispunt.parties.models import Municipality, Party


class Theme(models.TextChoices):
    KANDIDAATSTELLING = "kandidaatstelling", _("Kandidaatstelling")
    CAMPAGNE = "campagne", _("Campagne")
    RAADSWERK = "raadswerk", _("Raadswerk")
    FONDSENWERVING = "fondsenwerving", _("Fondsenwerving")
    BESTUUR = "bestuur", _("Partijbestuur")
    COMMUNICATIE = "communicatie", _("Communicatie")


class Training(models.Model):
    title = models.CharField(_("titel"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=160, unique=True)
    theme = models.CharField(_("thema"), max_length=30, choices=Theme.choices, db_index=True)
    summary = models.CharField(_("samenvatting"), max_length=300)
    description = models.TextField(_("beschrijving"))
    audience = models.CharField(_("voor wie"), max_length=300)
    learning_goals = models.TextField(
        _("leerdoelen"), help_text=_("Eén leerdoel per regel."), blank=True
    )
    duration = models.CharField(_("duur"), max_length=60, help_text=_("Bijvoorbeeld: 2,5 uur."))
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="trainings_given",
    )
    related_articles = models.ManyToManyField(
        "knowledge.ArticlePage", verbose_name=_("gerelateerde artikelen"), blank=True
    )
    ask_dietary = models.BooleanField(_("vraag naar dieetwensen"), default=False)
    ask_expectations = models.BooleanField(_("vraag wat men hoopt te leren"), default=True)

    class Meta:
        verbose_name = _("training")
        verbose_name_plural = _("trainingen")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("trainings:training", kwargs={"slug": self.slug})

    @property
    def goals(self) -> list[str]:
        return [line.strip() for line in self.learning_goals.splitlines() if line.strip()]


class SessionQuerySet(models.QuerySet["Session"]):
    def public(self) -> "SessionQuerySet":
        return self.filter(private_party__isnull=True, is_cancelled=False)

    def upcoming(self) -> "SessionQuerySet":
        return self.filter(starts_at__gt=timezone.now())

    def with_seats(self) -> "SessionQuerySet":
        """Seats taken and waiting, as correlated subqueries: with LIMIT (pagination) only
        the rows shown are counted, where a JOIN + GROUP BY would count every session."""
        return self.annotate(
            seats_taken=_signup_count(SEAT_STATUSES),
            waiting_count=_signup_count((SignUpStatus.WAITING,)),
        )


def _signup_count(statuses: tuple[str, ...]) -> Coalesce:
    counted = (
        SignUp.objects.filter(session=models.OuterRef("pk"), status__in=statuses)
        .order_by()
        .values("session")
        .annotate(n=models.Count("pk"))
        .values("n")
    )
    return Coalesce(models.Subquery(counted), 0)


class Session(models.Model):
    training = models.ForeignKey(
        Training, verbose_name=_("training"), on_delete=models.PROTECT, related_name="sessions"
    )
    starts_at = models.DateTimeField(_("begint om"))
    ends_at = models.DateTimeField(_("eindigt om"))
    is_online = models.BooleanField(_("online"), default=False)
    online_url = models.URLField(
        _("link naar de online bijeenkomst"),
        blank=True,
        help_text=_("Alleen deelnemers krijgen de link, in de herinnering."),
    )
    venue = models.CharField(_("locatie"), max_length=150, blank=True)
    address = models.CharField(_("adres"), max_length=200, blank=True)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="training_sessions",
    )
    capacity = models.PositiveIntegerField(_("aantal plaatsen"), validators=[MinValueValidator(1)])
    signup_deadline = models.DateTimeField(
        _("aanmelden kan tot"), null=True, blank=True, help_text=_("Leeg: tot de start.")
    )
    cancel_until_hours = models.PositiveIntegerField(
        _("afmelden kan tot (uren voor de start)"), default=24
    )
    max_per_party = models.PositiveIntegerField(
        _("maximaal aantal aanmeldingen per partij"),
        null=True,
        blank=True,
        help_text=_("Leeg: geen maximum."),
    )
    private_party = models.ForeignKey(
        Party,
        verbose_name=_("alleen voor partij (maatwerk)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="private_training_sessions",
    )
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="training_sessions",
    )
    materials = models.TextField(
        _("materiaal na afloop"),
        blank=True,
        help_text=_(
            "Eén per regel: een titel en daarna de link, bijvoorbeeld "
            "“Presentatie https://voorbeeld.nl/presentatie.pdf”. Alleen deelnemers "
            "zien dit, en pas als de sessie voorbij is."
        ),
    )
    is_cancelled = models.BooleanField(_("geannuleerd"), default=False)
    signup_counter = models.PositiveIntegerField(default=0, editable=False)
    # iCalendar SEQUENCE: raised when date, place or status change, so calendars update.
    revision = models.PositiveIntegerField(default=0, editable=False)
    attendees_anonymised_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("sessie")
        verbose_name_plural = _("sessies")
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(condition=Q(capacity__gte=1), name="trainings_capacity_min_1"),
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="trainings_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(is_online=True) | Q(municipality__isnull=False),
                name="trainings_online_or_place",
            ),
        ]
        indexes = [
            models.Index(fields=["is_cancelled", "starts_at"], name="trainings_ses_start_idx"),
            models.Index(fields=["private_party", "starts_at"], name="trainings_ses_private_idx"),
            models.Index(fields=["is_online", "starts_at"], name="trainings_ses_online_idx"),
        ]

    def __str__(self) -> str:
        local = timezone.localtime(self.starts_at)
        return f"{self.training.title} ({formats.date_format(local, 'j F Y H:i')})"

    def get_absolute_url(self) -> str:
        return reverse("trainings:session", kwargs={"pk": self.pk})

    @property
    def place(self) -> str:
        if self.is_online:
            return str(_("Online"))
        return self.municipality.name if self.municipality else ""

    @property
    def given_by(self) -> Any:
        """The session's own trainer, else the training's usual one (needs both joined)."""
        return self.trainer or self.training.trainer

    @property
    def map_url(self) -> str:
        """A plain OpenStreetMap search for the address: no embedded map, no third-party
        requests until the visitor chooses to follow the link."""
        if self.is_online or not self.municipality:
            return ""
        query = ", ".join(p for p in [self.address, self.municipality.name] if p)
        return f"https://www.openstreetmap.org/search?{urlencode({'query': query})}"

    @property
    def material_list(self) -> list["Material"]:
        items = []
        for line in self.materials.splitlines():
            line = line.strip()
            if not line:
                continue
            title, _space, link = line.rpartition(" ")
            if link.startswith(("https://", "http://", "/")):
                items.append(Material(title=title.strip(" -\u2013:") or link, url=link))
            else:
                items.append(Material(title=line, url=""))
        return items

    @property
    def effective_signup_deadline(self) -> datetime:
        return self.signup_deadline or self.starts_at

    @property
    def cancel_deadline(self) -> datetime:
        return self.starts_at - timedelta(hours=self.cancel_until_hours)

    @property
    def free_seats(self) -> int:
        """Needs the ``with_seats()`` annotation."""
        return max(self.capacity - getattr(self, "seats_taken", 0), 0)

    @property
    def is_past(self) -> bool:
        return self.starts_at <= timezone.now()

    @property
    def has_ended(self) -> bool:
        return self.ends_at <= timezone.now()

    @property
    def signup_open(self) -> bool:
        return not self.is_cancelled and timezone.now() < self.effective_signup_deadline


@dataclass(frozen=True)
class Material:
    title: str
    url: str


class SignUpStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Aangemeld")
    WAITING = "waiting", _("Op de wachtlijst")
    OFFERED = "offered", _("Plaats aangeboden")
    CANCELLED = "cancelled", _("Afgemeld")
    EXPIRED = "expired", _("Aanbod verlopen")


SEAT_STATUSES = (SignUpStatus.CONFIRMED, SignUpStatus.OFFERED)
ACTIVE_STATUSES = (SignUpStatus.CONFIRMED, SignUpStatus.OFFERED, SignUpStatus.WAITING)


class SignUp(models.Model):
    session = models.ForeignKey(
        Session, verbose_name=_("sessie"), on_delete=models.CASCADE, related_name="signups"
    )
    sequence = models.PositiveIntegerField(
        _("volgnummer"), help_text=_("Volgorde van aanmelden; bepaalt de wachtlijst.")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="training_signups",
    )
    signed_up_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="training_signups_made",
    )
    party = models.ForeignKey(
        Party, null=True, blank=True, on_delete=models.SET_NULL, related_name="training_signups"
    )
    name = models.CharField(_("naam"), max_length=150, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    role = models.CharField(_("rol in de partij"), max_length=100, blank=True)
    dietary = models.CharField(_("dieetwensen"), max_length=300, blank=True)
    expectations = models.TextField(_("wat hoopt u te leren?"), blank=True, max_length=1000)
    status = models.CharField(_("status"), max_length=10, choices=SignUpStatus.choices)
    offered_until = models.DateTimeField(_("bevestigen vóór"), null=True, blank=True)
    attended = models.BooleanField(_("aanwezig"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    reminded_early_at = models.DateTimeField(null=True, blank=True)
    reminded_day_at = models.DateTimeField(null=True, blank=True)
    evaluation_requested_at = models.DateTimeField(null=True, blank=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        ordering = ["session", "sequence"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "sequence"], name="trainings_signup_sequence_unique"
            ),
            models.UniqueConstraint(
                fields=["session", "email"],
                condition=Q(status__in=["confirmed", "offered", "waiting"]) & ~Q(email=""),
                name="trainings_one_active_signup_per_email",
            ),
            models.CheckConstraint(
                condition=~Q(status="offered") | Q(offered_until__isnull=False),
                name="trainings_offer_has_deadline",
            ),
        ]
        indexes = [
            models.Index(fields=["session", "status", "sequence"], name="trainings_su_status_idx"),
            models.Index(fields=["status", "offered_until"], name="trainings_su_offer_idx"),
            models.Index(fields=["email"], name="trainings_su_email_idx"),
        ]

    def __str__(self) -> str:
        return f"#{self.pk}"

    @property
    def holds_seat(self) -> bool:
        return self.status in SEAT_STATUSES

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES


class Evaluation(models.Model):
    """Kept when attendee data is anonymised: statistics survive, the person does not."""

    signup = models.OneToOneField(SignUp, on_delete=models.CASCADE, related_name="evaluation")
    score = models.PositiveSmallIntegerField(
        _("cijfer"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("toelichting"), blank=True, max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("evaluatie")
        verbose_name_plural = _("evaluaties")
        constraints = [
            models.CheckConstraint(
                condition=Q(score__gte=1) & Q(score__lte=5), name="trainings_score_1_5"
            )
        ]

    def __str__(self) -> str:
        return f"#{self.pk}"


class MaatwerkStatus(models.TextChoices):
    ONTVANGEN = "ontvangen", _("Ontvangen")
    INTAKE = "intake", _("Intake")
    GEPLAND = "gepland", _("Gepland")
    AFGEWEZEN = "afgewezen", _("Afgewezen")


class MaatwerkRequest(models.Model):
    party = models.ForeignKey(
        Party, verbose_name=_("partij"), on_delete=models.CASCADE, related_name="maatwerk_requests"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="maatwerk_requests",
    )
    topic = models.CharField(_("onderwerp"), max_length=200)
    details = models.TextField(_("toelichting"), blank=True, max_length=3000)
    preferred_dates = models.CharField(_("voorkeursdata"), max_length=300)
    group_size = models.PositiveIntegerField(
        _("aantal deelnemers"), validators=[MinValueValidator(1), MaxValueValidator(200)]
    )
    place = models.CharField(_("plaats"), max_length=150, help_text=_("Of: online."))
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=MaatwerkStatus.choices,
        default=MaatwerkStatus.ONTVANGEN,
        db_index=True,
    )
    staff_note = models.TextField(_("notitie van het Kennispunt"), blank=True)
    session = models.OneToOneField(
        Session, null=True, blank=True, on_delete=models.SET_NULL, related_name="maatwerk_request"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("maatwerkaanvraag")
        verbose_name_plural = _("maatwerkaanvragen")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["party", "created_at"], name="trainings_mw_party_idx")]

    def __str__(self) -> str:
        return self.topic
