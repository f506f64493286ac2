from django.apps import AppConfig


class BackupsConfig(AppConfig):
    name = "kennispunt.backups"
    label = "backups"
    verbose_name = "Backups"
