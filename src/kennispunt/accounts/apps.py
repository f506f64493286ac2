from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "kennispunt.accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from . import personal_data, roles, staff_permissions
        from .exports import erase_account, export_account

        personal_data.register("account", exporter=export_account, eraser=erase_account)
        for role in roles.STAFF_GROUP_NAMES:
            staff_permissions.grant(role, "wagtailadmin.access_admin")
        # Core's audit log: granted here, because core sits below accounts and names no role.
        staff_permissions.grant(roles.BEHEERDER, "core.view_auditlogentry")
        post_migrate.connect(_sync_staff_groups, dispatch_uid="kennispunt_sync_staff_groups")


def _sync_staff_groups(sender: AppConfig, using: str = "default", **kwargs: object) -> None:
    # Run once, after the last app has migrated, so every permission exists.
    from django.apps import apps

    with_models = [a for a in apps.get_app_configs() if a.models_module is not None]
    if sender is not with_models[-1]:
        return
    from .services import staff_groups_sync

    staff_groups_sync(using=using)
