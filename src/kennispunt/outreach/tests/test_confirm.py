"""Sending to griffies goes through a confirmation step (count, preview, test mail) and a
repeated submit sends nothing more; the overview counts and filters by reach."""

import uuid
from io import StringIO
from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from kennispunt.mailings.models import Delivery, Mailing
from kennispunt.outreach import selectors, services
from kennispunt.outreach.models import GriffieContact, OutreachSend
from kennispunt_testing.access import client_for
from kennispunt_testing.outreach import make_contact, make_municipality
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db

URL = "/voor-gemeenten/beheer/verzenden/"


def _griffies() -> dict[str, GriffieContact]:
    return {
        "zeist": make_contact(make_municipality("GM0355", "Zeist", "Utrecht")),
        "houten": make_contact(make_municipality("GM0321", "Houten", "Utrecht")),
        "zwolle": make_contact(make_municipality("GM0193", "Zwolle", "Overijssel")),
    }


def _beheerder(world: World) -> Client:
    return client_for(world, Role.BEHEERDER)


def test_the_confirmation_shows_the_count_the_preview_and_sends_a_test(world: World) -> None:
    griffies = _griffies()
    services.contact_opt_out(contact=griffies["houten"], source="test")
    client = _beheerder(world)
    page = client.get(f"{URL}?provincie=Utrecht").content.decode()
    assert "Deze mailing gaat naar 1 griffie (Utrecht)." in page
    assert "Voorbeeld van de e-mail" in page
    assert "Hoe meldt een partij zich aan?" in page  # the explanation's own text
    assert not Mailing.objects.exists()  # looking sends nothing

    response = client.post(
        URL, {"provincie": "Utrecht", "sleutel": str(uuid.uuid4()), "actie": "test"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"{URL}?provincie=Utrecht"
    (test_mail,) = mail.outbox
    assert test_mail.to == [world.user(Role.BEHEERDER).email]
    assert test_mail.subject.startswith("[TEST] ")
    assert "Hoe meldt een partij zich aan?" in test_mail.body
    assert "/voor-gemeenten/afmelden/" not in test_mail.body  # no griffie's own link
    assert not Mailing.objects.exists()  # a test is not a send


def test_a_second_submit_of_the_same_confirmation_sends_nothing_more(world: World) -> None:
    griffies = _griffies()
    client = _beheerder(world)
    form = {"provincie": "", "sleutel": str(uuid.uuid4()), "actie": "verzenden"}
    first = client.post(URL, form, follow=True).content.decode()
    assert "De mailing is ingepland" in first
    second = client.post(URL, form, follow=True).content.decode()
    assert "er is niets opnieuw verzonden" in second
    assert Mailing.objects.count() == 1
    send = OutreachSend.objects.get()
    assert send.recipient_count == 3
    call_command("mailings_send", stdout=StringIO())
    assert sorted(m.to[0] for m in mail.outbox) == sorted(c.email for c in griffies.values())


def test_a_new_send_waits_until_the_previous_one_is_done(world: World) -> None:
    _griffies()
    services.outreach_send_once(key=uuid.uuid4(), province="Utrecht")
    with pytest.raises(services.OutreachBusy):
        services.outreach_send_once(key=uuid.uuid4())
    client = _beheerder(world)
    page = client.get(URL).content.decode()
    assert "Er wordt al een mailing aan griffies verzonden" in page
    assert "Verzenden aan" not in page  # no send button meanwhile
    call_command("mailings_send", stdout=StringIO())
    _mailing, created = services.outreach_send_once(key=uuid.uuid4())
    assert created
    assert Mailing.objects.count() == 2


def test_totals_and_the_reach_filter(world: World, django_assert_num_queries: Any) -> None:
    griffies = _griffies()
    make_municipality("GM0014", "Groningen", "Groningen")  # no contact
    services.outreach_send(province="Utrecht")
    call_command("mailings_send", stdout=StringIO())
    GriffieContact.objects.filter(pk=griffies["houten"].pk).update(bounced_at=timezone.now())
    totals = selectors.outreach_totals()
    assert totals[selectors.Reach.SENT] >= 1
    assert (totals[selectors.Reach.BOUNCED], totals[selectors.Reach.NOT_SENT]) == (1, 1)
    client = _beheerder(world)
    for value, shown, hidden in (
        ("bereikt", "Zeist", "Zwolle"),
        ("bounce", "Houten", "Zeist"),
        ("niet-verzonden", "Zwolle", "Houten"),
        ("geen-contact&q=Groningen", "Groningen", "Zeist"),
    ):
        html = client.get(f"/voor-gemeenten/beheer/?bereik={value}").content.decode()
        assert f'scope="row">{shown}</th>' in html, value
        assert f'scope="row">{hidden}</th>' not in html, value
    html = client.get("/voor-gemeenten/beheer/?provincie=Utrecht").content.decode()
    assert "Bereikt: 1" in html and "Adres werkt niet (bounce): 1" in html
    assert "bereik=bounce" in html and "provincie=Utrecht" in html
    url = "/voor-gemeenten/beheer/?bereik=bereikt&provincie=Utrecht"
    client.get(url)
    with django_assert_num_queries(12):  # page, totals, sends: fixed, whatever the rows
        client.get(url)
    for i in range(5):
        make_contact(make_municipality(f"GM98{i:02d}", f"Extra {i}", "Utrecht"))
    services.outreach_send(province="Utrecht")
    call_command("mailings_send", stdout=StringIO())
    with django_assert_num_queries(12):
        assert "Extra 4" in client.get(url).content.decode()
    assert Delivery.objects.filter(email__startswith="griffie@extra").count() == 5
