"""Sign-up, verification, login limits, two-step verification for staff, export and erasure."""

import json
import re
from urllib.parse import quote

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from wagtail.models import PageViewRestriction

from kennispunt.accounts.models import User
from kennispunt.core.models import AuditLogEntry
from kennispunt.parties.models import Membership
from kennispunt_testing.access import client_for
from kennispunt_testing.knowledge import KB
from kennispunt_testing.world import TEST_PASSWORD, Role, World, make_user

pytestmark = pytest.mark.django_db


def test_signup_sends_verification_and_login_waits_for_it(
    django_capture_on_commit_callbacks,
) -> None:
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/account/signup/",
            {
                "email": "Nieuw@Example.org",
                "password1": "een-lang-wachtwoord",
                "password2": "een-lang-wachtwoord",
            },
        )
    assert response.status_code == 302
    user = User.objects.get(email="nieuw@example.org")
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    link = re.search(r"http://\S+/account/confirm-email/\S+/", str(mail.outbox[0].body))
    assert link is not None

    # Not verified yet: logging in only sends the user to the "check your mail" page.
    login = Client().post(
        "/account/login/", {"login": "nieuw@example.org", "password": "een-lang-wachtwoord"}
    )
    assert login.status_code == 302
    assert login["Location"] == "/account/confirm-email/"

    path = link.group(0).split("testserver", 1)[-1].split("127.0.0.1:8000", 1)[-1]
    assert client.post(path).status_code == 302
    assert EmailAddress.objects.get(user=user).verified


def test_signup_errors_are_dutch_and_keep_the_email() -> None:
    response = Client().post(
        "/account/signup/",
        {"email": "iemand@example.org", "password1": "kort", "password2": "anders"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="iemand@example.org"' in html
    assert "Dit wachtwoord is te kort. De minimale lengte is 10 tekens." in html


def test_login_is_refused_after_repeated_failures_even_with_the_right_password() -> None:
    make_user("doelwit@example.org")
    client = Client()
    for _ in range(5):
        client.post("/account/login/", {"login": "doelwit@example.org", "password": "fout"})
    response = client.post(
        "/account/login/", {"login": "doelwit@example.org", "password": TEST_PASSWORD}
    )
    assert response.status_code == 200
    assert "Te veel inlogpogingen. Probeer het later nogmaals." in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_staff_must_set_up_two_step_verification_first(world: World) -> None:
    staff = world.user(Role.HELPDESKMEDEWERKER)
    Authenticator.objects.filter(user=staff).delete()
    client = Client()
    client.force_login(staff)
    response = client.get("/account/profiel/")
    assert response.status_code == 302
    assert response["Location"] == "/account/2fa/totp/activate/"
    # Setting it up asks for the password once more (allauth's reauthentication), then works.
    setup = client.get("/account/2fa/totp/activate/", follow=True)
    assert setup.status_code == 200
    assert setup.redirect_chain[-1][0].startswith("/account/reauthenticate/")
    # Members are never asked.
    assert client_for(world, Role.MEMBER_A).get("/account/profiel/").status_code == 200


def test_staff_login_asks_for_the_code(world: World) -> None:
    client = Client()
    response = client.post(
        "/account/login/", {"login": world.user(Role.BEHEERDER).email, "password": TEST_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/account/2fa/authenticate/"


def test_profile_shows_eligibility_and_saves_name(world: World) -> None:
    client = client_for(world, Role.MEMBER_A)
    html = client.get("/account/profiel/").content.decode()
    assert "U hebt toegang tot het forum, de helpdesk en de trainingen." in html
    assert "Lokaal Belang A" in html
    client.post("/account/profiel/", {"first_name": "Anneke", "last_name": "de Vries"})
    assert User.objects.get(pk=world.user(Role.MEMBER_A).pk).get_full_name() == "Anneke de Vries"
    html = client_for(world, Role.UNVERIFIED).get("/account/profiel/").content.decode()
    assert "U hebt nog geen toegang" in html


def test_export_holds_account_and_memberships(world: World) -> None:
    response = client_for(world, Role.MEMBER_A).get("/account/profiel/gegevens/")
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)["data"]
    assert data["account"]["email"] == "lid-a@example.org"
    assert data["memberships"][0]["party"] == "Lokaal Belang A"
    assert data["memberships"][0]["consent_text"] == "test consent"


def test_delete_needs_the_password_and_keeps_what_was_typed(world: World) -> None:
    client = client_for(world, Role.MEMBER_A)
    response = client.post("/account/profiel/verwijderen/", {"password": "fout", "confirm": "on"})
    assert response.status_code == 200
    assert "Dit wachtwoord klopt niet." in response.content.decode()
    assert User.objects.filter(pk=world.user(Role.MEMBER_A).pk).exists()


def test_delete_erases_account_and_memberships_and_unlinks_the_log(world: World) -> None:
    user = world.user(Role.MEMBER_A)
    membership = world.membership(Role.MEMBER_A)
    client_for(world, Role.BOARD_A).get("/partijen/lokaal-belang-a/leden/")  # a logged view
    client_for(world, Role.MEMBER_A).get("/account/profiel/gegevens/")  # logged by the user
    response = client_for(world, Role.MEMBER_A).post(
        "/account/profiel/verwijderen/", {"password": TEST_PASSWORD, "confirm": "on"}
    )
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()
    assert not Membership.objects.filter(pk=membership.pk).exists()
    assert not EmailAddress.objects.filter(email=user.email).exists()
    # The log keeps that things happened, with no link to the erased person.
    assert AuditLogEntry.objects.filter(action="account.exported", actor=None).exists()
    assert AuditLogEntry.objects.filter(action="account.deleted").exists()


@pytest.mark.django_db(transaction=True)
def test_account_mail_is_sent_by_the_task_worker_not_the_request(settings) -> None:
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    user = make_user("vergeten@example.org")
    Client().post("/account/password/reset/", {"email": user.email})
    assert mail.outbox == []
    queued = DBTaskResult.objects.filter(task_path="kennispunt.core.tasks.send_email")
    assert queued.count() == 1
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert mail.outbox[0].to == ["vergeten@example.org"]
    assert "/account/password/reset/key/" in str(mail.outbox[0].body)


@pytest.mark.parametrize("path", ["/beheer/cms/login/", "/beheer/django/login/", "/_util/login/"])
def test_other_logins_lead_to_allauth_and_keep_next(world: World, path: str) -> None:
    client = Client()
    response = client.post(
        path, {"username": world.user(Role.BEHEERDER).email, "password": TEST_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/account/login/"
    assert "_auth_user_id" not in client.session
    response = client.get(path, {"next": "/helpdesk/beheer/?status=open"})
    assert response["Location"] == "/account/login/?next=/helpdesk/beheer/%3Fstatus%3Dopen"


@pytest.mark.parametrize("admin", ["/beheer/cms/", "/beheer/django/"])
def test_a_member_in_an_admin_gets_a_dutch_no_access_page_not_a_loop(
    world: World, admin: str
) -> None:
    response = client_for(world, Role.MEMBER_A).get(admin, follow=True)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Geen toegang" in html
    assert "U bent ingelogd als lid-a@example.org." in html


def test_private_pages_send_visitors_to_allauth_and_members_without_access_to_403(
    world: World, kb: KB
) -> None:
    PageViewRestriction.objects.create(page=kb.news, restriction_type=PageViewRestriction.LOGIN)
    staff_only = PageViewRestriction.objects.create(
        page=kb.article, restriction_type=PageViewRestriction.GROUPS
    )
    staff_only.groups.add(Group.objects.get(name="redacteur"))
    response = Client().get(kb.news.url, follow=True)
    assert response.redirect_chain[-1][0] == f"/account/login/?next={quote(kb.news.url)}"
    assert client_for(world, Role.MEMBER_A).get(kb.news.url).status_code == 200
    assert client_for(world, Role.MEMBER_A).get(kb.article.url, follow=True).status_code == 403
    assert client_for(world, Role.REDACTEUR).get(kb.article.url).status_code == 200
