"""The knowledge base on a phone: a visitor finds an article by browsing and by searching, works
through a module with a self-check, and a signed-in user keeps their progress and checklist."""

import re
from typing import Any

import pytest
from axe import axe_check
from flows import login, main_menu_link
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTICLE_TITLE = "Hoe stel ik een kandidatenlijst op?"
THEME_TITLE = "Kandidaatstelling"
MODULE_TITLE = "Kandidaatstelling stap voor stap"
MODULE_URL = "/kennis/kandidaatstelling/kandidaatstelling-stap-voor-stap/"
USER_EMAIL = "lerende@example.org"
USER_PASSWORD = "Kennis-Is-Macht-2026!"


@pytest.fixture
def knowledge(site_pages: Any) -> None:
    """The full Dutch demo knowledge base, indexed for search, visible to the live server."""
    from django.core.management import call_command

    from kennispunt.demo.knowledge import build_knowledge

    build_knowledge()
    call_command("update_index", verbosity=0)


def search_for(page: Page, query: str) -> None:
    form = page.get_by_role("search").filter(has=page.get_by_role("searchbox")).first
    form.get_by_role("searchbox").fill(query)
    form.get_by_role("button", name="Zoeken").click()
    expect(page).to_have_url(re.compile(r"/zoeken/\?"))


def test_visitor_finds_how_to_make_a_candidate_list_in_three_clicks(
    page: Page, live_server: Any, knowledge: None
) -> None:
    clicks = 0
    page.goto("/")
    axe_check(page, context_label="home")

    main_menu_link(page, "Kennis").click()
    clicks += 1
    expect(page).to_have_url(re.compile(r"/kennis/$"))

    page.locator("main").get_by_role("link", name=THEME_TITLE, exact=True).click()
    clicks += 1
    expect(page.get_by_role("heading", level=1, name=THEME_TITLE, exact=True)).to_be_visible()
    axe_check(page, context_label="thema Kandidaatstelling")

    page.locator("main").get_by_role("link", name=ARTICLE_TITLE, exact=True).click()
    clicks += 1
    expect(page.get_by_role("heading", level=1)).to_have_text(ARTICLE_TITLE)
    axe_check(page, context_label="artikel kandidatenlijst")

    assert clicks <= 3


def test_visitor_finds_it_by_search(page: Page, live_server: Any, knowledge: None) -> None:
    page.goto("/kennis/")
    page.get_by_label("Zoek in de kennisbank").fill("hoe stel ik een kandidatenlijst op")
    page.get_by_label("Zoek in de kennisbank").press("Enter")
    expect(page).to_have_url(re.compile(r"/zoeken/\?"))
    results = page.locator("main")
    hit = results.get_by_role("link", name=ARTICLE_TITLE, exact=True)
    expect(hit).to_be_visible()
    expect(results.locator("mark").first).to_be_visible()
    axe_check(page, context_label="zoekresultaten")
    hit.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(ARTICLE_TITLE)

    # Stemming: "vrijwilligers" also finds the article that only says "vrijwilliger".
    page.goto("/zoeken/")
    search_for(page, "vrijwilligers")
    expect(
        page.locator("main").get_by_role("link", name="Leden werven en behouden", exact=True)
    ).to_be_visible()

    # Nothing found: say so and point to the helpdesk.
    search_for(page, "xyzzyqwv plofkrabbel")
    expect(page.locator("main").get_by_text("Geen resultaten")).to_be_visible()
    expect(
        page.locator("main").get_by_role("link", name=re.compile("helpdesk", re.I))
    ).to_be_visible()
    axe_check(page, context_label="zoeken zonder resultaten")


def test_module_progress_and_self_check(page: Page, live_server: Any, knowledge: None) -> None:
    from allauth.account.models import EmailAddress

    from kennispunt.accounts.models import User

    # An anonymous visitor opens the module and does the self-check of the first lesson.
    page.goto("/kennis/kandidaatstelling/")
    page.locator("main").get_by_role("link", name=MODULE_TITLE, exact=True).click()
    expect(page).to_have_url(re.compile(re.escape(MODULE_URL) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(MODULE_TITLE)
    axe_check(page, context_label="module (anoniem)")

    lessons = page.locator("main ol.kennispunt-lesson-list").get_by_role("link")
    first_lesson_title = lessons.first.inner_text().strip()
    lessons.first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(first_lesson_title)
    selfcheck = page.get_by_role("region", name="Test uzelf")
    expect(selfcheck).to_be_visible()
    questions = selfcheck.get_by_role("group")
    count = questions.count()
    assert count > 0
    for i in range(count):
        questions.nth(i).get_by_role("radio").first.check()
    selfcheck.get_by_role("button", name="Controleer mijn antwoorden").click()
    expect(page.get_by_text(re.compile(rf"U had \d+ van {count} vragen goed\."))).to_be_visible()
    axe_check(page, context_label="les met zelftoets (nagekeken)")

    # A signed-in user completes the first lesson; the module remembers it.
    user = User.objects.create_user(email=USER_EMAIL, password=USER_PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    login(page, USER_EMAIL, USER_PASSWORD)
    page.goto(MODULE_URL)
    page.locator("main ol.kennispunt-lesson-list").get_by_role("link").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(first_lesson_title)
    page.get_by_role("button", name="Les afgerond, naar de volgende les").click()
    expect(page.get_by_role("heading", level=1)).not_to_have_text(first_lesson_title)
    page.get_by_role("link", name="Overzicht van de module").click()
    expect(page).to_have_url(re.compile(re.escape(MODULE_URL) + "$"))
    expect(page.locator("main").get_by_text(re.compile(r"U hebt 1 van \d+"))).to_be_visible()
    expect(page.get_by_role("link", name="Verder waar u was")).to_be_visible()
    axe_check(page, context_label="module (ingelogd, 1 les af)")

    # Ticking a checklist item is kept.
    checklist = page.get_by_role("region", name="Checklist voor uw partij")
    item = checklist.get_by_role("button").first
    expect(item).to_have_attribute("aria-pressed", "false")
    item.click()
    expect(checklist.get_by_role("button").first).to_have_attribute("aria-pressed", "true")
    page.reload()
    expect(
        page.get_by_role("region", name="Checklist voor uw partij").get_by_role("button").first
    ).to_have_attribute("aria-pressed", "true")


@pytest.mark.parametrize("url", ["/wegwijzer/", "/nieuws/", "news-item"])
def test_knowledge_pages_have_no_serious_axe_violations(
    page: Page, live_server: Any, knowledge: None, url: str
) -> None:
    if url == "news-item":
        page.goto("/nieuws/")
        page.locator("main").get_by_role("listitem").first.get_by_role("link").first.click()
        expect(page).to_have_url(re.compile(r"/nieuws/[^/]+/$"))
    else:
        response = page.goto(url)
        assert response is not None and response.status == 200, f"{url} answered {response}"
    expect(page.locator("h1")).to_have_count(1)
    axe_check(page, context_label=page.url)
