"""The staff groups get every permission the apps grant them, and nothing else."""

import pytest
from django.contrib.auth.models import Group

from kennispunt.accounts.roles import STAFF_GROUP_NAMES
from kennispunt.accounts.services import staff_groups_sync
from kennispunt.accounts.staff_permissions import granted as granted_to

pytestmark = pytest.mark.django_db


def test_every_listed_permission_exists_and_each_group_has_exactly_its_own() -> None:
    # The sync skips a permission it cannot find, so a renamed or moved one would silently
    # take an ability away from a role.
    staff_groups_sync()
    for name in STAFF_GROUP_NAMES:
        group = Group.objects.get(name=name)
        granted = {
            f"{app_label}.{codename}"
            for app_label, codename in group.permissions.values_list(
                "content_type__app_label", "codename"
            )
        }
        assert granted == set(granted_to(name)), name
