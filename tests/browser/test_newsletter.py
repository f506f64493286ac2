"""The newsletter on a phone: a visitor subscribes, confirms from the e-mail, receives an issue
through a real SMTP server and leaves again in one click; the archive passes axe."""

import re
from typing import Any

import pytest
from axe import axe_check
from mailsink import SmtpSink, message_text
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

READER = "lezer@example.org"


@pytest.fixture
def issue(site_pages: Any) -> Any:
    from kennispunt_testing.newsletter import make_issue

    return make_issue()


def test_subscribe_confirm_receive_and_unsubscribe_in_one_click(
    page: Page, smtp_sink: SmtpSink, live_server: Any, settings: Any, issue: Any
) -> None:
    from kennispunt.mailings.services import mailing_create, mailing_send_now
    from kennispunt.newsletter.models import Subscriber, SubscriberStatus
    from kennispunt.newsletter.rendering import issue_render
    from kennispunt.newsletter.services import AUDIENCE

    settings.SITE_URL = live_server.url

    # Subscribe from the menu.
    page.goto("/")
    page.get_by_role("link", name="Nieuwsbrief").first.click()
    expect(page.get_by_role("heading", level=1, name="Nieuwsbrief")).to_be_visible()
    axe_check(page, context_label="nieuwsbrief aanmelden")
    page.get_by_label("E-mailadres").fill(READER)
    page.get_by_label("Naam").fill("Lotte Lezer")
    page.get_by_role("checkbox", name=re.compile("stuur mij de maandelijkse nieuwsbrief")).check()
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_role("heading", level=1, name="Kijk in uw mailbox")).to_be_visible()
    axe_check(page, context_label="aanmelding aangevraagd")
    assert Subscriber.objects.get(email=READER).status == SubscriberStatus.PENDING

    # Confirm with the link from the e-mail.
    confirmation = smtp_sink.wait_for_mail(READER, subject_contains="Bevestig")
    page.goto(smtp_sink.first_url(confirmation, r"/nieuwsbrief/bevestigen/"))
    axe_check(page, context_label="aanmelding bevestigen")
    page.get_by_role("button", name="Ja, ik wil de nieuwsbrief ontvangen").click()
    expect(page.get_by_role("heading", level=1, name="U bent aangemeld")).to_be_visible()
    assert Subscriber.objects.get(email=READER).status == SubscriberStatus.ACTIVE

    # An issue goes out over SMTP.
    mailing = mailing_create(audience=AUDIENCE, rendered=issue_render(issue))
    mailing_send_now(mailing=mailing)
    newsletter = smtp_sink.wait_for_mail(READER, subject_contains=issue.title)
    assert newsletter["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Begroting lezen" in message_text(newsletter)

    # One click on the link in the e-mail, one button: unsubscribed.
    page.goto(smtp_sink.first_url(newsletter, r"/nieuwsbrief/afmelden/"))
    axe_check(page, context_label="afmelden")
    page.get_by_role("button", name="Afmelden").click()
    expect(page.get_by_role("heading", level=1, name="U bent afgemeld")).to_be_visible()
    axe_check(page, context_label="afgemeld")
    assert Subscriber.objects.get(email=READER).status == SubscriberStatus.UNSUBSCRIBED


def test_the_archive_passes_axe(page: Page, issue: Any) -> None:
    page.goto("/nieuwsbrieven/")
    expect(page.get_by_role("heading", level=1, name="Nieuwsbrieven")).to_be_visible()
    axe_check(page, context_label="archief")
    page.get_by_role("navigation", name="Nieuwsbrieven per jaar").get_by_role(
        "link", name="2026"
    ).click()
    expect(page.get_by_role("heading", level=1, name="Nieuwsbrieven 2026")).to_be_visible()
    axe_check(page, context_label="archief 2026")
    page.get_by_role("link", name=issue.title).click()
    expect(page.get_by_role("heading", level=1, name=issue.title)).to_be_visible()
    axe_check(page, context_label="nieuwsbrief in het archief")


@pytest.fixture
def world(site_pages: Any) -> Any:
    from kennispunt_testing.world import build_world

    return build_world()


def test_staff_send_an_issue_to_a_segment_and_the_archive_keeps_it_as_sent(
    page: Page, smtp_sink: SmtpSink, issue: Any, world: Any
) -> None:
    from flows import login

    from kennispunt.newsletter.models import Subscriber, SubscriberStatus
    from kennispunt_testing.newsletter import issue_body
    from kennispunt_testing.outreach import make_municipality
    from kennispunt_testing.world import TEST_PASSWORD, TEST_TOTP_SECRET

    zeist = make_municipality("GM0355", "Zeist", "Utrecht")
    zwolle = make_municipality("GM0193", "Zwolle", "Overijssel")
    for email, municipality in (("utrecht@example.org", zeist), ("zwolle@example.org", zwolle)):
        Subscriber.objects.create(
            email=email, municipality=municipality, status=SubscriberStatus.ACTIVE
        )

    login(page, "redacteur@example.org", TEST_PASSWORD, totp_secret=TEST_TOTP_SECRET)
    page.goto(f"/beheer/cms/nieuwsbrief/{issue.pk}/verzenden/")
    expect(page.locator("#ontvangers")).to_contain_text("gaat naar 2 abonnees.")
    axe_check(page, context_label="nieuwsbrief verzenden")

    # Choose a segment and see how many subscribers it reaches before sending.
    page.get_by_role("checkbox", name="Utrecht", exact=True).check()
    page.get_by_role("button", name="Ontvangers tellen").click()
    expect(page.locator("#ontvangers")).to_contain_text("gaat naar 1 abonnee in Utrecht.")
    expect(page.get_by_role("checkbox", name="Utrecht", exact=True)).to_be_checked()
    axe_check(page, context_label="nieuwsbrief verzenden, segment geteld")
    page.get_by_role("button", name="Verzenden", exact=True).click()
    expect(page).to_have_url(re.compile(r"/beheer/cms/verzendingen/\d+/$"))

    smtp_sink.wait_for_mail("utrecht@example.org", subject_contains=issue.title)
    assert smtp_sink.sent_to("zwolle@example.org") == []

    # The issue is changed afterwards: the archive still shows what was sent.
    body = issue_body()
    body[3] = ("news", {"heading": "Nieuws", "items": [{"title": "Later", "text": "", "url": ""}]})
    issue.body = body
    issue.save_revision().publish()
    page.goto(issue.url)
    expect(page.get_by_role("heading", level=1, name=issue.title)).to_be_visible()
    expect(page.get_by_text("Zo is deze nieuwsbrief op")).to_be_visible()
    expect(page.get_by_text("Nieuwe wegwijzer")).to_be_visible()
    expect(page.get_by_text("Later", exact=True)).to_have_count(0)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    axe_check(page, context_label="nieuwsbrief zoals verzonden")
