"""There is one way to log in: allauth's, which asks staff for their second step and limits tries.

Every URL pattern of the project, third-party ones included, is fetched by a visitor and by a
signed-in member; every form with a password field, and every URL that answers GET with "405,
use POST", is sent the e-mail address and password of a staff member (TOTP set up). Afterwards
no staff page may open and nobody else may be signed in. A login route added later (a Django
``LoginView``, a view calling ``authenticate()`` and ``login()``) fails this test; the last
test adds one of each to show it.

Wagtail's shared passwords for pages and document collections (``PageViewRestriction`` /
``CollectionViewRestriction`` of type "password") also show a password form. They are no user
login: the right password marks the restriction as passed in the visitor's session and nothing
else. They are posted twice, with the staff credentials and with the shared password itself,
and neither may sign anybody in.
"""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import resolve, reverse
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from kennispunt_testing.access import client_for
from kennispunt_testing.knowledge import KB
from kennispunt_testing.world import TEST_PASSWORD, Role, World

from .login_walk import PasswordForm, find_password_forms, post_password_form

pytestmark = pytest.mark.django_db

SHARED_PASSWORD = "gedeeld-wachtwoord-voor-lezers"
SHARED_PASSWORD_VIEWS = {
    "wagtailcore_authenticate_with_password",
    "wagtaildocs_authenticate_with_password",
}


@dataclass
class Site:
    world: World
    values: dict[str, list[str]]
    extra_paths: list[str]
    staff_pages: list[str]

    @property
    def staff_email(self) -> str:
        return self.world.user(Role.BEHEERDER).email


@pytest.fixture
def site(world: World, kb: KB) -> Site:
    """The world plus pages and a document behind every kind of Wagtail restriction."""
    PageViewRestriction.objects.create(
        page=kb.other, restriction_type=PageViewRestriction.PASSWORD, password=SHARED_PASSWORD
    )
    PageViewRestriction.objects.create(page=kb.news, restriction_type=PageViewRestriction.LOGIN)
    private = Collection.get_first_root_node().add_child(name="Besloten stukken")
    kb.document.collection = private
    kb.document.save()
    document_restriction = CollectionViewRestriction.objects.create(
        collection=private,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=SHARED_PASSWORD,
    )
    page_restriction = PageViewRestriction.objects.get(page=kb.other)
    # The world gives everyone one password; the member's own must differ from the staff
    # member's, or "the staff password" would be the member's and open their own forms.
    member = world.user(Role.UNVERIFIED)
    member.set_password("het-eigen-wachtwoord-van-het-lid")
    member.save(update_fields=["password"])
    party = world.party_a.slug
    values = {
        "slug": [party, kb.theme.slug],
        "party": [party],
        "pk": [str(world.membership(Role.MEMBER_A).pk)],
        "user_id": [str(world.user(Role.MEMBER_A).pk)],
        "page_view_restriction_id": [str(page_restriction.pk)],
        "page_id": [str(kb.other.pk)],
        "restriction_id": [str(document_restriction.pk)],
        "document_id": [str(kb.document.pk)],
        "collection_id": [str(private.pk)],
    }
    pages = [page.url for page in Page.objects.live().specific() if page.url]
    return Site(
        world=world,
        values=values,
        extra_paths=[*pages, kb.document.url],
        staff_pages=["/helpdesk/beheer/", "/beheer/cms/", f"/partijen/{party}/leden/"],
    )


def _visitor(site: Site, who: str) -> Callable[[], Client]:
    if who == "anonymous":
        return Client
    return lambda: client_for(site.world, Role.UNVERIFIED)


def _view_name(form: PasswordForm) -> str:
    return resolve(urlsplit(form.action).path).url_name or ""


def _walk_and_try_the_staff_password(site: Site, who: str) -> tuple[list[PasswordForm], list[str]]:
    """Return the password forms found, and every attempt that signed someone in."""
    visitor = _visitor(site, who)
    forms, fetched = find_password_forms(
        visitor(), values=site.values, extra_paths=site.extra_paths
    )
    assert len(fetched) > 500, "the walk did not reach every URL pattern"
    failures = []
    shared_password_accepted = set()
    for found in forms:
        data = found.form.filled_in(email=site.staff_email, password=TEST_PASSWORD)
        attempt = post_password_form(visitor, found, data=data, staff_pages=site.staff_pages)
        if attempt.logged_in_someone:
            failures.append(str(attempt))
        if _view_name(found) in SHARED_PASSWORD_VIEWS:
            # Not a user login, but a password form all the same: with the right shared
            # password it lets the reader in (a redirect to the page or document; the bare
            # form without a return address refuses) and must still sign nobody in.
            data = found.form.filled_in(email=site.staff_email, password=SHARED_PASSWORD)
            attempt = post_password_form(visitor, found, data=data, staff_pages=site.staff_pages)
            if attempt.status == 302:
                shared_password_accepted.add(_view_name(found))
            if attempt.logged_in_someone:
                failures.append(str(attempt))
    assert shared_password_accepted == SHARED_PASSWORD_VIEWS
    return forms, failures


def test_the_staff_pages_open_for_a_staff_session(site: Site) -> None:
    # Without this the walk below could pass because the staff pages moved.
    client = client_for(site.world, Role.BEHEERDER)
    for page in site.staff_pages:
        assert client.get(page).status_code == 200, page


def test_no_password_form_lets_a_visitor_skip_the_second_step(site: Site) -> None:
    forms, failures = _walk_and_try_the_staff_password(site, "anonymous")
    assert not failures, "A login without the second step:\n" + "\n".join(failures)
    found = {_view_name(form) for form in forms}
    assert {"account_login", "account_signup", *SHARED_PASSWORD_VIEWS} <= found


def test_no_password_form_lets_a_member_become_staff(site: Site) -> None:
    forms, failures = _walk_and_try_the_staff_password(site, "member")
    assert not failures, "A login without the second step:\n" + "\n".join(failures)
    found = {_view_name(form) for form in forms}
    assert {"account_reauthenticate", "account_change_password", "delete"} <= found


def test_the_shared_page_password_lets_the_reader_in_and_logs_nobody_in(site: Site) -> None:
    restricted = Page.objects.get(pk=int(site.values["page_id"][0])).url
    client = Client()
    form = client.get(restricted)
    assert "password" in form.content.decode()
    restriction = PageViewRestriction.objects.get(restriction_type=PageViewRestriction.PASSWORD)
    action = reverse(
        "wagtailcore_authenticate_with_password", args=[restriction.pk, restriction.page_id]
    )
    response = client.post(action, {"password": SHARED_PASSWORD, "return_url": restricted})
    assert response.status_code == 302
    assert client.get(restricted).status_code == 200
    assert "_auth_user_id" not in client.session


@pytest.mark.urls("kennispunt.accounts.tests.urls_with_a_second_login")
def test_the_walk_finds_login_routes_added_later(site: Site) -> None:
    # A Django LoginView under a path with a parameter, and a POST-only authenticate() + login().
    _forms, failures = _walk_and_try_the_staff_password(site, "anonymous")
    caught = sorted(failure.split(" ", 1)[0] for failure in failures)
    assert caught == ["/api/snel-inloggen/", "/verenigingen/lokaal-belang-a/inloggen/"]
