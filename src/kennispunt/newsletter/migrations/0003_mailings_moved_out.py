# Mailing and Delivery moved to the mailings app (see mailings 0001). The tables and their rows
# stay; only Django's state changes. What refers to the models by app label moves along:
# their content types (and so their default permissions), audit-log lines and the periodic
# job. "newsletter.send_mailing" stays a newsletter permission, now on NewsletterIssuePage:
# the same row keeps its groups and users, so every role keeps exactly what it could do.

from django.db import migrations


def _move_permission(apps, db, source, target):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission").objects.using(db)
    old = ContentType.objects.using(db).filter(app_label="newsletter", model=source).first()
    if old is None:
        return  # a new database: post_migrate creates the permission where the models say
    new, _created = ContentType.objects.using(db).get_or_create(
        app_label="newsletter", model=target
    )
    # By id: on the way back the historical Permission may point at an older rendering of
    # ContentType, which Django would refuse as "not a ContentType instance".
    if not Permission.filter(content_type_id=new.pk, codename="send_mailing").exists():
        Permission.filter(content_type_id=old.pk, codename="send_mailing").update(
            content_type_id=new.pk
        )


def _relabel(apps, db, old_app, new_app):
    ContentType = apps.get_model("contenttypes", "ContentType")
    AuditLogEntry = apps.get_model("core", "AuditLogEntry")
    ScheduledJob = apps.get_model("core", "ScheduledJob")
    types = ContentType.objects.using(db)
    for model in ("mailing", "delivery"):
        if not types.filter(app_label=new_app, model=model).exists():
            types.filter(app_label=old_app, model=model).update(app_label=new_app)
        AuditLogEntry.objects.using(db).filter(object_type=f"{old_app}.{model}").update(
            object_type=f"{new_app}.{model}"
        )
    ScheduledJob.objects.using(db).filter(name=f"{old_app}.dispatch").update(
        name=f"{new_app}.dispatch"
    )
    ContentType.objects.clear_cache()


def forwards(apps, schema_editor):
    db = schema_editor.connection.alias
    _move_permission(apps, db, "mailing", "newsletterissuepage")
    _relabel(apps, db, "newsletter", "mailings")


def backwards(apps, schema_editor):
    db = schema_editor.connection.alias
    _relabel(apps, db, "mailings", "newsletter")
    _move_permission(apps, db, "newsletterissuepage", "mailing")


class Migration(migrations.Migration):

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('core', '0002_scheduledjob'),
        ('mailings', '0001_initial'),
        ('newsletter', '0002_mailing_one_per_source'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.DeleteModel(name='Delivery'),
                migrations.DeleteModel(name='Mailing'),
            ],
        ),
        migrations.AlterModelOptions(
            name='newsletterissuepage',
            options={'permissions': [('send_mailing', 'Mag nieuwsbrieven verzenden')], 'verbose_name': 'nieuwsbrief', 'verbose_name_plural': 'nieuwsbrieven'},
        ),
        migrations.RunPython(forwards, backwards),
    ]
