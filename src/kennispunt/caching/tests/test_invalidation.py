"""A change to public content is visible at once on the cached pages that show it."""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from kennispunt.knowledge.models import WegwijzerEntry, WegwijzerPage
from kennispunt.trainings import services
from kennispunt_testing.knowledge import KB, make_article
from kennispunt_testing.trainings import make_session
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db


def _cached_html(client: Client, url: str) -> str:
    """The page, fetched twice so the second answer provably came from the cache."""
    client.get(url)
    response = client.get(url)
    assert response.status_code == 200
    assert response["X-Cache"] == "hit"
    return response.content.decode()


def test_publishing_an_article_updates_theme_and_article_pages(
    kb: KB, django_capture_on_commit_callbacks
) -> None:
    client = Client()
    assert "Nieuwe regels voor lijsten" not in _cached_html(client, kb.theme.url)
    _cached_html(client, kb.article.url)

    with django_capture_on_commit_callbacks(execute=True):
        make_article(kb.theme, "nieuwe-regels", "Nieuwe regels voor lijsten")
        revision = kb.article.get_latest_revision_as_object()
        revision.title = "Kandidatenlijst: de nieuwe aanpak"
        revision.save_revision().publish()

    theme = client.get(kb.theme.url)
    assert theme["X-Cache"] == "miss"
    assert "Nieuwe regels voor lijsten" in theme.content.decode()
    assert "Kandidatenlijst: de nieuwe aanpak" in client.get(kb.article.url).content.decode()


def test_unpublishing_an_article_removes_it_from_the_cache(kb: KB) -> None:
    client = Client()
    _cached_html(client, kb.other.url)
    kb.other.unpublish()
    assert client.get(kb.other.url).status_code == 404


def test_a_sign_up_changes_the_seats_on_the_calendar(world: World) -> None:
    session = make_session(capacity=2)
    client = Client()
    assert "nog 2 plaatsen" in _cached_html(client, "/trainingen/")
    services.signup_create(
        session_id=session.pk,
        party=world.party_a,
        data=services.SignUpData(name="Persoon 1", email="p1@example.org"),
        signed_up_by=world.user(Role.MEMBER_A),
    )
    html = client.get("/trainingen/").content.decode()
    assert "nog 1 plaats" in html and "nog 2 plaatsen" not in html


def test_editing_a_wegwijzer_entry_shows_on_the_wegwijzer(kb: KB) -> None:
    url = WegwijzerPage.objects.get().url
    client = Client()
    assert "Kiesraad" in _cached_html(client, url)
    entry = WegwijzerEntry.objects.get(title="Kiesraad")
    entry.title = "De Kiesraad helpt"
    entry.save()
    assert "De Kiesraad helpt" in client.get(url).content.decode()


def test_a_page_made_private_is_no_longer_served_from_the_cache(kb: KB) -> None:
    client = Client()
    _cached_html(client, kb.article.url)
    PageViewRestriction.objects.create(page=kb.article, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(kb.article.url)
    assert response.status_code == 302
    assert "X-Cache" not in response
