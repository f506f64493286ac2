"""Load all Dutch municipalities (CBS "Gemeentelijke indeling op 1 januari 2026").

Source and checks: ../data/SOURCE.md. Re-running is safe: rows are matched on CBS code.
"""

import csv
from pathlib import Path

from django.db import migrations
from django.utils.text import slugify

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "gemeenten.csv"


def load(apps, schema_editor):
    Municipality = apps.get_model("parties", "Municipality")
    with DATA_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            Municipality.objects.update_or_create(
                cbs_code=row["cbs_code"],
                defaults={
                    "name": row["name"],
                    "slug": slugify(row["name"]),
                    "province": row["province"],
                    "is_active": True,
                },
            )


class Migration(migrations.Migration):
    dependencies = [("parties", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
