"""A person joins the pool, changes, renews and leaves it; what the pages ask and keep."""

import pytest
from allauth.account.models import EmailAddress
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from kennispunt.alderman_pool import services
from kennispunt.alderman_pool.models import PoolProfile, ProfileTag
from kennispunt.core.models import AuditLogEntry
from kennispunt_testing.access import client_for
from kennispunt_testing.alderman_pool import make_person, make_profile
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db

FORM = {
    "nickname": "Bruggenbouwer",
    "competences": ["financien", "verbinden"],
    "portfolios": ["wonen"],
    "provinces": ["Utrecht"],
    "municipalities": "Amersfoort, Zeist",
    "available_from": "2027-01-01",
    "hours_per_week": "32",
    "mid_term": "on",
    "about": "Ik wil woningbouw versnellen.",
    "consent": "on",
}


def test_a_member_joins_the_pool_with_consent_and_a_pseudonym(world: World) -> None:
    client = client_for(world, Role.MEMBER_A)
    response = client.post("/wethouderspool/mijn-profiel/bewerken/", FORM)
    assert response.status_code == 302
    profile = PoolProfile.objects.get(user=world.user(Role.MEMBER_A))
    assert profile.nickname == "Bruggenbouwer"
    assert "politieke voorkeur" in profile.consent_text
    assert sorted(profile.values_of("competence")) == ["financien", "verbinden"]
    assert sorted(m.name for m in profile.municipalities.all()) == ["Amersfoort", "Zeist"]
    assert (profile.expires_at - profile.renewed_at).days == 365
    assert AuditLogEntry.objects.filter(action="pool.profile_created").count() == 1
    page = client.get("/wethouderspool/mijn-profiel/").content.decode()
    assert "Bruggenbouwer (#" in page
    assert "Wonen" in page


def test_without_consent_or_choices_nothing_is_stored_and_the_typing_stays(world: World) -> None:
    client = client_for(world, Role.UNVERIFIED)
    data = {**FORM, "consent": "", "portfolios": [], "municipalities": "Nergenshuizen"}
    response = client.post("/wethouderspool/mijn-profiel/bewerken/", data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Zonder uw toestemming kunnen wij u niet in de pool opnemen." in page
    assert "Kies er ten minste een." in page
    assert "Nergenshuizen" in page
    assert "Ik wil woningbouw versnellen." in page
    assert not PoolProfile.objects.exists()


def test_a_region_is_required(world: World) -> None:
    client = client_for(world, Role.UNVERIFIED)
    data = {**FORM, "provinces": [], "municipalities": ""}
    response = client.post("/wethouderspool/mijn-profiel/bewerken/", data)
    assert "Kies ten minste een provincie of vul een gemeente in." in response.content.decode()


def test_a_member_of_a_national_party_may_join(world: World) -> None:
    """Availability as wethouder is the person's own; a national party's member may offer it."""
    from kennispunt_testing.world import make_party

    national = make_party("Landelijke Partij Afdeling", "lpa", is_national_branch=True)
    user = make_person()
    from kennispunt_testing.world import make_membership

    make_membership(user, national)
    client = Client()
    client.force_login(user)
    assert client.post("/wethouderspool/mijn-profiel/bewerken/", FORM).status_code == 302


def test_an_unverified_address_cannot_join(world: World) -> None:
    user = make_person()
    EmailAddress.objects.filter(user=user).update(verified=False)
    client = Client()
    client.force_login(user)
    response = client.get("/wethouderspool/mijn-profiel/bewerken/")
    assert response.status_code == 403
    assert "Bevestig eerst uw e-mailadres" in response.content.decode()
    with pytest.raises(PermissionDenied):
        make_profile(user)


def test_edit_keeps_the_code_and_replaces_the_tags(world: World) -> None:
    profile = make_profile(world.user(Role.MEMBER_B))
    client = client_for(world, Role.MEMBER_B)
    form = client.get("/wethouderspool/mijn-profiel/bewerken/").content.decode()
    assert "consent" not in form  # consent was given once, with the stored text
    data = {k: v for k, v in FORM.items() if k != "consent"}
    assert client.post("/wethouderspool/mijn-profiel/bewerken/", data).status_code == 302
    profile.refresh_from_db()
    assert profile.code == PoolProfile.objects.get().code
    assert sorted(t.value for t in ProfileTag.objects.filter(kind="portfolio")) == ["wonen"]


def test_one_profile_per_person(world: World) -> None:
    user = make_person()
    make_profile(user)
    with pytest.raises(ValidationError):
        make_profile(user)


def test_leaving_the_pool_deletes_profile_and_requests(world: World) -> None:
    profile = make_profile()
    services.request_send(
        profile=profile, party=world.party_a, user=world.user(Role.BOARD_A), message="Hallo"
    )
    client = Client()
    client.force_login(profile.user)
    assert client.post("/wethouderspool/mijn-profiel/verwijderen/").status_code == 302
    assert not PoolProfile.objects.exists()
    from kennispunt.alderman_pool.models import ContactRequest

    assert not ContactRequest.objects.exists()
