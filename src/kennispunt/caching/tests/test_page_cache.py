"""Anonymous public pages come from the cache; signed-in visitors never share a page."""

from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from kennispunt_testing.knowledge import KB
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db


def _get(client: Client, url: str, **headers: str) -> Any:
    response = client.get(url, headers=headers)
    assert response.status_code == 200
    return response


def test_second_anonymous_request_is_a_hit_without_queries(
    kb: KB, django_assert_num_queries: Any
) -> None:
    client = Client()
    first = _get(client, kb.article.url)
    assert first["X-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = _get(client, kb.article.url)
    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    assert "Cookie" in second["Vary"]
    assert second["Cache-Control"] == f"public, max-age={settings.PUBLIC_PAGE_BROWSER_SECONDS}"


def test_hit_and_miss_carry_the_same_headers(kb: KB) -> None:
    client = Client()
    miss = _get(client, kb.article.url)
    hit = _get(client, kb.article.url)
    assert (miss["X-Cache"], hit["X-Cache"]) == ("miss", "hit")
    per_request = {"X-Cache", "X-Request-ID"}
    same = {name: value for name, value in miss.items() if name not in per_request}
    assert {name: value for name, value in hit.items() if name not in per_request} == same
    # The request id is the hit's own, not the one of the request that filled the cache.
    assert hit["X-Request-ID"] != miss["X-Request-ID"]
    # Middleware above the cache still runs on a hit.
    assert hit["X-Frame-Options"] == "DENY"
    assert hit["X-Content-Type-Options"] == "nosniff"
    assert hit["Content-Language"] == "nl"


def test_head_is_answered_from_the_cached_get(kb: KB) -> None:
    client = Client()
    _get(client, kb.article.url)
    assert client.head(kb.article.url)["X-Cache"] == "hit"


def test_signed_in_visitor_never_gets_or_leaves_a_cached_page(world: World, kb: KB) -> None:
    anonymous = Client()
    assert "Inloggen" in _get(anonymous, kb.article.url).content.decode()

    member = Client()
    member.force_login(world.user(Role.MEMBER_A))
    for _ in range(2):
        response = _get(member, kb.article.url)
        html = response.content.decode()
        assert "X-Cache" not in response
        assert "Uitloggen" in html and "Inloggen" not in html
        assert response["Cache-Control"] == "private, no-cache"

    other = Client()
    other.force_login(world.user(Role.MEMBER_B))
    assert "X-Cache" not in _get(other, kb.article.url)

    again = _get(anonymous, kb.article.url)
    assert again["X-Cache"] == "hit"
    assert "Uitloggen" not in again.content.decode()


def test_page_of_signed_in_visitor_is_not_stored_for_anonymous(world: World, kb: KB) -> None:
    member = Client()
    member.force_login(world.user(Role.MEMBER_A))
    _get(member, kb.theme.url)
    response = _get(Client(), kb.theme.url)
    assert response["X-Cache"] == "miss"
    assert "Uitloggen" not in response.content.decode()


def test_language_cookie_gets_its_own_entry(kb: KB) -> None:
    dutch, english = Client(), Client()
    english.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert _get(dutch, kb.theme.url)["X-Cache"] == "miss"
    response = _get(english, kb.theme.url)
    assert response["X-Cache"] == "miss"
    assert '<html lang="en">' in response.content.decode()
    assert "Log in" in response.content.decode()
    assert _get(english, kb.theme.url)["X-Cache"] == "hit"
    assert '<html lang="nl">' in _get(dutch, kb.theme.url).content.decode()


def test_post_is_never_cached(kb: KB) -> None:
    client = Client()
    _get(client, kb.lessons[0].url)
    posted = client.post(kb.lessons[0].url, {"action": "check"})
    assert "X-Cache" not in posted


def test_page_with_a_csrf_form_is_not_cached(kb: KB) -> None:
    # The lesson's self-check is a POST form with a token of this visitor.
    client = Client()
    first = _get(client, kb.lessons[0].url)
    assert "csrfmiddlewaretoken" in first.content.decode()
    second = _get(client, kb.lessons[0].url)
    assert "X-Cache" not in first and "X-Cache" not in second


def test_query_string_is_part_of_the_key_in_any_order(world: World) -> None:
    client = Client()
    assert _get(client, "/trainingen/?thema=campagne&online=ja")["X-Cache"] == "miss"
    assert _get(client, "/trainingen/?online=ja&thema=campagne")["X-Cache"] == "hit"
    assert _get(client, "/trainingen/?thema=raadswerk&online=ja")["X-Cache"] == "miss"
    assert _get(client, "/trainingen/")["X-Cache"] == "miss"


def test_htmx_request_is_not_answered_with_the_full_page_entry(kb: KB) -> None:
    client = Client()
    _get(client, kb.theme.url)
    partial = _get(client, kb.theme.url, HX_Request="true", HX_Target="results")
    assert partial["X-Cache"] == "miss"
    assert "HX-Request" in partial["Vary"]
    assert _get(client, kb.theme.url, HX_Request="true", HX_Target="results")["X-Cache"] == "hit"


def test_visitor_with_a_session_or_message_bypasses_the_cache(kb: KB) -> None:
    _get(Client(), kb.theme.url)
    for cookie in (settings.SESSION_COOKIE_NAME, "messages"):
        client = Client()
        client.cookies[cookie] = "something"
        response = _get(client, kb.theme.url)
        assert "X-Cache" not in response
        assert response["Cache-Control"] == "private, no-cache"


def test_pages_outside_the_allow_list_are_not_cached(world: World) -> None:
    client = Client()
    for _ in range(2):
        assert "X-Cache" not in client.get("/zoeken/?q=lijst")


def test_zero_seconds_switches_the_cache_off(kb: KB, settings: Any) -> None:
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0
    client = Client()
    for _ in range(2):
        assert "X-Cache" not in _get(client, kb.theme.url)


def test_language_switch_needs_no_token_but_refuses_cross_site_posts(kb: KB) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post("/i18n/setlang/", {"language": "en", "next": kb.theme.url})
    assert response.status_code == 302
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    forged = Client(enforce_csrf_checks=True).post(
        "/i18n/setlang/", {"language": "en"}, headers={"Sec-Fetch-Site": "cross-site"}
    )
    assert forged.status_code == 403


def test_only_known_query_parameters_are_stored(world: World) -> None:
    client = Client()
    assert _get(client, "/trainingen/?pagina=1")["X-Cache"] == "miss"
    assert _get(client, "/trainingen/?pagina=1")["X-Cache"] == "hit"
    # Unknown parameters, free text and odd values: answered, never stored.
    for url in (
        "/trainingen/?utm_source=nieuwsbrief",
        "/partijen/?q=lokaal",
        "/trainingen/?pagina=x",
    ):
        assert "X-Cache" not in _get(client, url)
        assert "X-Cache" not in _get(client, url)


def test_pages_are_served_when_the_cache_is_down(kb: KB, settings: Any) -> None:
    from kennispunt.caching.generation import bump_generation

    settings.CACHES = {
        **settings.CACHES,
        "public_pages": {
            "BACKEND": "kennispunt.core.redis_cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        },
    }
    response = _get(Client(), kb.article.url)
    assert kb.article.title in response.content.decode()
    assert "X-Cache" not in response
    bump_generation()  # a save during the outage does not fail


def test_other_models_keep_djangos_fast_delete() -> None:
    # A delete receiver for every model would make Django load and signal row by row.
    from django.db.models.deletion import Collector
    from django_tasks_db.models import DBTaskResult

    from kennispunt.mailings.models import Delivery

    collector = Collector(using="default")
    assert collector.can_fast_delete(DBTaskResult.objects.all())
    assert collector.can_fast_delete(Delivery.objects.all())


def test_a_hit_is_answered_before_sessions_authentication_and_url_resolution(
    kb: KB, monkeypatch: Any
) -> None:
    from django.contrib.sessions.middleware import SessionMiddleware
    from django.urls import resolvers

    client = Client()
    _get(client, kb.article.url)  # the miss fills the entry

    calls: list[str] = []
    real_session, real_resolve = SessionMiddleware.process_request, resolvers.URLResolver.resolve

    def session_spy(self: Any, request: Any) -> None:
        calls.append("session")
        real_session(self, request)

    def resolve_spy(self: Any, path: str) -> Any:
        calls.append("resolve")
        return real_resolve(self, path)

    monkeypatch.setattr(SessionMiddleware, "process_request", session_spy)
    monkeypatch.setattr(resolvers.URLResolver, "resolve", resolve_spy)
    hit = _get(client, kb.article.url)
    assert hit["X-Cache"] == "hit"
    assert calls == []

    calls.clear()
    miss = client.get(kb.article.url + "?onbekend=1")  # not stored: the whole stack runs
    assert "X-Cache" not in miss
    assert "session" in calls


def test_static_files_never_touch_the_page_cache(kb: KB, monkeypatch: Any) -> None:
    from kennispunt.caching import middleware

    looked_up: list[str] = []
    real = middleware.policy.page_key

    def key_spy(request: Any, **kwargs: Any) -> str:
        looked_up.append(request.path)
        return real(request, **kwargs)

    monkeypatch.setattr(middleware.policy, "page_key", key_spy)
    Client().get("/static/kennispunt/css/site.css")
    Client().get("/media/images/nothing-here.png")
    assert looked_up == []
    _get(Client(), kb.article.url)
    assert looked_up == [kb.article.url]


def test_both_parts_of_the_cache_must_be_in_middleware_in_order(settings: Any) -> None:
    from kennispunt.caching.checks import FRONT, RULES, check_middleware_order

    assert check_middleware_order() == []
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if m != RULES]
    assert [e.id for e in check_middleware_order()] == ["kennispunt_caching.E001"]
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if m != FRONT] + [RULES, FRONT]
    assert [e.id for e in check_middleware_order()] == ["kennispunt_caching.E001"]
