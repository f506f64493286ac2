"""Who may open what: the pages for griffiers and municipalities are public, the sending
overview is for beheerders only."""

import pytest

from kennispunt.core.testing.access import LOGIN, assert_access, expect
from kennispunt.core.testing.world import World
from kennispunt.outreach.testing import make_contact, make_municipality

pytestmark = pytest.mark.django_db


def test_public_pages(world: World) -> None:
    municipality = make_municipality("GM0355", "Zeist")
    contact = make_contact(municipality)
    for url in (
        "/voor-gemeenten/",
        "/voor-gemeenten/uitleg.pdf",
        "/voor-gemeenten/gemeenten/",
        "/voor-gemeenten/gemeenten/?province=Utrecht&q=zei",
        "/voor-gemeenten/zeist/",
        f"/voor-gemeenten/afmelden/{contact.unsubscribe_token}/",
    ):
        assert_access(world, url, expect(default=200))


def test_unknown_pages_are_404(world: World) -> None:
    for url in ("/voor-gemeenten/bestaat-niet/", "/voor-gemeenten/afmelden/onzin/"):
        assert_access(world, url, expect(default=404))


def test_the_sending_overview_is_for_beheerders(world: World) -> None:
    assert_access(
        world,
        "/voor-gemeenten/beheer/",
        expect(default=403, anonymous=LOGIN, beheerder=200),
    )
