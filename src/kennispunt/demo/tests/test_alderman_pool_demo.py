"""The demo wethouderspool: a few profiles, found by the demo board, built twice without
duplicates and without mail."""

import re

import pytest
from django.core import mail
from django.test import Client

from kennispunt.accounts.models import User
from kennispunt.alderman_pool.models import ContactRequest, PoolProfile, RequestStatus
from kennispunt.demo.alderman_pool import build_alderman_pool
from kennispunt.demo.builders import build_parties, build_users
from kennispunt.demo.loader import load_alderman_pool
from kennispunt.demo.people import demo_email

pytestmark = pytest.mark.django_db


def test_demo_pool_has_profiles_the_demo_board_finds() -> None:
    build_parties()
    build_users()
    build_alderman_pool()
    build_alderman_pool()
    assert PoolProfile.objects.visible().count() == len(load_alderman_pool()) == 4
    assert ContactRequest.objects.filter(status=RequestStatus.OPEN).count() == 1
    assert mail.outbox == []
    client = Client()
    client.force_login(User.objects.get(email=demo_email("bestuur")))
    page = client.get("/wethouderspool/zoeken/?portefeuille=wonen").content.decode()
    assert "Bruggenbouwer" in page
    assert re.search(r"\bNoor\b", page) is None
    assert demo_email("nieuw") not in page
    person = Client()
    person.force_login(User.objects.get(email=demo_email("nieuw")))
    mine = person.get("/wethouderspool/mijn-profiel/").content.decode()
    assert "Verzoek van Samen Lokaal Amersfoort" in mine
