"""The enforced Content Security Policy does not break the site: a real browser loads the main
kinds of page (and types into the helpdesk form, so htmx fetches suggestions) and the browser
reports no CSP violation, neither as a `securitypolicyviolation` event nor on the console."""

import re
from typing import Any

import pytest
from flows import login
from playwright.sync_api import ConsoleMessage, Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTICLE_TITLE = "Hoe stel ik een kandidatenlijst op?"

# Runs before any script of the page (injected by the browser itself, so CSP does not apply).
_LISTEN_FOR_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.__kennispuntCspViolation({
        page: document.location.pathname,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
        sample: event.sample,
    });
});
"""


class CspWatch:
    """Collects every CSP violation the browser reports on a page, across navigations."""

    def __init__(self, page: Page) -> None:
        self.violations: list[Any] = []
        page.expose_binding(
            "__kennispuntCspViolation", lambda _source, report: self.violations.append(report)
        )
        page.add_init_script(_LISTEN_FOR_VIOLATIONS)
        page.on("console", self._console)

    def _console(self, message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            self.violations.append(message.text)

    def assert_none(self, where: str) -> None:
        assert not self.violations, f"CSP violations on {where}:\n" + "\n".join(
            map(str, self.violations)
        )


@pytest.fixture
def people(site_pages: Any) -> Any:
    from kennispunt_testing.world import build_world

    return build_world()


@pytest.fixture
def knowledge(site_pages: Any) -> None:
    from django.core.management import call_command

    from kennispunt.demo.knowledge import build_knowledge

    build_knowledge()
    call_command("update_index", verbosity=0)


def test_the_watch_sees_a_violation(page: Page, site_pages: Any) -> None:
    # Proves the tests below can fail: an inline <style> is blocked by our policy.
    watch = CspWatch(page)
    page.goto("/")
    page.evaluate("document.head.insertAdjacentHTML('beforeend', '<style>p{color:red}</style>')")
    page.wait_for_timeout(200)
    assert watch.violations


def test_public_and_member_pages_load_without_csp_violations(
    page: Page, knowledge: None, people: Any
) -> None:
    from kennispunt.forum.models import Category
    from kennispunt.forum.services import topic_create
    from kennispunt.knowledge.models import ArticlePage
    from kennispunt_testing.world import TEST_PASSWORD, Role

    watch = CspWatch(page)

    page.goto("/")
    expect(page.get_by_role("navigation", name="Hoofdmenu")).to_be_visible()
    watch.assert_none("the home page")

    article = ArticlePage.objects.live().get(title=ARTICLE_TITLE)
    page.goto(article.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(ARTICLE_TITLE)
    watch.assert_none("a knowledge article")

    # htmx fetches suggestions while the visitor types the subject.
    page.goto("/helpdesk/vraag-stellen/")
    page.get_by_label("Onderwerp").press_sequentially("kandidatenlijst", delay=20)
    expect(page.locator("#kennispunt-suggestions").get_by_role("link").first).to_be_visible()
    watch.assert_none("the helpdesk form with htmx suggestions")

    member = people.user(Role.MEMBER_A)
    category = Category.objects.create(name="Campagne", slug="campagne", description="Voeren.")
    post = topic_create(
        author=member,
        category=category,
        title="Wie drukt jullie folders?",
        body="We zoeken een **drukker** in de regio.",
    )
    login(page, member.email, TEST_PASSWORD)
    page.goto(post.topic.get_absolute_url())
    expect(page.get_by_role("heading", level=1, name="Wie drukt jullie folders?")).to_be_visible()
    page.get_by_label("Uw bericht").fill("Wij gebruiken een lokale drukker.")
    page.get_by_role("button", name="Reactie plaatsen").click()
    expect(page.get_by_text("Uw reactie is geplaatst.")).to_be_visible()
    watch.assert_none("a forum topic")


def test_wagtail_admin_loads_without_csp_violations(
    page: Page, people: Any, site_pages: Any
) -> None:
    from kennispunt_testing.world import TEST_PASSWORD, TEST_TOTP_SECRET, Role

    watch = CspWatch(page)
    staff = people.user(Role.REDACTEUR)  # edits pages (the beheerder manages people)
    login(page, staff.email, TEST_PASSWORD, totp_secret=TEST_TOTP_SECRET)

    page.goto("/beheer/cms/")
    expect(page).to_have_url(re.compile(r"/beheer/cms/$"))
    expect(page.locator("#main")).to_be_visible()
    page.wait_for_load_state("networkidle")
    watch.assert_none("the Wagtail dashboard")

    # The page editor: StreamField, rich text, date pickers and the preview panel.
    page.goto(f"/beheer/cms/pages/{site_pages.pk}/edit/")
    expect(page).to_have_url(re.compile(r"/edit/$"))
    page.wait_for_load_state("networkidle")
    watch.assert_none("the Wagtail page editor")

    # The preview panel shows the page in an iframe of the editor (frame-ancestors 'self').
    page.get_by_role("button", name=re.compile(r"voorvertoning|preview", re.I)).first.click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("navigation", name="Hoofdmenu")).to_be_visible()
    watch.assert_none("the Wagtail preview panel")
