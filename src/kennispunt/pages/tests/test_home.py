import pytest
from django.test import Client

from kennispunt.pages.site_structure import site_structure_ensure

pytestmark = pytest.mark.django_db


def test_home_page_has_a_labelled_search_box_that_needs_no_javascript() -> None:
    site_structure_ensure()
    html = Client().get("/").content.decode()
    start = html.index('id="home-search-heading"')
    form = html[html.index("<form", start) : html.index("</form>", start)]
    assert 'method="get"' in form and 'action="/zoeken/"' in form and 'role="search"' in form
    assert '<label class="utrecht-form-label" for="home-zoek-q">' in form
    assert 'id="home-zoek-q" name="q"' in form
    assert 'type="submit"' in form
