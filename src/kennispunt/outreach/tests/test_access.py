"""Who may open what: the pages for griffiers and municipalities are public, the sending
overview is for beheerders only."""

import uuid

import pytest

from kennispunt_testing.access import LOGIN, Redirect, assert_access, expect
from kennispunt_testing.outreach import make_contact, make_municipality
from kennispunt_testing.world import World

pytestmark = pytest.mark.django_db


def test_public_pages(world: World) -> None:
    municipality = make_municipality("GM0355", "Zeist")
    contact = make_contact(municipality)
    for url in (
        "/voor-gemeenten/",
        "/voor-gemeenten/uitleg.pdf",
        "/voor-gemeenten/gemeenten/",
        "/voor-gemeenten/gemeenten/?provincie=Utrecht&q=zei",
        "/voor-gemeenten/zeist/",
        f"/voor-gemeenten/afmelden/{contact.unsubscribe_token}/",
    ):
        assert_access(world, url, expect(default=200))


def test_unknown_pages_are_404(world: World) -> None:
    for url in ("/voor-gemeenten/bestaat-niet/", "/voor-gemeenten/afmelden/onzin/"):
        assert_access(world, url, expect(default=404))


def test_the_sending_overview_is_for_beheerders(world: World) -> None:
    for url in (
        "/voor-gemeenten/beheer/",
        "/voor-gemeenten/beheer/?bereik=bounce&provincie=Utrecht&q=zei",
        "/voor-gemeenten/beheer/verzenden/",
        "/voor-gemeenten/beheer/verzenden/?provincie=Utrecht",
    ):
        assert_access(world, url, expect(default=403, anonymous=LOGIN, beheerder=200))


def test_only_beheerders_may_send_or_test(world: World) -> None:
    """Redacteuren and other staff may not send to griffies, not even a test mail."""
    for actie in ("test", "verzenden"):
        assert_access(
            world,
            "/voor-gemeenten/beheer/verzenden/",
            expect(default=403, anonymous=LOGIN, beheerder=Redirect("/voor-gemeenten/beheer/")),
            method="post",
            data={"provincie": "", "sleutel": str(uuid.uuid4()), "actie": actie},
        )


# Wagtail answers a refusal inside the admin with a redirect to its dashboard.
DENIED = Redirect("/beheer/cms/")
ADMIN_OTHERS = dict.fromkeys(("redacteur", "helpdeskmedewerker", "trainer", "moderator"), DENIED)


def test_griffie_contacts_in_the_admin_are_for_beheerders(world: World) -> None:
    contact = make_contact(make_municipality("GM0355", "Zeist"))
    for url in (
        "/beheer/cms/snippets/outreach/griffiecontact/",
        f"/beheer/cms/snippets/outreach/griffiecontact/edit/{contact.pk}/",
    ):
        assert_access(world, url, expect(default=LOGIN, beheerder=200, **ADMIN_OTHERS))


def test_the_explanation_text_is_for_editors_and_beheerders(world: World) -> None:
    from kennispunt.outreach.structure import outreach_text_ensure

    text = outreach_text_ensure()
    others = dict.fromkeys(("helpdeskmedewerker", "trainer", "moderator"), DENIED)
    assert_access(
        world,
        f"/beheer/cms/snippets/outreach/outreachtext/edit/{text.pk}/",
        expect(default=LOGIN, redacteur=200, beheerder=200, **others),
    )
