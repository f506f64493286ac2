"""A party's candidate pipeline for one election: the people, their stage, the list and the ALV.

Who stands for a party is political data (art. 9 AVG): only the party's verified board and its
kandidatencommissie see it, and every read and change is logged (``core.audit``).
"""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kennispunt.elections.models import Election
from kennispunt.parties.models import Party

from . import rules


class Stage(models.TextChoices):
    PROPOSED = "aangedragen", _("Aangedragen")
    TALKING = "in_gesprek", _("In gesprek")
    SCREENING = "screening", _("Screening")
    NOMINATED = "voorgedragen", _("Voorgedragen door de commissie")
    ADOPTED = "vastgesteld", _("Vastgesteld door de ALV")
    ON_LIST = "op_de_lijst", _("Op de lijst")
    WITHDRAWN = "afgehaakt", _("Afgehaakt")


STAGE_ORDER = [s.value for s in Stage if s != Stage.WITHDRAWN]
# From "voorgedragen" on, a candidate has a place in the proposed order.
LISTED_STAGES = [Stage.NOMINATED.value, Stage.ADOPTED.value, Stage.ON_LIST.value]


class VogStatus(models.TextChoices):
    NONE = "", _("Nog niet aangevraagd")
    REQUESTED = "aangevraagd", _("Aangevraagd")
    RECEIVED = "ontvangen", _("Ontvangen")


class Pipeline(models.Model):
    party = models.ForeignKey(
        Party,
        on_delete=models.CASCADE,
        related_name="candidate_pipelines",
        verbose_name=_("partij"),
    )
    election = models.ForeignKey(
        Election,
        on_delete=models.CASCADE,
        related_name="candidate_pipelines",
        verbose_name=_("verkiezing"),
    )
    submitter = models.CharField(_("lijstinleveraar"), max_length=150, blank=True)
    agent = models.CharField(_("gemachtigde"), max_length=150, blank=True)
    alv_date = models.DateField(_("datum van de ALV"), null=True, blank=True)
    alv_votes_for = models.PositiveIntegerField(_("stemmen voor"), null=True, blank=True)
    alv_votes_against = models.PositiveIntegerField(_("stemmen tegen"), null=True, blank=True)
    alv_abstentions = models.PositiveIntegerField(_("onthoudingen"), null=True, blank=True)
    alv_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    ready_at = models.DateTimeField(_("lijst gereed op"), null=True, blank=True)
    ready_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    support_until = models.DateTimeField(_("inzage voor het Kennispunt tot"), null=True, blank=True)
    support_granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("kandidatenpijplijn")
        verbose_name_plural = _("kandidatenpijplijnen")
        permissions = [
            ("support_pipeline", _("Kan een pijplijn inzien als de partij daarom vraagt"))
        ]
        constraints = [
            models.UniqueConstraint(fields=["party", "election"], name="candidates_one_pipeline")
        ]

    def __str__(self) -> str:
        return f"{self.party}: {self.election}"

    def get_absolute_url(self) -> str:
        return reverse(
            "candidates:pipeline", kwargs={"election": self.election.slug, "party": self.party.slug}
        )


def new_token() -> str:
    return secrets.token_urlsafe(32)


class Candidate(models.Model):
    pipeline = models.ForeignKey(
        Pipeline, on_delete=models.CASCADE, related_name="candidates", verbose_name=_("pijplijn")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="candidacies",
        verbose_name=_("account"),
    )
    email = models.EmailField(_("e-mailadres"), blank=True)
    invite_token = models.CharField(max_length=64, blank=True, db_index=True)
    surname = models.CharField(
        _("achternaam"),
        max_length=100,
        help_text=_("Met tussenvoegsel, zoals op het identiteitsbewijs: 'de Vries'."),
    )
    initials = models.CharField(_("voorletters"), max_length=20, help_text=_("Zoals A.B."))
    first_name = models.CharField(
        _("roepnaam"), max_length=50, blank=True, help_text=_("Komt tussen haakjes op de lijst.")
    )
    gender = models.CharField(
        _("geslacht"),
        max_length=1,
        blank=True,
        choices=[("m", _("man")), ("v", _("vrouw"))],
        help_text=_("Mag leeg blijven."),
    )
    residence = models.CharField(_("woonplaats"), max_length=100, blank=True)
    country = models.CharField(
        _("land (alleen bij wonen buiten Nederland)"), max_length=60, blank=True
    )
    stage = models.CharField(
        _("fase"), max_length=20, choices=Stage.choices, default=Stage.PROPOSED
    )
    withdrawn_reason = models.CharField(_("reden van afhaken"), max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(_("plaats op de lijst"), null=True, blank=True)
    consent_received = models.BooleanField(
        _("instemmingsverklaring (H 9) ontvangen"), default=False
    )
    id_copy_received = models.BooleanField(
        _("kopie ID ontvangen, BSN afgeschermd"),
        default=False,
        help_text=_("Bewaar het BSN nooit: het wordt hier ook niet gevraagd."),
    )
    vog_status = models.CharField(
        _("VOG"), max_length=20, blank=True, choices=VogStatus.choices, default=VogStatus.NONE
    )
    vog_document = models.BinaryField(null=True, blank=True, editable=False)  # encrypted
    vog_document_name = models.CharField(max_length=150, blank=True)
    declaration_signed_on = models.DateField(
        _("integriteitsverklaring getekend op"), null=True, blank=True
    )
    public_checks = models.JSONField(_("openbare bronnen nagelopen"), default=list, blank=True)
    self_assessment = models.JSONField(default=dict, blank=True)
    self_assessment_done_at = models.DateTimeField(null=True, blank=True)
    self_assessment_shared = models.BooleanField(
        _("antwoorden gedeeld met de commissie"), default=False
    )
    anonymised_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("kandidaat")
        verbose_name_plural = _("kandidaten")
        ordering = ["position", "surname", "pk"]
        indexes = [
            models.Index(fields=["pipeline", "stage"]),
            models.Index(fields=["pipeline", "position"]),
        ]

    def __str__(self) -> str:
        return self.name_on_list

    def get_absolute_url(self) -> str:
        return reverse(
            "candidates:candidate",
            kwargs={
                "election": self.pipeline.election.slug,
                "party": self.pipeline.party.slug,
                "pk": self.pk,
            },
        )

    def as_entry(self, on_other_list: str = "") -> rules.Entry:
        return rules.Entry(
            pk=self.pk,
            surname=self.surname,
            initials=self.initials,
            residence=self.residence,
            first_name=self.first_name,
            consent_received=self.consent_received,
            id_copy_received=self.id_copy_received,
            on_other_list=on_other_list,
        )

    @property
    def name_on_list(self) -> str:
        return rules.name_on_list(self.as_entry())


class CandidateNote(models.Model):
    """A note of the committee; the candidate never sees it (but it is in their data export)."""

    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    text = models.TextField(_("notitie"), max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["candidate", "-created_at"])]

    def __str__(self) -> str:
        return self.text[:40]
