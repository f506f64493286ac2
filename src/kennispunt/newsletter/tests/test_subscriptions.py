"""Double opt-in, one-click unsubscribe, consent log, privacy."""

import re
from datetime import timedelta
from unittest import mock
from urllib.parse import urlsplit

import pytest
from anymail.signals import AnymailTrackingEvent, tracking
from django.core import mail, signing
from django.test import Client

from kennispunt.accounts.personal_data import erase_everything, export_everything
from kennispunt.core.audit import entries_for
from kennispunt.mailings.content import RenderedMessage
from kennispunt.mailings.models import Delivery, DeliveryStatus, Mailing
from kennispunt.mailings.services import mailing_create
from kennispunt.newsletter import services
from kennispunt.newsletter.models import ConsentAction, Subscriber, SubscriberStatus
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db


FORM = {"email": "Anne@Example.org", "name": "Anne", "consent": "on"}


def confirm_url(message: mail.EmailMessage) -> str:
    match = re.search(r"https?://\S+/nieuwsbrief/bevestigen/\S+/", str(message.body))
    assert match, message.body
    return urlsplit(match.group(0)).path


def subscribe(client: Client, data: dict[str, str] | None = None) -> Subscriber:
    response = client.post("/nieuwsbrief/", data or FORM)
    assert response.status_code == 302
    assert response["Location"] == "/nieuwsbrief/aangevraagd/"
    return Subscriber.objects.get(email__iexact=(data or FORM)["email"])


def test_subscribing_sends_a_confirmation_and_subscribes_no_one_until_confirmed() -> None:
    client = Client()
    subscriber = subscribe(client)
    assert subscriber.status == SubscriberStatus.PENDING
    assert [m.to for m in mail.outbox] == [["Anne@Example.org"]]
    record = subscriber.consent_records.get()
    assert record.action == ConsentAction.SUBSCRIBE
    assert record.text == str(services.CONSENT_TEXT_SUBSCRIBE)
    assert record.source.endswith("/nieuwsbrief/")

    url = confirm_url(mail.outbox[0])
    # Opening the link (a mail scanner does) changes nothing; the button confirms.
    assert client.get(url).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.PENDING
    response = client.post(url)
    assert "U bent aangemeld" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.ACTIVE
    assert [r.action for r in subscriber.consent_records.all()] == ["subscribe", "confirm"]


def test_consent_is_required() -> None:
    response = Client().post("/nieuwsbrief/", {"email": "a@example.org"})
    assert response.status_code == 200
    assert "Vink aan dat u de nieuwsbrief wilt ontvangen." in response.content.decode()
    assert not Subscriber.objects.exists()


def test_a_known_address_gets_the_same_answer_and_no_duplicate() -> None:
    client = Client()
    subscriber = subscribe(client)
    subscriber.status = SubscriberStatus.ACTIVE
    subscriber.save()
    mail.outbox.clear()
    again = subscribe(client, {**FORM, "email": "anne@EXAMPLE.org"})
    assert again.pk == subscriber.pk
    assert Subscriber.objects.count() == 1
    assert mail.outbox == []  # an active subscriber is not mailed again


def test_an_expired_or_forged_confirmation_link_does_nothing() -> None:
    client = Client()
    subscriber = subscribe(client)
    token = services.confirmation_token(subscriber)
    assert client.post(f"/nieuwsbrief/bevestigen/{token}x/").status_code == 400
    later = signing.time.time() + services.CONFIRM_MAX_AGE + 60  # type: ignore[attr-defined]
    with mock.patch("django.core.signing.time.time", return_value=later):
        assert client.post(f"/nieuwsbrief/bevestigen/{token}/").status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.PENDING


def test_an_old_confirmation_link_after_unsubscribing_does_not_claim_success() -> None:
    client = Client()
    subscriber = subscribe(client)
    url = confirm_url(mail.outbox[0])
    assert "U bent aangemeld" in client.post(url).content.decode()
    services.subscription_cancel(subscriber=subscriber, source="test")
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 400
        body = response.content.decode()
        assert "U bent aangemeld" not in body
        assert "Meld u opnieuw aan" in body
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED


def test_the_form_is_rate_limited() -> None:
    client = Client()
    for _ in range(3):
        subscribe(client)
    response = client.post("/nieuwsbrief/", FORM)
    assert response.status_code == 429
    assert "te vaak geprobeerd" in response.content.decode()


def _active(email: str = "lezer@example.org") -> Subscriber:
    return Subscriber.objects.create(email=email, status=SubscriberStatus.ACTIVE)


def _mailing_to(*subscribers: Subscriber) -> Mailing:
    mailing = mailing_create(
        audience=services.AUDIENCE,
        rendered=RenderedMessage("Onderwerp", "<p>x</p>", "x"),
    )
    Delivery.objects.bulk_create(
        [Delivery(mailing=mailing, recipient_id=s.pk, email=s.email) for s in subscribers]
    )
    mailing.status = "sending"
    mailing.save()
    return mailing


def test_one_click_unsubscribe_works_without_login_csrf_or_confirmation() -> None:
    subscriber = _active()
    mailing = _mailing_to(subscriber)
    client = Client(enforce_csrf_checks=True)
    url = f"/nieuwsbrief/afmelden/{subscriber.unsubscribe_token}/"
    page = client.get(url)
    assert page.status_code == 200
    assert "Afmelden" in page.content.decode()
    response = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED
    record = subscriber.consent_records.get()
    assert record.action == ConsentAction.UNSUBSCRIBE
    assert "List-Unsubscribe-Post" in record.source
    # Removed from every future send: its pending delivery is skipped.
    assert Delivery.objects.get(mailing=mailing).status == DeliveryStatus.SKIPPED
    assert [e.action for e in entries_for(subscriber)] == ["newsletter.unsubscribed"]


def test_unknown_unsubscribe_token_is_404() -> None:
    assert Client().post("/nieuwsbrief/afmelden/onbekend/").status_code == 404


def test_bounce_and_complaint_webhook_events_deactivate_the_address() -> None:
    bounced = _active("weg@example.org")
    complained = _active("boos@example.org")
    kept = _active("blijft@example.org")
    for recipient, event_type in (
        ("WEG@example.org", "bounced"),
        ("boos@example.org", "complained"),
        ("blijft@example.org", "opened"),
    ):
        event = AnymailTrackingEvent(event_type=event_type, recipient=recipient)
        tracking.send(sender=object, event=event, esp_name="Postmark")
    statuses = dict(Subscriber.objects.values_list("email", "status"))
    assert statuses[bounced.email] == SubscriberStatus.BOUNCED
    assert statuses[complained.email] == SubscriberStatus.COMPLAINED
    assert statuses[kept.email] == SubscriberStatus.ACTIVE
    assert bounced.consent_records.get().source == "webhook:Postmark"


def test_signed_in_people_manage_their_subscription(world: World) -> None:
    user = world.user(Role.MEMBER_A)
    client = Client()
    client.force_login(user)
    assert "U krijgt de nieuwsbrief nu niet." in client.get("/nieuwsbrief/mijn/").content.decode()
    client.post("/nieuwsbrief/mijn/", {"action": "subscribe"})
    subscriber = Subscriber.objects.get(user=user)
    assert subscriber.status == SubscriberStatus.PENDING  # still double opt-in
    client.post(confirm_url(mail.outbox[-1]))
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.ACTIVE
    client.post("/nieuwsbrief/mijn/", {"action": "unsubscribe"})
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED
    profile = client.get("/account/profiel/").content.decode()
    assert "/nieuwsbrief/mijn/" in profile


def test_export_and_erasure_include_subscription_and_consent_log(world: World) -> None:
    user = world.user(Role.MEMBER_A)
    subscriber = Subscriber.objects.create(email=user.email.upper(), status="active")
    services.subscription_cancel(subscriber=subscriber, source="test")
    exported = export_everything(user)["data"]["newsletter"]
    assert exported[0]["status"] == "unsubscribed"
    assert exported[0]["consent"][0]["action"] == "unsubscribe"
    erase_everything(user)
    assert not Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_confirmation_link_expires_after_a_week() -> None:
    assert timedelta(seconds=services.CONFIRM_MAX_AGE) == timedelta(days=7)
