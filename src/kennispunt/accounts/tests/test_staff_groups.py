"""The staff groups hold exactly these permissions after a migrate.

Pinned in full so that moving where apps declare their permissions cannot change what a role
may do: a permission gained or lost shows up here as a difference.
"""

import pytest
from django.contrib.auth.models import Group

from kennispunt.accounts import staff_permissions
from kennispunt.accounts.roles import STAFF_GROUP_NAMES
from kennispunt.accounts.services import staff_groups_sync

pytestmark = pytest.mark.django_db

WAGTAIL_ADMIN = {"wagtailadmin.access_admin"}
ELECTIONS = {
    f"elections.{action}_{model}"
    for model in ("election", "stepoverride", "councilsize")
    for action in ("add", "change", "delete", "view")
}
TRAININGS = {
    "trainings.add_session",
    "trainings.add_training",
    "trainings.change_maatwerkrequest",
    "trainings.change_session",
    "trainings.change_signup",
    "trainings.change_training",
    "trainings.view_evaluation",
    "trainings.view_maatwerkrequest",
    "trainings.view_session",
    "trainings.view_signup",
    "trainings.view_training",
}
HELPDESK = {
    "helpdesk.add_cannedanswer",
    "helpdesk.change_cannedanswer",
    "helpdesk.delete_cannedanswer",
    "helpdesk.view_cannedanswer",
    "helpdesk.view_helpdesk_report",
    "helpdesk.work_ticket",
}
FORUM = {
    "forum.add_category",
    "forum.change_category",
    "forum.moderate_forum",
    "forum.view_category",
}
OUTREACH_TEXT = {"outreach.change_outreachtext", "outreach.view_outreachtext"}
FINANCE_RULES = {f"finance.{action}_ruleoverride" for action in ("add", "change", "delete", "view")}

EXPECTED = {
    "redacteur": WAGTAIL_ADMIN
    | ELECTIONS
    | OUTREACH_TEXT
    | {
        "knowledge.add_wegwijzerentry",
        "knowledge.add_wegwijzerneed",
        "knowledge.change_wegwijzerentry",
        "knowledge.change_wegwijzerneed",
        "knowledge.delete_wegwijzerentry",
        "knowledge.delete_wegwijzerneed",
        "knowledge.view_wegwijzerentry",
        "knowledge.view_wegwijzerneed",
        "newsletter.send_mailing",
    },
    "helpdeskmedewerker": WAGTAIL_ADMIN | HELPDESK,
    "trainer": WAGTAIL_ADMIN | TRAININGS,
    "moderator": WAGTAIL_ADMIN | FORUM,
    "beheerder": WAGTAIL_ADMIN
    | ELECTIONS
    | TRAININGS
    | HELPDESK
    | FORUM
    | OUTREACH_TEXT
    | FINANCE_RULES
    | {
        # Reads a party's candidate pipeline only while its board grants it (candidates).
        "candidates.support_pipeline",
        "core.view_auditlogentry",
        "newsletter.send_mailing",
        "outreach.add_griffiecontact",
        "outreach.change_griffiecontact",
        "outreach.delete_griffiecontact",
        "outreach.send_outreach",
        "outreach.view_griffiecontact",
        "parties.add_municipality",
        "parties.add_party",
        "parties.change_municipality",
        "parties.change_party",
        "parties.review_party_registration",
        "parties.verify_membership",
        "parties.view_membership",
        "parties.view_municipality",
        "parties.view_party",
    },
}


def group_permissions(name: str) -> set[str]:
    group = Group.objects.get(name=name)
    return {
        f"{perm.content_type.app_label}.{perm.codename}"
        for perm in group.permissions.select_related("content_type")
    }


def test_every_staff_group_holds_exactly_its_permissions() -> None:
    assert set(STAFF_GROUP_NAMES) == set(EXPECTED)
    for name, expected in EXPECTED.items():
        assert group_permissions(name) == expected, name


def test_sync_takes_away_a_permission_given_by_hand() -> None:
    group = Group.objects.get(name="moderator")
    group.permissions.add(
        Group.objects.get(name="beheerder").permissions.get(codename="work_ticket")
    )
    staff_groups_sync()
    assert group_permissions("moderator") == EXPECTED["moderator"]


def test_granting_to_an_unknown_role_or_a_malformed_permission_is_refused() -> None:
    with pytest.raises(ValueError, match="Unknown staff role"):
        staff_permissions.grant("secretaris", "forum.moderate_forum")
    with pytest.raises(ValueError, match=r"app_label\.codename"):
        staff_permissions.grant("moderator", "moderate_forum")
    assert "moderate_forum" not in staff_permissions.granted("moderator")


def test_model_permissions_are_named_as_django_names_them() -> None:
    assert staff_permissions.model_permissions("forum.category", "add", "view") == [
        "forum.add_category",
        "forum.view_category",
    ]
