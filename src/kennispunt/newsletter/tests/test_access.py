"""Who may open what: subscription pages are public, "Mijn nieuwsbrief" needs an account,
sending is for redacteuren and beheerders only."""

import pytest

from kennispunt.mailings.content import RenderedMessage
from kennispunt.mailings.services import mailing_create
from kennispunt.newsletter import services
from kennispunt.newsletter.models import Subscriber
from kennispunt_testing.access import LOGIN, Redirect, assert_access, expect
from kennispunt_testing.newsletter import make_issue
from kennispunt_testing.world import World

pytestmark = pytest.mark.django_db

# Wagtail answers a refusal inside the admin with a redirect to its dashboard.
DENIED = Redirect("/beheer/cms/")
STAFF_OTHER = dict.fromkeys(("helpdeskmedewerker", "trainer", "moderator"), DENIED)


def test_public_pages(world: World) -> None:
    issue = make_issue()
    subscriber = Subscriber.objects.create(email="lezer@example.org")
    token = services.confirmation_token(subscriber)
    for url in (
        "/nieuwsbrief/",
        "/nieuwsbrief/aangevraagd/",
        f"/nieuwsbrief/bevestigen/{token}/",
        f"/nieuwsbrief/afmelden/{subscriber.unsubscribe_token}/",
        "/nieuwsbrieven/",
        "/nieuwsbrieven/2026/",
        "/nieuwsbrieven/feed/",
        issue.url,
    ):
        assert_access(world, url, expect(default=200))


def test_my_newsletter_needs_an_account(world: World) -> None:
    assert_access(world, "/nieuwsbrief/mijn/", expect(default=200, anonymous=LOGIN))


def test_sending_is_for_editors_and_beheerders(world: World) -> None:
    issue = make_issue()
    mailing = mailing_create(
        audience=services.AUDIENCE, rendered=RenderedMessage("Onderwerp", "<p>x</p>", "x")
    )
    # Sending an issue needs the send permission and the right to edit the page: the redactie
    # and the beheerders have both.
    assert_access(
        world,
        f"/beheer/cms/nieuwsbrief/{issue.pk}/verzenden/",
        expect(default=LOGIN, redacteur=200, beheerder=200, **STAFF_OTHER),
    )
    # Progress of the sends: editors and beheerders.
    for url in ("/beheer/cms/verzendingen/", f"/beheer/cms/verzendingen/{mailing.pk}/"):
        assert_access(
            world, url, expect(default=LOGIN, redacteur=200, beheerder=200, **STAFF_OTHER)
        )


def test_a_test_mail_is_for_those_who_may_edit_the_issue(world: World) -> None:
    issue = make_issue()
    assert_access(
        world,
        f"/beheer/cms/nieuwsbrief/{issue.pk}/test/",
        expect(
            default=LOGIN,
            redacteur=Redirect(f"/beheer/cms/pages/{issue.pk}/edit/"),
            beheerder=Redirect(f"/beheer/cms/pages/{issue.pk}/edit/"),
            **STAFF_OTHER,
        ),
        method="post",
    )
