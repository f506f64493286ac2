from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditLogEntry(models.Model):
    """One state change (or sensitive read) that someone may later need to account for.

    ``data`` holds identifiers and field names, never the personal data itself, so the log
    can be kept after the person it speaks of has been erased.
    """

    created_at = models.DateTimeField(_("tijdstip"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField(_("actie"), max_length=64)
    object_type = models.CharField(_("soort object"), max_length=100)
    object_id = models.CharField(_("object-id"), max_length=64)
    data = models.JSONField(_("gegevens"), default=dict, blank=True)

    class Meta:
        verbose_name = _("logregel")
        verbose_name_plural = _("logboek")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["object_type", "object_id"], name="core_audit_object_idx"),
            models.Index(fields=["action", "created_at"], name="core_audit_action_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.object_type}#{self.object_id}"


class ScheduledJob(models.Model):
    """When a periodic job (core.periodic) last fired; the row is the lock against doubles."""

    name = models.CharField(_("naam"), max_length=100, unique=True)
    last_run_at = models.DateTimeField(_("laatst gestart"), null=True, blank=True)

    class Meta:
        verbose_name = _("periodieke taak")
        verbose_name_plural = _("periodieke taken")

    def __str__(self) -> str:
        return self.name
