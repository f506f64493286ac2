"""The outreach mailing through the mailings sender: the right griffies, once; opt-out,
bounces, and the parties that registered since."""

from datetime import timedelta
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from anymail.signals import AnymailTrackingEvent, tracking
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

from kennispunt.mailings.models import Delivery, DeliveryStatus
from kennispunt.mailings.services import mailing_send_now
from kennispunt.outreach import selectors, services
from kennispunt.outreach.models import GriffieContact
from kennispunt.parties.models import Party
from kennispunt_testing.access import client_for
from kennispunt_testing.outreach import make_contact, make_local_party, make_municipality
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db


def _send(province: str = "") -> int:
    mailing = services.outreach_send(province=province)
    mailing_send_now(mailing=mailing)
    return mailing.pk


def _griffies() -> dict[str, GriffieContact]:
    return {
        "zeist": make_contact(make_municipality("GM0355", "Zeist", "Utrecht")),
        "houten": make_contact(make_municipality("GM0321", "Houten", "Utrecht")),
        "zwolle": make_contact(make_municipality("GM0193", "Zwolle", "Overijssel")),
    }


def test_one_province_gets_it_exactly_once_with_opt_out_link_and_headers(settings: Any) -> None:
    settings.SITE_URL = "https://kennispunt.example"
    griffies = _griffies()
    mailing_id = _send("Utrecht")
    # A second run sends nothing more.
    call_command("mailings_send", f"--mailing={mailing_id}", stdout=StringIO())
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [griffies["zeist"].email, griffies["houten"].email]
    )
    message = mail.outbox[0]
    contact = next(c for c in griffies.values() if c.email == message.to[0])
    opt_out = f"https://kennispunt.example/voor-gemeenten/afmelden/{contact.unsubscribe_token}/"
    assert opt_out in message.body
    assert opt_out in message.alternatives[0][0]  # type: ignore[attr-defined]
    assert message.extra_headers["List-Unsubscribe"].startswith(f"<{opt_out}>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Hoe meldt een partij zich aan?" in message.body


def test_all_griffies_except_opted_out_and_bounced() -> None:
    griffies = _griffies()
    services.contact_opt_out(contact=griffies["zeist"], source="test")
    GriffieContact.objects.filter(pk=griffies["houten"].pk).update(bounced_at=timezone.now())
    _send()
    assert [m.to[0] for m in mail.outbox] == [griffies["zwolle"].email]


def test_one_click_opt_out_without_login(client: Client) -> None:
    contact = _griffies()["zeist"]
    response = client.post(
        f"/voor-gemeenten/afmelden/{contact.unsubscribe_token}/",
        {"List-Unsubscribe": "One-Click"},
    )
    assert response.status_code == 200
    contact.refresh_from_db()
    assert contact.opted_out_at is not None


def test_a_bounce_marks_the_municipality_as_bounced() -> None:
    griffies = _griffies()
    _send()
    event = AnymailTrackingEvent(event_type="bounced", recipient=griffies["zwolle"].email.upper())
    tracking.send(sender=object, event=event, esp_name="Test")
    rows = {
        m.name: selectors.reach_of(m)
        for m in selectors.outreach_overview()
        if m.name in ("Zeist", "Houten", "Zwolle")
    }
    assert rows == {
        "Zeist": selectors.Reach.SENT,
        "Houten": selectors.Reach.SENT,
        "Zwolle": selectors.Reach.BOUNCED,
    }


def test_parties_registered_since_the_mailing_are_counted() -> None:
    griffies = _griffies()
    zeist = griffies["zeist"].municipality
    make_local_party("Al eerder", "al-eerder", zeist)
    _send("Utrecht")
    Party.objects.filter(slug="al-eerder").update(created_at=timezone.now() - timedelta(days=1))
    make_local_party("Nieuw in Zeist", "nieuw-zeist", zeist)
    make_local_party("Ook nieuw", "ook-nieuw", zeist, is_listed=False)
    make_local_party("Nieuw in Zwolle", "nieuw-zwolle", griffies["zwolle"].municipality)
    rows: dict[str, Any] = {m.name: m for m in selectors.outreach_overview()}
    assert rows["Zeist"].new_parties == 2
    assert rows["Houten"].new_parties == 0
    assert rows["Zwolle"].first_sent is None  # not mailed: Overijssel was not selected
    assert selectors.reach_of(rows["Zwolle"]) == selectors.Reach.NOT_SENT


def test_staff_send_after_the_confirmation_and_the_overview_queries_do_not_grow(
    world: World, django_assert_num_queries: Any
) -> None:
    for i in range(15):
        make_contact(make_municipality(f"GM99{i:02d}", f"Testgemeente {i}", "Utrecht"))
    client = client_for(world, Role.BEHEERDER)
    confirm = client.get("/voor-gemeenten/beheer/verzenden/?provincie=Utrecht")
    assert "Verzenden aan 15 griffies" in confirm.content.decode()
    key = confirm.context["form"].initial["sleutel"]
    response = client.post(
        "/voor-gemeenten/beheer/verzenden/",
        {"provincie": "Utrecht", "sleutel": key, "actie": "verzenden"},
    )
    assert response.status_code == 302
    delivery_ids = list(Delivery.objects.values_list("pk", flat=True))
    assert delivery_ids == []  # scheduled: the dispatcher starts it
    call_command("mailings_send", stdout=StringIO())
    assert Delivery.objects.filter(status=DeliveryStatus.SENT).count() == 15
    url = "/voor-gemeenten/beheer/?q=Testgemeente"
    client.get(url)
    with django_assert_num_queries(12):  # with the header's forum notification count
        html = client.get(url).content.decode()
    assert html.count("bereikt op") == 15


def test_csv_import_reports_each_bad_line(tmp_path: Path) -> None:
    make_municipality("GM0355", "Zeist")
    make_municipality("GM0321", "Houten")
    path = tmp_path / "griffies.csv"
    path.write_text(
        "gemeente,email,naam\n"
        "GM0355,griffie@zeist.nl,Anna\n"
        "Houten,griffie@houten.nl,\n"
        "Atlantis,griffie@atlantis.nl,\n"
        "GM0355,geen-adres,\n",
        encoding="utf-8",
    )
    with pytest.raises(CommandError):
        call_command("import_griffies", str(path))
    assert dict(GriffieContact.objects.values_list("municipality__name", "email")) == {
        "Zeist": "griffie@zeist.nl",
        "Houten": "griffie@houten.nl",
    }
    result = services.contacts_import(text=path.read_text())
    assert result.errors == [
        "Regel 4: gemeente 'Atlantis' bestaat niet.",
        "Regel 5: 'geen-adres' is geen geldig e-mailadres.",
    ]
    assert result.updated == 2


def test_deleting_a_contact_erases_its_address_from_the_sending_records() -> None:
    griffies = _griffies()
    _send()
    griffies["zeist"].delete()
    emails = set(Delivery.objects.values_list("email", flat=True))
    assert griffies["zeist"].email not in emails
    assert griffies["zwolle"].email in emails
