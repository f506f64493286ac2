"""The mailing tables moved to the mailings app: a database from before keeps every row, and
every role keeps exactly what it could do."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from kennispunt.accounts.models import User
from kennispunt.accounts.roles import BEHEERDER, REDACTEUR, STAFF_GROUP_NAMES
from kennispunt.accounts.services import staff_groups_sync
from kennispunt.core.audit import entries_for
from kennispunt.core.models import AuditLogEntry, ScheduledJob
from kennispunt.mailings.models import Delivery, Mailing
from kennispunt.newsletter.models import NewsletterIssuePage


def _rows() -> list[tuple[object, ...]]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM newsletter_mailing ORDER BY id")
        mailings = cursor.fetchall()
        cursor.execute("SELECT * FROM newsletter_delivery ORDER BY id")
        return [*mailings, *cursor.fetchall()]


def _group_permissions() -> dict[str, set[int]]:
    return {
        group.name: set(group.permissions.values_list("pk", flat=True))
        for group in Group.objects.filter(name__in=STAFF_GROUP_NAMES)
    }


@pytest.mark.django_db
def test_send_permission_is_the_newsletters_and_belongs_to_editors_and_beheerders() -> None:
    (permission,) = Permission.objects.filter(codename="send_mailing")
    assert permission.content_type.model_class() is NewsletterIssuePage
    holders = set(Group.objects.filter(permissions=permission).values_list("name", flat=True))
    assert holders == {REDACTEUR, BEHEERDER}


@pytest.mark.django_db(transaction=True)
def test_migrating_a_database_from_before_the_move_keeps_rows_and_permissions() -> None:
    # Back to the schema of before: the models in the newsletter's state, their content
    # types and the send permission on newsletter.mailing, the dispatcher's old job name.
    staff_groups_sync()  # a transactional test before this one may have flushed the groups
    MigrationExecutor(connection).migrate([("mailings", None)])
    ContentType.objects.clear_cache()
    old_type = ContentType.objects.get(app_label="newsletter", model="mailing")
    assert not ContentType.objects.filter(app_label="mailings").exists()
    send = Permission.objects.get(codename="send_mailing")
    assert send.content_type == old_type
    direct = User.objects.create_user(email="verzender@example.org", password="x")
    direct.user_permissions.add(send)
    groups_before = _group_permissions()
    assert send.pk in groups_before[REDACTEUR]

    mailing = Mailing.objects.create(
        audience="newsletter", subject="Half verzonden", scheduled_at=timezone.now()
    )
    for number, status in enumerate(("pending", "claimed", "sending", "sent")):
        Delivery.objects.create(
            mailing=mailing, recipient_id=number, email=f"r{number}@example.org", status=status
        )
    AuditLogEntry.objects.create(
        action="mailing.started", object_type="newsletter.mailing", object_id=str(mailing.pk)
    )
    last_run = timezone.now() - timedelta(seconds=30)
    ScheduledJob.objects.create(name="newsletter.dispatch", last_run_at=last_run)
    rows = _rows()

    call_command("migrate", verbosity=0)  # with the staff group sync after it

    assert _rows() == rows
    ContentType.objects.clear_cache()
    assert ContentType.objects.get_for_model(Mailing).pk == old_type.pk
    assert not ContentType.objects.filter(app_label="newsletter", model="mailing").exists()
    (moved,) = Permission.objects.filter(codename="send_mailing")
    assert moved.pk == send.pk
    assert moved.content_type.model_class() is NewsletterIssuePage
    assert _group_permissions() == groups_before
    assert User.objects.get(pk=direct.pk).has_perm("newsletter.send_mailing")
    assert [e.action for e in entries_for(mailing)] == ["mailing.started"]
    assert ScheduledJob.objects.get(name="mailings.dispatch").last_run_at == last_run
    assert Mailing.objects.get().deliveries.count() == 4
