"""Changes to accounts: staff role groups, and deleting an account with everything personal."""

from typing import Any

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from kennispunt.core.audit import log_action

from . import personal_data, staff_permissions
from .models import User
from .roles import STAFF_GROUP_NAMES


def staff_groups_sync(*, using: str = "default") -> None:
    """Create the staff groups and give each exactly its listed permissions (idempotent)."""
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    for name in STAFF_GROUP_NAMES:
        group, _ = Group.objects.using(using).get_or_create(name=name)
        wanted = []
        for dotted in staff_permissions.granted(name):
            app_label, codename = dotted.split(".", 1)
            perm = (
                Permission.objects.using(using)
                .filter(content_type__app_label=app_label, codename=codename)
                .first()
            )
            if perm is not None:
                wanted.append(perm)
        group.permissions.set(wanted)


@transaction.atomic
def account_delete(*, user: User) -> None:
    """Erase a person: every app's eraser runs first, then the account itself goes.

    What is kept is described on the delete page and in the privacy statement: audit-log
    lines stay, without a link to the person.
    """
    personal_data.erase_everything(user)
    log_action(user, "account.deleted", user=None, data={})
    user.delete()


def account_export(*, user: User) -> dict[str, Any]:
    return personal_data.export_everything(user)
