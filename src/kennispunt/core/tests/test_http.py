from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory

from kennispunt.core.http import client_ip, renamed_query_parameters


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


def _view(request: HttpRequest) -> HttpResponse:
    return HttpResponse(request.GET.get("provincie", "-"))


renamed_view = renamed_query_parameters(province="provincie")(_view)


def test_an_old_query_parameter_redirects_permanently_to_its_new_name() -> None:
    request = RequestFactory().get("/partijen/", {"q": "lokaal", "province": "Utrecht"})
    response = renamed_view(request)
    assert response.status_code == 301
    assert response["Location"] == "/partijen/?q=lokaal&provincie=Utrecht"


def test_the_new_name_wins_when_a_link_has_both() -> None:
    request = RequestFactory().get("/partijen/?province=Utrecht&provincie=Drenthe")
    response = renamed_view(request)
    assert response.status_code == 301
    assert response["Location"] == "/partijen/?provincie=Drenthe"


def test_the_new_name_reaches_the_view_and_a_post_is_never_redirected() -> None:
    assert renamed_view(RequestFactory().get("/p/", {"provincie": "Zeeland"})).content == b"Zeeland"
    response = renamed_view(RequestFactory().post("/p/?province=Zeeland"))
    assert response.status_code == 200
