"""The explanation (web page and PDF), the municipality index and pages, their query counts."""

import io
from typing import Any

import pytest
from django.test import Client
from pypdf import PdfReader

from kennispunt.outreach import content
from kennispunt.outreach.models import OutreachText
from kennispunt.outreach.structure import outreach_text_ensure
from kennispunt.pages.site_structure import site_structure_ensure
from kennispunt_testing.outreach import make_local_party, make_municipality
from kennispunt_testing.trainings import make_session, make_training

pytestmark = pytest.mark.django_db


def test_default_text_is_created_once_and_edits_survive() -> None:
    site_structure_ensure()
    text = OutreachText.objects.get()
    assert text.title == content.TITLE
    text.title = "Aangepast door de redactie"
    text.save()
    site_structure_ensure()
    assert OutreachText.objects.get().title == "Aangepast door de redactie"


def test_explanation_page_shows_the_editable_text(client: Client) -> None:
    text = outreach_text_ensure()
    text.intro = "Een uitleg om door te sturen."
    text.save()
    response = client.get("/voor-gemeenten/")
    html = response.content.decode()
    assert "Een uitleg om door te sturen." in html
    assert "Gratis, onafhankelijk en neutraal" in html
    assert 'href="/voor-gemeenten/uitleg.pdf"' in html


def test_pdf_parses_and_holds_the_same_text(client: Client) -> None:
    response = client.get("/voor-gemeenten/uitleg.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    reader = PdfReader(io.BytesIO(response.content))
    words = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Het Kennispunt lokale politieke partijen" in words
    assert "Hoe meldt een partij zich aan?" in words
    assert "Binnenlandse Zaken" in words


def test_municipality_page_lists_only_listed_parties_and_province_trainings(
    client: Client,
) -> None:
    zeist = make_municipality("GM0355", "Zeist", "Utrecht")
    zwolle = make_municipality("GM0193", "Zwolle", "Overijssel")
    make_local_party("Zeist Lokaal", "zeist-lokaal", zeist)
    make_local_party("Nog niet gecontroleerd", "nog-niet", zeist, is_listed=False)
    make_local_party("Zwolle Vooruit", "zwolle-vooruit", zwolle)
    make_session(make_training("begroting", title="Begroting lezen"), municipality=zeist)
    make_session(make_training("campagne", title="Campagne voeren"), municipality=zwolle)
    html = client.get("/voor-gemeenten/zeist/").content.decode()
    assert "Zeist Lokaal" in html
    assert "Nog niet gecontroleerd" not in html
    assert "Zwolle Vooruit" not in html
    assert "Begroting lezen" in html
    assert "Campagne voeren" not in html


def test_index_filters_by_province_and_name(client: Client) -> None:
    make_municipality("GM0355", "Zeist", "Utrecht")
    make_municipality("GM0193", "Zwolle", "Overijssel")
    html = client.get("/voor-gemeenten/gemeenten/?provincie=Overijssel").content.decode()
    assert "Zwolle" in html and "Zeist" not in html
    html = client.get("/voor-gemeenten/gemeenten/?q=zei").content.decode()
    assert "Zeist" in html and "Zwolle" not in html
    # Links from before the parameter got its Dutch name keep working.
    old = client.get("/voor-gemeenten/gemeenten/?province=Overijssel")
    assert old.status_code == 301
    assert old["Location"] == "/voor-gemeenten/gemeenten/?provincie=Overijssel"


@pytest.mark.usefixtures("page_cache_off")
def test_query_counts_do_not_grow(client: Client, django_assert_num_queries: Any) -> None:
    outreach_text_ensure()
    for i in range(12):
        m = make_municipality(f"GM99{i:02d}", f"Testgemeente {i}")
        make_local_party(f"Partij {i}", f"partij-{i}", m)
        make_local_party(f"Andere partij {i}", f"andere-partij-{i}", m)
    zeist = make_municipality("GM0355", "Zeist")
    for i in range(5):
        make_local_party(f"Zeist {i}", f"zeist-{i}", zeist)
    for url, queries in (
        ("/voor-gemeenten/gemeenten/", 2),
        ("/voor-gemeenten/zeist/", 3),
        ("/voor-gemeenten/", 1),
    ):
        client.get(url)
        with django_assert_num_queries(queries):
            assert client.get(url).status_code == 200


def test_registering_a_party_is_linked_from_home_explanation_and_municipality(
    client: Client,
) -> None:
    site_structure_ensure()
    register = 'href="/partijen/aanmelden/"'
    assert register in client.get("/").content.decode()
    assert register in client.get("/voor-gemeenten/").content.decode()
    html = client.get("/voor-gemeenten/deventer/").content.decode()
    assert register in html
    assert "Meld uw lokale partij uit Deventer aan" in html
