from django.test import RequestFactory

from kennispunt.core.http import client_ip


def test_without_a_proxy_the_connection_address_counts() -> None:
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.7", HTTP_X_FORWARDED_FOR="6.6.6.6")
    assert client_ip(request) == "192.0.2.7"


def test_behind_one_proxy_the_address_it_added_counts(settings) -> None:
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    # The first entry is whatever the client claimed; the last one is what our proxy saw.
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.4"
    )
    assert client_ip(request) == "198.51.100.4"
