"""One anymail tracking receiver tells every feature about bounces and complaints."""

import base64

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


@pytest.mark.urls("kennispunt.core.testing.anymail_urls")
def test_the_webhook_refuses_requests_without_the_right_password(settings) -> None:
    settings.ANYMAIL = {"WEBHOOK_SECRET": "postmark:geheim"}
    url = "/anymail/postmark/tracking/"
    wrong = {"Authorization": "Basic " + base64.b64encode(b"postmark:fout").decode()}
    assert Client().post(url, data="{}", content_type="application/json").status_code in (400, 401)
    response = Client().post(url, data="{}", content_type="application/json", headers=wrong)
    assert response.status_code in (400, 401)
