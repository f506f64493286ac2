"""End to end on the forum: a member starts a topic, another member replies and mentions them,
the first gets a notification on the site and an e-mail (over real SMTP), and marks the reply
as the solution. Every forum page on the way passes an axe check."""

import re
from typing import Any

import pytest
from axe import axe_check
from flows import login, logout
from mailsink import SmtpSink, message_text
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

PASSWORD = "Forum-Overleg-2026!"
ANNA = "anna@example.org"
BO = "bo@example.org"
TITLE = "Hoe houden jullie vrijwilligers vast na de verkiezingen?"


def create_members() -> Any:
    from allauth.account.models import EmailAddress

    from kennispunt.accounts.models import User
    from kennispunt.forum.models import Category
    from kennispunt.parties.models import MembershipStatus, Municipality, Party

    users = []
    for email, name, slug in ((ANNA, "Anna", "samen-lokaal"), (BO, "Bo", "dorpsbelang")):
        municipality, _ = Municipality.objects.get_or_create(
            cbs_code=f"GM0{len(users) + 307}",
            defaults={"name": f"Gemeente {slug}", "slug": slug, "province": "Utrecht"},
        )
        party = Party.objects.create(name=f"Partij {slug}", slug=slug)
        party.municipalities.add(municipality)
        user = User.objects.create_user(email=email, password=PASSWORD, first_name=name)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        party.memberships.create(
            user=user,
            status=MembershipStatus.VERIFIED,
            consent_text="test",
            consent_given_at=user.date_joined,
        )
        users.append(user)
    Category.objects.create(
        name="Vrijwilligers", slug="vrijwilligers", description="Werven en vasthouden."
    )
    return users


@pytest.mark.django_db(transaction=True)
def test_topic_reply_with_mention_notification_email_and_solution(
    page: Page, smtp_sink: SmtpSink, live_server: Any, site_pages: Any
) -> None:
    from kennispunt.forum.models import Topic

    anna, _bo = create_members()
    anna_handle = f"anna-{anna.pk}"

    # Anna starts a topic.
    login(page, ANNA, PASSWORD)
    page.goto("/forum/")
    expect(page.get_by_role("heading", level=1, name="Forum")).to_be_visible()
    axe_check(page, context_label="forum")
    page.get_by_role("link", name="Vrijwilligers").click()
    axe_check(page, context_label="forumcategorie")
    page.get_by_role("link", name="Nieuw onderwerp").click()
    axe_check(page, context_label="nieuw onderwerp")
    page.get_by_label("Titel").fill(TITLE)
    page.get_by_label("Uw bericht").fill("Na de campagne haken veel **vrijwilligers** af. Tips?")
    page.get_by_role("button", name="Voorbeeld bekijken").click()
    expect(page.locator(".kennispunt-forum-preview strong")).to_have_text("vrijwilligers")
    page.get_by_role("button", name="Onderwerp plaatsen").click()
    expect(page.get_by_role("heading", level=1, name=TITLE)).to_be_visible()
    axe_check(page, context_label="onderwerp")
    logout(page)

    # Bo replies and mentions Anna by her handle.
    login(page, BO, PASSWORD)
    page.goto("/forum/")
    page.get_by_role("link", name=TITLE).click()
    page.get_by_label("Uw bericht").fill(
        f"@{anna_handle} wij geven ze na de verkiezingen een eigen klus, dat werkt goed."
    )
    page.get_by_role("button", name="Reactie plaatsen").click()
    expect(page.get_by_text("Uw reactie is geplaatst.")).to_be_visible()
    expect(page.locator(".kennispunt-mention")).to_have_text(f"@{anna_handle}")
    logout(page)

    # Anna gets an e-mail with a link to the reply and a one-click unsubscribe link.
    message = smtp_sink.wait_for_mail(ANNA, subject_contains="U werd genoemd")
    text = message_text(message)
    assert "wij geven ze na de verkiezingen een eigen klus" in text
    assert "/forum/afmelden/" in text
    unsubscribe = re.search(r"/forum/afmelden/[^/\s]+/", text)
    assert unsubscribe is not None
    assert unsubscribe.group(0) in str(message["List-Unsubscribe"])

    # ... and a notification on the site, from which she marks the reply as the solution.
    login(page, ANNA, PASSWORD)
    page.goto("/forum/")
    page.get_by_role("navigation", name="Forum").get_by_role(
        "link", name=re.compile(r"Meldingen \(1\)")
    ).click()
    axe_check(page, context_label="meldingen")
    expect(page.get_by_text("U werd genoemd")).to_be_visible()
    page.get_by_role("link", name=TITLE).click()
    page.get_by_role("button", name="Markeer als oplossing").click()
    expect(page.get_by_text("Deze reactie is gemarkeerd als oplossing.")).to_be_visible()
    expect(page.locator("#bericht-2").get_by_text("Oplossing", exact=True)).to_be_visible()
    axe_check(page, context_label="onderwerp met oplossing")
    assert Topic.objects.get(title=TITLE).is_solved

    page.goto("/forum/instellingen/")
    axe_check(page, context_label="forummeldingen")
    logout(page)

    # The unsubscribe link in the e-mail works without logging in.
    page.goto(unsubscribe.group(0))
    axe_check(page, context_label="afmelden forum-e-mail")
    page.get_by_role("button", name="Stop e-mail over het forum").click()
    expect(page.get_by_text("U krijgt geen e-mail meer over het forum.")).to_be_visible()


def assert_fits(page: Page) -> None:
    """No horizontal scrolling on the phone."""
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.django_db(transaction=True)
def test_new_topic_from_home_similar_topics_mention_actions_and_search(
    page: Page, live_server: Any, site_pages: Any
) -> None:
    """The Discourse-like path on a phone: "Nieuw onderwerp" on the forum home with a category
    choice, similar topics while typing the title, an @mention completed from the list, a bare
    site path as link and card, one action bar per post with its counts, and the forum search."""
    from kennispunt.forum import services
    from kennispunt.forum.models import Category

    _anna, bo = create_members()
    bo_handle = services.profile_for(bo).handle
    services.topic_create(
        author=bo,
        category=Category.objects.get(slug="vrijwilligers"),
        title="Vrijwilligers werven in een klein dorp",
        body="Wij werven via de dorpskrant.",
    )

    login(page, ANNA, PASSWORD)
    page.goto("/forum/")
    page.get_by_role("link", name="Nieuw onderwerp").click()
    expect(page).to_have_url(re.compile(r"/forum/nieuw/$"))
    page.get_by_label("Categorie").select_option(label="Vrijwilligers")
    page.get_by_label("Titel").press_sequentially("Vrijwilligers vasthouden", delay=20)
    similar = page.locator("#kennispunt-forum-similar")
    expect(
        similar.get_by_role("link", name="Vrijwilligers werven in een klein dorp")
    ).to_be_visible()
    axe_check(page, context_label="nieuw onderwerp vanaf de forumstart")
    assert_fits(page)

    body = page.get_by_label("Uw bericht")
    body.fill("Zie ook /kennis/ voor achtergrond. Vraag aan ")
    body.press_sequentially(f"@{bo_handle[:2]}", delay=20)
    page.get_by_role("button", name=re.compile(f"@{bo_handle}")).click()
    expect(page.get_by_label("Uw bericht")).to_have_value(
        f"Zie ook /kennis/ voor achtergrond. Vraag aan @{bo_handle} "
    )
    page.get_by_label("Uw bericht").press_sequentially("wat werkt bij jullie?", delay=5)
    page.get_by_role("button", name="Onderwerp plaatsen").click()
    expect(page).to_have_url(re.compile(r"/forum/onderwerp/\d+/$"))
    post = page.locator("#bericht-1")
    expect(post.locator(".kennispunt-mention")).to_have_text(f"@{bo_handle}")
    expect(post.locator(".kennispunt-forum-post__body a[href='/kennis/']").first).to_be_visible()
    expect(post.locator(".kennispunt-forum-cards")).to_be_visible()
    actions = post.get_by_role("list", name="Acties bij bericht 1")
    for name in ("Reageren", "Citeren"):
        expect(actions.get_by_role("link", name=name)).to_be_visible()
    axe_check(page, context_label="onderwerp met actiebalk")
    assert_fits(page)
    logout(page)

    # Bo likes and bookmarks the post; the count shows.
    login(page, BO, PASSWORD)
    page.goto("/forum/")
    page.get_by_role("link", name="Vrijwilligers vasthouden").first.click()
    actions = page.get_by_role("list", name="Acties bij bericht 1")
    actions.get_by_role("button", name=re.compile("Vind ik leuk")).click()
    expect(page).to_have_url(re.compile(r"/forum/onderwerp/\d+/"))
    expect(
        page.get_by_role("list", name="Acties bij bericht 1").locator(".kennispunt-forum-count")
    ).to_have_text("1")
    page.get_by_role("list", name="Acties bij bericht 1").get_by_role(
        "button", name="Bladwijzer"
    ).click()
    expect(page.get_by_text("Bladwijzer toegevoegd.")).to_be_visible()

    # The forum search finds the topic by another form of a word in it (stemmed).
    page.goto("/forum/")
    page.get_by_label("Zoeken in het forum").fill("achtergronden")
    page.locator(".kennispunt-forum-search").get_by_role("button", name="Zoeken").click()
    expect(page).to_have_url(re.compile(r"/zoeken/\?"))
    expect(page.get_by_role("link", name="Vrijwilligers vasthouden")).to_be_visible()
    axe_check(page, context_label="zoeken in het forum")
    assert_fits(page)
