"""One anymail tracking receiver tells every feature about bounces and complaints."""

import base64
import json

import pytest
from anymail.signals import AnymailTrackingEvent, tracking
from django.test import Client

from kennispunt.mailings import bounces

pytestmark = pytest.mark.django_db


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str, str]]:
    seen: list[tuple[str, str, str, str]] = []

    def handler(name: str) -> bounces.BounceHandler:
        def handle(*, email: str, reason: str, source: str) -> int:
            seen.append((name, email, reason, source))
            return 1

        return handle

    monkeypatch.setattr(bounces, "_handlers", {"b": handler("b"), "a": handler("a")})
    return seen


def test_bounces_and_complaints_reach_every_registered_feature(
    calls: list[tuple[str, str, str, str]],
) -> None:
    for recipient, event_type in (
        ("WEG@example.org", "bounced"),
        ("boos@example.org", "complained"),
        ("geweigerd@example.org", "rejected"),
        ("blijft@example.org", "opened"),
        ("", "bounced"),
    ):
        event = AnymailTrackingEvent(event_type=event_type, recipient=recipient)
        tracking.send(sender=object, event=event, esp_name="Postmark")
    assert calls == [
        ("a", "WEG@example.org", "bounced", "webhook:Postmark"),
        ("b", "WEG@example.org", "bounced", "webhook:Postmark"),
        ("a", "boos@example.org", "complained", "webhook:Postmark"),
        ("b", "boos@example.org", "complained", "webhook:Postmark"),
        ("a", "geweigerd@example.org", "bounced", "webhook:Postmark"),
        ("b", "geweigerd@example.org", "bounced", "webhook:Postmark"),
    ]


def test_the_webhook_does_not_exist_without_a_secret() -> None:
    response = Client().post(
        "/anymail/postmark/tracking/", data="{}", content_type="application/json"
    )
    assert response.status_code == 404


@pytest.mark.urls("kennispunt_testing.anymail_urls")
def test_the_webhook_refuses_requests_without_the_right_password(
    settings, calls: list[tuple[str, str, str, str]]
) -> None:
    settings.ANYMAIL = {"WEBHOOK_SECRET": "postmark:geheim"}
    url = "/anymail/postmark/tracking/"
    bounce = json.dumps(
        {
            "RecordType": "Bounce",
            "Type": "HardBounce",
            "TypeCode": 1,
            "Email": "weg@example.org",
            "MessageID": "883953f4-6105-42a2-a16a-77a8eac79483",
            "BouncedAt": "2026-01-05T10:00:00Z",
        }
    )

    def post(password: bytes | None) -> int:
        headers = {}
        if password is not None:
            headers["Authorization"] = "Basic " + base64.b64encode(password).decode()
        response = Client().post(url, data=bounce, content_type="application/json", headers=headers)
        return response.status_code

    # anymail raises SuspiciousOperation for a missing or wrong password: Django answers 400.
    assert post(None) == 400
    assert post(b"postmark:fout") == 400
    assert calls == []
    assert post(b"postmark:geheim") == 200
    assert [(email, reason) for _, email, reason, _ in calls] == [
        ("weg@example.org", "bounced"),
        ("weg@example.org", "bounced"),
    ]
