import pytest
from django.test import Client

from kennispunt.mailings.models import Delivery, Mailing
from kennispunt.newsletter.demo import ISSUES, build_newsletter
from kennispunt.newsletter.models import NewsletterIssuePage, Subscriber
from kennispunt.pages.site_structure import site_structure_ensure

pytestmark = pytest.mark.django_db


def test_demo_fills_the_archive_once_and_records_the_sends() -> None:
    site_structure_ensure()
    build_newsletter()
    build_newsletter()
    assert NewsletterIssuePage.objects.live().count() == len(ISSUES)
    assert set(Mailing.objects.values_list("status", flat=True)) == {"done"}
    active = Subscriber.objects.active().count()
    assert Delivery.objects.filter(status="sent").count() == active * len(ISSUES)
    page = Client().get("/nieuwsbrieven/").content.decode()
    assert "Nieuwsbrief november 2026" in page
