"""The public knowledge pages: what a visitor sees."""

import pytest
from django.test import Client

from kennispunt_testing.knowledge import KB

pytestmark = pytest.mark.django_db


def test_knowledge_index_lists_themes(kb: KB, client: Client) -> None:
    html = client.get("/kennis/").content.decode()
    assert 'href="/kennis/kandidaatstelling/"' in html


def test_theme_lists_articles_and_modules(kb: KB, client: Client) -> None:
    html = client.get(kb.theme.url).content.decode()
    assert "Hoe stel ik een kandidatenlijst op?" in html
    assert "Kandidaatstelling stap voor stap" in html


def test_article_shows_review_date_reading_time_toc_faq_download_related(
    kb: KB, client: Client
) -> None:
    html = client.get(kb.article.url).content.decode()
    assert "Laatst gecontroleerd op" in html
    assert f"{kb.article.last_reviewed_at:%Y-%m-%d}" in html
    assert "Leestijd: 2 minuten" in html
    assert 'href="#wie-komt-op-de-lijst"' in html and 'id="wie-komt-op-de-lijst"' in html
    assert "<summary" in html and "Mag een kandidaat op twee lijsten?" in html
    assert kb.document.url in html
    assert "Lees ook" in html and "Ondersteuningsverklaringen" in html
    assert '<meta property="og:title" content="Hoe stel ik een kandidatenlijst op?">' in html
    assert "Kruimelpad" in html and 'href="/kennis/kandidaatstelling/"' in html


def test_news_index_feed_and_page(kb: KB, client: Client) -> None:
    assert "Kennispunt van start" in client.get("/nieuws/").content.decode()
    feed = client.get("/nieuws/feed/")
    assert feed["Content-Type"].startswith("application/atom+xml")
    assert b"<title>Kennispunt van start</title>" in feed.content


def test_wegwijzer_groups_and_filters_by_audience(kb: KB, client: Client) -> None:
    html = client.get("/wegwijzer/").content.decode()
    assert "Ik ben net gekozen" in html and "Kiesraad" in html and "Raadsleden.nl" in html
    html = client.get("/wegwijzer/?voor=raadslid").content.decode()
    assert "Raadsleden.nl" in html and "Kiesraad" not in html
    # An unknown audience is ignored rather than an error.
    assert client.get("/wegwijzer/?voor=<script>").status_code == 200


def test_sitemap_and_robots(kb: KB, client: Client) -> None:
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/kennis/kandidaatstelling/kandidatenlijst-opstellen/" in sitemap
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /beheer/" in robots and "Sitemap:" in robots


def test_document_download(kb: KB, client: Client) -> None:
    response = client.get(kb.document.url)
    assert response.status_code == 200
    assert response.streaming and response.getvalue() == b"Stap 1"
    assert response["Content-Type"] == "text/plain"
    # The storage may add a suffix to the name when a checklist.txt is already there.
    assert kb.document.filename.startswith("checklist") and kb.document.filename.endswith(".txt")
    assert response["Content-Disposition"] == f'attachment; filename="{kb.document.filename}"'
    assert response["X-Content-Type-Options"] == "nosniff"
