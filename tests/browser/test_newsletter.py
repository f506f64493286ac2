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
