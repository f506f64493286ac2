"""The register and public pages: forms keep input, queries stay flat, the JSON keeps its schema."""

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
from django.test import Client

from kennispunt.finance import services
from kennispunt.finance.models import Entry
from kennispunt_testing.finance import approved_gift, gift, make_treasurer
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db

BASE = "/partijen/lokaal-belang-a/financien"
SCHEMA = json.loads((Path(__file__).parents[1] / "schema.json").read_text(encoding="utf-8"))


def board_client(world: World) -> Client:
    client = Client()
    client.force_login(world.user(Role.BOARD_A))
    return client


def test_entry_form_keeps_what_was_typed_and_explains_in_dutch(world: World) -> None:
    response = board_client(world).post(
        f"{BASE}/register/nieuw/",
        {
            "kind": "natura",
            "donor_type": "rechtspersoon",
            "donor_name": "Drukkerij De Eem",
            "donor_country": "NL",
            "received_on": "2026-02-01",
            "amount": "750",
        },
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Drukkerij De Eem" in body
    assert "Beschrijf hoe u de waarde van de gift hebt bepaald." in body
    assert not Entry.objects.exists()
    response = board_client(world).post(
        f"{BASE}/register/nieuw/",
        {
            "kind": "natura",
            "donor_type": "rechtspersoon",
            "donor_name": "Drukkerij De Eem",
            "donor_country": "NL",
            "received_on": "2026-02-01",
            "amount": "750",
            "valuation": "Offerteprijs van 500 folders",
        },
    )
    assert response.status_code == 200
    assert "Vul het KvK-nummer van de rechtspersoon in." in response.content.decode()


def test_a_flagged_entry_warns_right_after_saving(world: World) -> None:
    response = board_client(world).post(
        f"{BASE}/register/nieuw/",
        {
            "kind": "geld",
            "donor_type": "anoniem",
            "donor_country": "NL",
            "received_on": "2026-02-01",
            "amount": "1500",
        },
        follow=True,
    )
    assert "Anoniem boven het maximum" in response.content.decode()


def _register_queries(world: World, django_assert_num_queries, entries: int) -> None:
    treasurer = make_treasurer(world)
    for n in range(entries):
        gift(world.party_a, treasurer, name=f"Gever {n}", approve_by=world.user(Role.BOARD_A))
    client = board_client(world)
    client.get(f"{BASE}/register/")  # warm the session
    # session, user, party, access (board, penningmeester), rule pack, overrides, count, page,
    # audit log, publish check, latest publication, regulations, knowledge, header count.
    with django_assert_num_queries(REGISTER_QUERIES):
        response = client.get(f"{BASE}/register/")
    assert response.status_code == 200


REGISTER_QUERIES = 16


@pytest.mark.parametrize("entries", [2, 20])
def test_register_queries_do_not_grow_with_entries(
    world: World,
    django_assert_num_queries,
    entries: int,
) -> None:
    _register_queries(world, django_assert_num_queries, entries)


def test_public_json_validates_against_the_published_schema_and_csv_matches(
    world: World,
) -> None:
    treasurer = make_treasurer(world)
    services.rule_pack_set(party=world.party_a, pack="wfpp", by=world.user(Role.BOARD_A))
    approved_gift(world, treasurer, amount="2500", conditions="Geen")
    approved_gift(
        world,
        treasurer,
        amount="1200",
        donor_type="rechtspersoon",
        name="Bakkerij BV",
        place="",
        donor_kvk="12345678",
    )
    approved_gift(world, treasurer, amount="50", name="Klein")
    services.publication_create(party=world.party_a, by=world.user(Role.BOARD_A))
    data = Client().get(f"{BASE}.json").json()
    jsonschema.validate(data, SCHEMA, format_checker=jsonschema.FormatChecker())
    assert [e["donor_name"] for e in data["entries"]] == ["Jan Jansen", "Bakkerij BV"]
    rows = list(csv.DictReader(io.StringIO(Client().get(f"{BASE}.csv").content.decode())))
    assert [r["donor_name"] for r in rows] == ["Jan Jansen", "Bakkerij BV"]
    assert rows[1]["donor_kvk"] == "12345678" and rows[1]["party_slug"] == "lokaal-belang-a"
    page = Client().get(f"{BASE}/").content.decode()
    assert "Bakkerij BV" in page and "Klein" not in page


def test_the_schema_rejects_what_may_never_be_public(world: World) -> None:
    treasurer = make_treasurer(world)
    approved_gift(world, treasurer, amount="2500", publication_consent=True)
    services.publication_create(party=world.party_a, by=world.user(Role.BOARD_A))
    data = Client().get(f"{BASE}.json").json()
    jsonschema.validate(data, SCHEMA)
    data["entries"][0]["donor_type"] = "anoniem"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_party_page_links_to_finance_and_the_register_for_the_board(world: World) -> None:
    public = Client().get("/partijen/lokaal-belang-a/").content.decode()
    assert f"{BASE}/" in public and f"{BASE}/register/" not in public
    board = board_client(world).get("/partijen/lokaal-belang-a/").content.decode()
    assert f"{BASE}/register/" in board


def test_start_panel_lists_the_register_for_board_and_penningmeester(world: World) -> None:
    treasurer = make_treasurer(world)
    gift(world.party_a, treasurer)
    client = Client()
    client.force_login(treasurer)
    body = client.get("/mijn/").content.decode()
    assert f"{BASE}/register/" in body and "1 regel wacht op goedkeuring" in body
    member = Client()
    member.force_login(world.user(Role.MEMBER_A))
    assert f"{BASE}/register/" not in member.get("/mijn/").content.decode()


def test_publishing_list_shows_parties_that_published(world: World) -> None:
    assert "Lokaal Belang A" not in Client().get("/partijen/financien/").content.decode()
    services.publication_create(party=world.party_a, by=world.user(Role.BOARD_A))
    assert "Lokaal Belang A" in Client().get("/partijen/financien/").content.decode()
