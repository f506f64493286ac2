"""Delivery records: recorded sends, who was reached and when, erasure."""

from datetime import timedelta

import pytest
from django.db.models import IntegerField, OuterRef, Value
from django.utils import timezone

from kennispunt.mailings.content import RenderedMessage
from kennispunt.mailings.models import Delivery, MailingStatus
from kennispunt.mailings.selectors import first_sent_at, mailing_progress, subjects_received
from kennispunt.mailings.services import (
    deliveries_anonymise,
    deliveries_erase,
    mailing_record_sent,
)

from .conftest import KEY, MemoryAudience

pytestmark = pytest.mark.django_db


def test_a_recorded_send_sends_nothing_and_counts_as_sent(
    audience: MemoryAudience, rendered: RenderedMessage
) -> None:
    from django.core import mail

    sent_at = timezone.now() - timedelta(days=3)
    mailing = mailing_record_sent(
        audience=KEY, rendered=rendered, sent_at=sent_at, recipients=[(1, "a@example.org")]
    )
    assert mail.outbox == []
    assert mailing.status == MailingStatus.DONE
    assert mailing.finished_at == sent_at
    assert mailing_progress(mailing).sent == 1
    assert subjects_received(audience=KEY, recipient_id=1) == [rendered.subject]
    assert subjects_received(audience="andere-doelgroep", recipient_id=1) == []


def test_first_sent_at_is_the_earliest_send_of_the_audiences(
    audience: MemoryAudience, rendered: RenderedMessage
) -> None:
    now = timezone.now()
    for days in (10, 3):
        mailing_record_sent(
            audience=KEY,
            rendered=rendered,
            sent_at=now - timedelta(days=days),
            recipients=[(7, "a@example.org")],
        )
    rows = Delivery.objects.annotate(
        first=first_sent_at(audiences=[KEY], recipient_id=OuterRef("recipient_id")),
        other=first_sent_at(audiences=["andere-doelgroep"], recipient_id=OuterRef("recipient_id")),
    )
    assert {(row.first, row.other) for row in rows} == {(now - timedelta(days=10), None)}
    by_value = Delivery.objects.annotate(
        first=first_sent_at(audiences=[KEY], recipient_id=Value(8, IntegerField()))
    )
    assert {row.first for row in by_value} == {None}


def test_erasure_deletes_and_anonymising_keeps_the_counts(
    audience: MemoryAudience, rendered: RenderedMessage
) -> None:
    recipients = [(1, "een@example.org"), (2, "twee@example.org"), (3, "drie@example.org")]
    mailing = mailing_record_sent(
        audience=KEY, rendered=rendered, sent_at=timezone.now(), recipients=recipients
    )
    assert deliveries_erase(audiences=["andere-doelgroep"], recipient_ids=[1]) == 0
    assert deliveries_erase(audiences=[KEY], recipient_ids=[1]) == 1
    assert deliveries_anonymise(audiences=[KEY], recipient_ids=[2]) == 1
    assert dict(Delivery.objects.values_list("recipient_id", "email")) == {
        2: "",
        3: "drie@example.org",
    }
    assert mailing_progress(mailing).sent == 2
