"""The demo pipeline: Samen Lokaal Amersfoort's candidates for 2030, seen by its demo board."""

import pytest
from django.test import Client

from kennispunt.accounts.models import User
from kennispunt.candidates.models import Candidate, Stage
from kennispunt.demo.builders import build_parties, build_users
from kennispunt.demo.candidates import DEMO_CANDIDATES, build_candidates
from kennispunt.demo.elections import build_elections
from kennispunt.demo.people import demo_email

pytestmark = pytest.mark.django_db


def test_demo_pipeline_has_candidates_at_several_stages_and_is_idempotent() -> None:
    build_parties()
    build_users()
    build_elections()
    build_candidates()
    build_candidates()
    assert Candidate.objects.count() == len(DEMO_CANDIDATES)
    assert len(set(Candidate.objects.values_list("stage", flat=True))) >= 4
    assert Candidate.objects.filter(stage=Stage.WITHDRAWN).exclude(withdrawn_reason="").exists()
    client = Client()
    client.force_login(User.objects.get(email=demo_email("bestuur")))
    url = "/verkiezingen/gemeenteraad-2030/partij/samen-lokaal-amersfoort/kandidaten/"
    page = client.get(url).content.decode()
    assert "de Vries, M.J. (Marieke) (Amersfoort)" in page
    listing = client.get(url + "lijst/").content.decode()
    assert "El Amrani, S. (Samira) (Hoevelaken): de instemmingsverklaring (H 9)" in listing
