"""Staff roles are Django groups. What each may do is given by permissions, never by name checks.

Each app grants its permissions to these roles (``staff_permissions.grant``); the groups are
created and given exactly those permissions by ``services.staff_groups_sync`` after every
migrate, so a fresh install always has them.
"""

from django.utils.translation import gettext_lazy as _

REDACTEUR = "redacteur"
HELPDESKMEDEWERKER = "helpdeskmedewerker"
TRAINER = "trainer"
MODERATOR = "moderator"
BEHEERDER = "beheerder"

STAFF_GROUP_NAMES = (REDACTEUR, HELPDESKMEDEWERKER, TRAINER, MODERATOR, BEHEERDER)

STAFF_GROUP_LABELS = {
    REDACTEUR: _("Redacteur"),
    HELPDESKMEDEWERKER: _("Helpdeskmedewerker"),
    TRAINER: _("Trainer"),
    MODERATOR: _("Moderator"),
    BEHEERDER: _("Beheerder"),
}
