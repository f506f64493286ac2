"""Elections (created by staff), council sizes, and each party's own planner for an election."""

import secrets
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kennispunt.parties.models import Municipality, Party

from . import rules
from .rules import ElectionType, Situation


class Election(models.Model):
    type = models.CharField(
        _("soort verkiezing"),
        max_length=20,
        choices=[(t.value, rules.RULES[t].label) for t in ElectionType],
        default=ElectionType.GEMEENTERAAD,
    )
    year = models.PositiveSmallIntegerField(_("jaar"))
    title = models.CharField(_("titel"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    nomination_day_override = models.DateField(
        _("dag van kandidaatstelling (afwijkend)"),
        null=True,
        blank=True,
        help_text=_(
            "Alleen invullen als de wet of een besluit een andere dag bepaalt dan de gewone "
            "regel (Kieswet art. F 1). Leeg: de dag wordt berekend."
        ),
    )
    election_day_override = models.DateField(
        _("verkiezingsdag (afwijkend)"),
        null=True,
        blank=True,
        help_text=_("Leeg: de 44e dag na de kandidaatstelling (Kieswet art. J 1)."),
    )
    is_published = models.BooleanField(_("gepubliceerd"), default=True)

    class Meta:
        verbose_name = _("verkiezing")
        verbose_name_plural = _("verkiezingen")
        ordering = ["-year", "type"]
        constraints = [
            models.UniqueConstraint(fields=["type", "year"], name="elections_one_per_type_year")
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("elections:detail", kwargs={"slug": self.slug})

    @property
    def rules(self) -> rules.ElectionRules:
        return rules.RULES[ElectionType(self.type)]

    @property
    def nomination_day(self) -> date:
        return self.nomination_day_override or self.rules.nomination_day(self.year)

    @property
    def election_day(self) -> date:
        return self.election_day_override or self.nomination_day + timedelta(
            days=self.rules.election_offset_days
        )


class StepOverride(models.Model):
    """A date set by a later law or decision for one election, with its source."""

    election = models.ForeignKey(
        Election, on_delete=models.CASCADE, related_name="overrides", verbose_name=_("verkiezing")
    )
    step_key = models.CharField(
        _("stap"),
        max_length=40,
        choices=rules.step_choices(),
    )
    starts_on = models.DateField(_("begint op"), null=True, blank=True)
    due_on = models.DateField(_("uiterlijk / op"), null=True, blank=True)
    source = models.CharField(_("bron"), max_length=300)

    class Meta:
        verbose_name = _("afwijkende datum")
        verbose_name_plural = _("afwijkende datums")
        constraints = [
            models.UniqueConstraint(
                fields=["election", "step_key"], name="elections_one_override_per_step"
            )
        ]

    def __str__(self) -> str:
        return f"{self.election}: {self.step_key}"


class CouncilSize(models.Model):
    """Seats in a municipality's council (Gemeentewet art. 8); decides support declarations."""

    municipality = models.OneToOneField(
        Municipality,
        on_delete=models.CASCADE,
        related_name="council_size",
        verbose_name=_("gemeente"),
    )
    inhabitants = models.PositiveIntegerField(
        _("aantal inwoners"),
        null=True,
        blank=True,
        help_text=_(
            "Op 1 januari van het jaar vóór de verkiezing. Laat u het aantal zetels leeg, dan "
            "wordt het berekend met de tabel van de Gemeentewet (art. 8)."
        ),
    )
    seats = models.PositiveSmallIntegerField(_("aantal raadszetels"), blank=True)
    source = models.CharField(_("bron"), max_length=200, blank=True)
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        verbose_name = _("raadsgrootte")
        verbose_name_plural = _("raadsgroottes")
        ordering = ["municipality__name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(seats__gte=9, seats__lte=45), name="elections_seats_range"
            )
        ]

    def __str__(self) -> str:
        return f"{self.municipality}: {self.seats}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.seats is None and self.inhabitants is not None:
            self.seats = rules.council_seats_for(self.inhabitants)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        if self.seats is None and self.inhabitants is None:
            raise ValidationError(_("Vul het aantal zetels of het aantal inwoners in."))


def new_token() -> str:
    return secrets.token_urlsafe(32)


SITUATION_CHOICES = [
    (Situation.NEW.value, _("Wij doen voor het eerst mee")),
    (Situation.NO_SEATS.value, _("Wij deden vorige keer mee, maar haalden geen zetel")),
    (Situation.HAS_SEATS.value, _("Wij haalden vorige keer een of meer zetels")),
]


class PartyPlan(models.Model):
    """One party's planner for one election: its case, ticks, milestones and calendar link."""

    party = models.ForeignKey(
        Party, on_delete=models.CASCADE, related_name="election_plans", verbose_name=_("partij")
    )
    election = models.ForeignKey(
        Election, on_delete=models.CASCADE, related_name="plans", verbose_name=_("verkiezing")
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gemeente"),
    )
    situation = models.CharField(
        _("situatie"),
        max_length=20,
        blank=True,
        choices=SITUATION_CHOICES,
    )
    appellation_registered = models.BooleanField(_("naam al geregistreerd"), null=True, blank=True)
    seats_last_time = models.PositiveSmallIntegerField(
        _("zetels bij de vorige verkiezing"), null=True, blank=True
    )
    ical_token = models.CharField(max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("verkiezingsplanning")
        verbose_name_plural = _("verkiezingsplanningen")
        constraints = [
            models.UniqueConstraint(fields=["party", "election"], name="elections_one_plan")
        ]

    def __str__(self) -> str:
        return f"{self.party}: {self.election}"

    def get_absolute_url(self) -> str:
        return reverse(
            "elections:plan", kwargs={"slug": self.election.slug, "party": self.party.slug}
        )


class StepCompletion(models.Model):
    plan = models.ForeignKey(PartyPlan, on_delete=models.CASCADE, related_name="completions")
    step_key = models.CharField(max_length=40)
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["plan", "step_key"], name="elections_one_tick")
        ]

    def __str__(self) -> str:
        return self.step_key


class Milestone(models.Model):
    """The party's own deadline, e.g. "kandidatenlijst vastgesteld in de ALV"."""

    plan = models.ForeignKey(PartyPlan, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(_("omschrijving"), max_length=150)
    due_on = models.DateField(_("uiterlijk op"))
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="election_milestones",
        verbose_name=_("wie"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_on", "pk"]
        indexes = [models.Index(fields=["plan", "due_on"])]

    def __str__(self) -> str:
        return self.title


class ReminderSent(models.Model):
    """So each reminder goes out once: one row per plan, item and lead time."""

    plan = models.ForeignKey(PartyPlan, on_delete=models.CASCADE, related_name="reminders")
    item_key = models.CharField(max_length=60)  # a step key or "mijlpaal-<pk>"
    due_on = models.DateField()
    days_before = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "item_key", "due_on", "days_before"], name="elections_remind_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.item_key} ({self.days_before})"
