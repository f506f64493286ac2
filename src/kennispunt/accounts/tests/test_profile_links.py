import pytest

from kennispunt.accounts import profile_links


@pytest.fixture
def registered_link(monkeypatch):
    monkeypatch.setattr(profile_links, "_registry", {})
    profile_links.register(
        label="Mijn testinstellingen",
        url_name="accounts:data_export",
        description="wat een andere app bewaart",
    )


@pytest.mark.django_db
def test_profile_lists_links_registered_by_other_apps(client, django_user_model, registered_link):
    user = django_user_model.objects.create_user(email="a@example.org", password="x" * 12)
    client.force_login(user)
    response = client.get("/account/profiel/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Mijn activiteiten en meldingen" in content
    assert 'href="/account/profiel/gegevens/">Mijn testinstellingen</a>' in content


@pytest.mark.django_db
def test_profile_without_registered_links_has_no_empty_section(
    client, django_user_model, monkeypatch
):
    monkeypatch.setattr(profile_links, "_registry", {})
    user = django_user_model.objects.create_user(email="b@example.org", password="x" * 12)
    client.force_login(user)
    assert "Mijn activiteiten en meldingen" not in client.get("/account/profiel/").content.decode()
