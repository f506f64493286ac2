"""The register and public pages: forms keep input, queries stay flat, the JSON keeps its schema."""

import csv
import io
import json
from datetime import date
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


def test_year_overview_csv_has_income_by_kind_donors_over_the_threshold_and_debts(
    world: World,
) -> None:
    treasurer = make_treasurer(world)
    approved_gift(world, treasurer, amount="700")
    approved_gift(world, treasurer, amount="700")
    approved_gift(world, treasurer, amount="200", name="Klein")
    approved_gift(world, treasurer, amount="900", kind="afdracht", name="Raadslid")
    approved_gift(world, treasurer, amount="5000", kind="schuld", name="Bank")
    approved_gift(world, treasurer, amount="999", received_on=date(2025, 5, 1), name="Vorig jaar")
    body = board_client(world).get(f"{BASE}/register/jaaroverzicht-2026.csv").content.decode()
    rows = list(csv.reader(io.StringIO(body)))
    assert rows == [
        ["section", "label", "place_or_kvk", "date", "amount"],
        ["income", "Gift in geld", "", "", "1600.00"],
        ["income", "Afdracht van eigen raadslid of wethouder", "", "", "900.00"],
        ["donor_over_threshold", "Jan Jansen", "Amersfoort", "", "1400.00"],
        ["debt", "Bank", "", "2026-03-01", "5000.00"],
    ]
    pdf = board_client(world).get(f"{BASE}/register/jaaroverzicht-2026.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


CSV_WITH_ERRORS = (
    "datum;soort;gever;naam;woonplaats;kvk;bedrag;toestemming\n"
    "2026-02-01;geld;persoon;Els de Boer;Utrecht;;1.250,00;ja\n"
    "2026-02-02;geld;rechtspersoon;Bakkerij BV;;;300;nee\n"
    "2026-02-03;cadeau;persoon;Piet;Baarn;;vijftig;\n"
)


def test_csv_import_previews_with_dutch_errors_per_row_and_saves_nothing_until_fixed(
    world: World,
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = board_client(world)
    upload = SimpleUploadedFile("giften.csv", CSV_WITH_ERRORS.encode("utf-8"), "text/csv")
    body = client.post(f"{BASE}/register/inlezen/", {"file": upload}).content.decode()
    assert "Vul het KvK-nummer van de rechtspersoon in." in body  # row 3
    assert "Selecteer een geldige keuze" in body  # row 4: "cadeau"
    assert "Voer een getal in." in body  # row 4: "vijftig"
    assert "in orde" in body  # row 2
    assert not Entry.objects.exists()
    # Confirming a text with errors saves nothing either.
    client.post(f"{BASE}/register/inlezen/", {"confirm": "1", "csv_text": CSV_WITH_ERRORS})
    assert not Entry.objects.exists()

    fixed = "\n".join(CSV_WITH_ERRORS.splitlines()[:2]) + "\n"
    upload = SimpleUploadedFile("giften.csv", fixed.encode("utf-8"), "text/csv")
    preview = client.post(f"{BASE}/register/inlezen/", {"file": upload}).content.decode()
    assert "1 regel inlezen" in preview
    response = client.post(f"{BASE}/register/inlezen/", {"confirm": "1", "csv_text": fixed})
    assert response.status_code == 302
    entry = Entry.objects.get()
    assert (entry.donor_name, str(entry.amount), entry.publication_consent) == (
        "Els de Boer",
        "1250.00",
        True,
    )
    assert entry.flags == ["boven_drempel"] and entry.approved_at is None
