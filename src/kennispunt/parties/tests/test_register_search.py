"""The public register shows eligible local parties only; municipality names are found the way
people type them."""

import pytest

from kennispunt.parties.forms import MembershipRequestForm
from kennispunt.parties.names import normalise, similar_names
from kennispunt.parties.selectors import municipalities_matching, search_parties
from kennispunt_testing.access import client_for
from kennispunt_testing.world import Role, World, make_party

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Den Haag", "'s-Gravenhage"),
        ("den haag", "'s-Gravenhage"),
        ("Den Bosch", "'s-Hertogenbosch"),
        ("s-Hertogenbosch", "'s-Hertogenbosch"),
        ("\u2019s-Gravenhage", "'s-Gravenhage"),
        ("hertogenbosch", "'s-Hertogenbosch"),
        ("Sudwest Fryslan", "Súdwest-Fryslân"),
        ("noardeast fryslan", "Noardeast-Fryslân"),
        ("Noordoost-Friesland", "Noardeast-Fryslân"),
        ("Bergen op Zoom", "Bergen op Zoom"),
        ("alphenchaam", "Alphen-Chaam"),
    ],
)
def test_municipality_names_as_people_type_them(typed: str, expected: str) -> None:
    assert expected in list(municipalities_matching(typed).values_list("name", flat=True))


def test_nothing_typed_finds_nothing() -> None:
    assert not municipalities_matching("  '- ").exists()
    assert not municipalities_matching("Atlantis").exists()


def test_normalise_and_similar_names() -> None:
    assert normalise("'s-Hertogenbosch") == "s hertogenbosch"
    assert normalise("Súdwest-Fryslân") == "sudwest fryslan"
    deventer = frozenset({"deventer"})
    assert similar_names("Lokaal Belang", "Lokaal Belang Deventer", place_words=deventer)
    assert similar_names("Lokaal Belang Deventr", "Lokaal Belang Deventer")
    assert not similar_names("Lokaal Belang", "Deventer Anders", place_words=deventer)
    assert not similar_names("Gemeentebelang Noord", "Dorpspartij Zuid")


def test_municipality_search_pages_use_the_aliases(world: World, client) -> None:
    html = client.get("/voor-gemeenten/gemeenten/?q=Den+Haag").content.decode()
    assert "&#x27;s-Gravenhage" in html or "'s-Gravenhage" in html
    party = make_party("Haagse Stadspartij Test", "haagse-stadspartij-test", "GM0518")
    html = client.get("/partijen/?q=den+haag").content.decode()
    assert party.name in html


@pytest.fixture
def branch(world: World):
    return make_party("Landelijke Partij afd. A", "landelijk-a", "GM0307", is_national_branch=True)


def test_register_lists_only_eligible_local_parties(world: World, client, branch) -> None:
    assert branch not in search_parties()
    assert world.party_a in search_parties()
    html = client.get("/partijen/").content.decode()
    assert branch.name not in html
    assert world.party_a.name in html
    municipality = world.party_a.municipalities.get()
    html = client.get(f"/voor-gemeenten/{municipality.slug}/").content.decode()
    assert world.party_a.name in html
    assert branch.name not in html
    assert "/partijen/aanmelden/" in html


def test_a_national_branch_cannot_be_chosen_in_the_membership_form(world: World, branch) -> None:
    form = MembershipRequestForm({"party": branch.pk, "role": "lid", "consent": "on"})
    assert not form.is_valid()
    assert "party" in form.errors
    html = client_for(world, Role.UNVERIFIED).get("/partijen/lidmaatschap/aanvragen/")
    text = html.content.decode()
    assert branch.name not in text
    assert "Staat uw partij er niet bij?" in text
    assert 'href="/partijen/aanmelden/"' in text


def test_registration_is_linked_from_where_people_look(world: World, client) -> None:
    assert 'href="/partijen/aanmelden/"' in client.get("/voor-gemeenten/").content.decode()
    profile = client_for(world, Role.MEMBER_A).get("/account/profiel/").content.decode()
    assert 'href="/partijen/aanmelden/"' in profile
