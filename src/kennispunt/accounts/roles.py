"""Staff roles are Django groups. What each may do is given by permissions, never by name checks.

The groups and their permissions are created by a data migration and kept in sync by
``sync_staff_groups`` (run after migrate), so a fresh install always has them.
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

# "app_label.codename" per group. Later apps add their own permissions here.
WAGTAIL_ADMIN = "wagtailadmin.access_admin"
ELECTION_PERMISSIONS = tuple(
    f"elections.{action}_{model}"
    for model in ("election", "stepoverride", "councilsize")
    for action in ("add", "change", "delete", "view")
)
TRAININGS_STAFF = (
    *(
        f"trainings.{action}_{model}"
        for model in ("training", "session")
        for action in ("add", "change", "view")
    ),
    "trainings.view_signup",
    "trainings.change_signup",
    "trainings.view_evaluation",
    "trainings.view_maatwerkrequest",
    "trainings.change_maatwerkrequest",
)
HELPDESK_PERMISSIONS = (
    "helpdesk.work_ticket",
    "helpdesk.view_helpdesk_report",
    *(f"helpdesk.{action}_cannedanswer" for action in ("add", "change", "delete", "view")),
)
FORUM_MODERATION = (
    "forum.moderate_forum",
    *(f"forum.{action}_category" for action in ("add", "change", "view")),
)
OUTREACH_PERMISSIONS = (
    "outreach.send_outreach",
    *(f"outreach.{action}_griffiecontact" for action in ("add", "change", "delete", "view")),
    *(f"outreach.{action}_outreachtext" for action in ("change", "view")),
)
STAFF_GROUP_PERMISSIONS: dict[str, tuple[str, ...]] = {
    REDACTEUR: (
        WAGTAIL_ADMIN,
        *(
            f"knowledge.{action}_{model}"
            for model in ("wegwijzerentry", "wegwijzerneed")
            for action in ("add", "change", "delete", "view")
        ),
        *ELECTION_PERMISSIONS,
        "newsletter.send_mailing",
        *(f"outreach.{action}_outreachtext" for action in ("change", "view")),
    ),
    HELPDESKMEDEWERKER: (WAGTAIL_ADMIN, *HELPDESK_PERMISSIONS),
    TRAINER: (WAGTAIL_ADMIN, *TRAININGS_STAFF),
    MODERATOR: (WAGTAIL_ADMIN, *FORUM_MODERATION),
    BEHEERDER: (
        WAGTAIL_ADMIN,
        "parties.view_membership",
        "parties.verify_membership",
        "parties.add_party",
        "parties.change_party",
        "parties.view_party",
        "parties.view_municipality",
        "parties.add_municipality",
        "parties.change_municipality",
        "core.view_auditlogentry",
        *ELECTION_PERMISSIONS,
        *TRAININGS_STAFF,
        *HELPDESK_PERMISSIONS,
        *FORUM_MODERATION,
        "newsletter.send_mailing",
        *OUTREACH_PERMISSIONS,
    ),
}
