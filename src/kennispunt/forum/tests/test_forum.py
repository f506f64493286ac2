"""What members and moderators can do on the forum, and what the forum keeps about them."""

import io
from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.utils import timezone

from kennispunt.accounts.personal_data import export_everything
from kennispunt.accounts.services import account_delete
from kennispunt.core.audit import entries_for
from kennispunt.core.suggestions import Suggestion
from kennispunt.forum import mail as forum_mail
from kennispunt.forum import selectors, services
from kennispunt.forum.models import (
    EmailMode,
    Follow,
    Notification,
    NotificationKind,
    Post,
    PostRevision,
    Topic,
)
from kennispunt.forum.services import ForumError
from kennispunt_testing.world import Role, make_membership, make_user

from .conftest import ForumWorld

pytestmark = pytest.mark.django_db


def login(forum: ForumWorld, role: Role) -> Client:
    client = Client()
    client.force_login(forum.world.user(role))
    return client


def handle(forum: ForumWorld, role: Role) -> str:
    return services.profile_for(forum.world.user(role)).handle


# --- Identity ---------------------------------------------------------------------------------


def test_handle_is_first_name_and_id_and_never_changes(forum: ForumWorld) -> None:
    member = forum.world.user(Role.MEMBER_A)
    assert handle(forum, Role.MEMBER_A) == f"anna-{member.pk}"
    member.first_name = "Annabel"
    member.save()
    assert handle(forum, Role.MEMBER_A) == f"anna-{member.pk}"


def test_posts_show_first_name_and_handle_but_not_email_or_party(forum: ForumWorld) -> None:
    html = login(forum, Role.MEMBER_B).get(forum.topic.get_absolute_url()).content.decode()
    assert f"Anna (@{handle(forum, Role.MEMBER_A)})" in html
    assert "lid-a@example.org" not in html
    assert forum.world.party_a.name not in html


# --- Posting and reading ----------------------------------------------------------------------


def test_reply_notifies_the_topic_author_who_follows_automatically(
    forum: ForumWorld, django_capture_on_commit_callbacks
) -> None:
    author = forum.world.user(Role.MEMBER_A)
    Notification.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        forum.reply = services.topic_reply(
            author=forum.world.user(Role.MEMBER_B), topic=forum.topic, body="Nog een tip."
        )
    assert Follow.objects.filter(user=author, topic=forum.topic).exists()
    notification = Notification.objects.get(user=author)
    assert notification.kind == NotificationKind.REPLY
    assert notification.post == forum.reply
    # Immediate e-mail, with a one-click unsubscribe link and header.
    (message,) = mail.outbox
    assert message.to == [author.email]
    assert "Hoe vinden jullie vrijwilligers?" in message.subject
    # The token is signed with a timestamp, so compare what it carries, not its text.
    header = message.extra_headers["List-Unsubscribe"]
    assert header.startswith("<") and header.endswith(">")
    url = header[1:-1]
    assert url.startswith(f"{settings.SITE_URL}/forum/")
    token = url.rstrip("/").rsplit("/", 1)[-1]
    assert forum_mail.user_id_from_token(token) == author.pk
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert url in message.body


def test_mention_notifies_the_member_and_renders_highlighted(
    forum: ForumWorld, django_capture_on_commit_callbacks
) -> None:
    mail.outbox.clear()
    board = forum.world.user(Role.BOARD_A)
    services.profile_for(board)
    with django_capture_on_commit_callbacks(execute=True):
        post = services.topic_reply(
            author=forum.world.user(Role.MEMBER_B),
            topic=forum.topic,
            body=f"Vraag het @{handle(forum, Role.BOARD_A)}, en niet @onbekend-99.",
        )
    assert f'<span class="kennispunt-mention">@{handle(forum, Role.BOARD_A)}</span>' in post.html
    assert "@onbekend-99" in post.html and post.html.count("kennispunt-mention") == 1
    assert Notification.objects.filter(user=board, kind=NotificationKind.MENTION).count() == 1
    assert {m.to[0] for m in mail.outbox} == {board.email, forum.world.user(Role.MEMBER_A).email}


def test_mention_in_code_is_not_a_mention(forum: ForumWorld) -> None:
    post = services.topic_reply(
        author=forum.world.user(Role.MEMBER_B),
        topic=forum.topic,
        body=f"`@{handle(forum, Role.MEMBER_A)}`",
    )
    assert "kennispunt-mention" not in post.html


def test_links_are_nofollow_ugc_and_raw_html_is_text(forum: ForumWorld) -> None:
    post = services.topic_reply(
        author=forum.world.user(Role.MEMBER_B),
        topic=forum.topic,
        body='[site](https://example.org) <b onclick="x">vet</b>',
    )
    assert 'rel="nofollow ugc"' in post.html
    assert "<b" not in post.html and "&lt;b" in post.html


def test_link_to_a_knowledge_page_renders_as_a_card(forum: ForumWorld, kb: object) -> None:
    article = kb.article  # type: ignore[attr-defined]
    post = services.topic_reply(
        author=forum.world.user(Role.MEMBER_B),
        topic=forum.topic,
        body=f"Lees [dit artikel]({article.url}).",
    )
    assert "kennispunt-forum-cards" in post.html
    assert "Zo maakt u een geldige kandidatenlijst." in post.html


def test_bare_site_path_becomes_a_link_and_a_card(forum: ForumWorld, kb: object) -> None:
    article = kb.article  # type: ignore[attr-defined]
    post = services.topic_reply(
        author=forum.world.user(Role.MEMBER_B),
        topic=forum.topic,
        body=f"Zie {article.url}. En ook 1/2 en/of `{article.url}`.",
    )
    assert f'<a href="{article.url}" rel="nofollow ugc">{article.url}</a>.' in post.html
    assert "Zo maakt u een geldige kandidatenlijst." in post.html
    assert post.html.count("href=") == 2  # the link and its card; not in code, not "en/of"


def test_full_url_of_the_site_gets_a_card_and_other_bare_urls_become_links(
    forum: ForumWorld, kb: object, settings
) -> None:
    settings.SITE_URL = "https://kennispunt.example"
    article = kb.article  # type: ignore[attr-defined]
    post = services.topic_reply(
        author=forum.world.user(Role.MEMBER_B),
        topic=forum.topic,
        body=f"Lees https://kennispunt.example{article.url} of https://example.org/x.",
    )
    assert "kennispunt-forum-cards" in post.html
    assert '<a href="https://example.org/x" rel="nofollow ugc">' in post.html


def test_card_of_a_rich_text_intro_shows_plain_text(forum: ForumWorld, kb: object) -> None:
    from kennispunt.pages.models import HomePage

    home = HomePage.objects.get()
    home.intro = "<p>Alles voor <b>lokale</b> partijen &amp; hun leden.</p>"
    home.save_revision().publish()
    post = services.topic_reply(
        author=forum.world.user(Role.MEMBER_B), topic=forum.topic, body="Kijk op [de start](/)."
    )
    assert "Alles voor lokale partijen &amp; hun leden." in post.html
    assert "&lt;p&gt;" not in post.html and "&lt;b&gt;" not in post.html


def test_mention_autocomplete_lists_handles_and_completes_the_chosen_one(
    forum: ForumWorld, django_assert_max_num_queries
) -> None:
    anna = handle(forum, Role.MEMBER_B)
    prefix = anna[:3]
    client = login(forum, Role.MEMBER_A)
    client.get("/forum/leden/noemen/", {"body": "x"})  # warm-up: session, profile
    with django_assert_max_num_queries(8):
        listed = client.get("/forum/leden/noemen/", {"body": f"Vraag aan @{prefix}"})
    assert f"@{anna}" in listed.content.decode()
    chosen = client.get("/forum/leden/noemen/", {"body": f"Vraag aan @{prefix}", "kies": anna})
    html = chosen.content.decode()
    assert f"Vraag aan @{anna} </textarea>" in html and 'id="id_body"' in html
    # Only at the end of the text, not inside an e-mail address; an unknown handle is refused.
    assert anna not in client.get("/forum/leden/noemen/", {"body": f"a@{prefix}"}).content.decode()
    refused = client.get("/forum/leden/noemen/", {"body": "@x", "kies": anna}).content.decode()
    assert "textarea" not in refused
    form = client.get(forum.topic.get_absolute_url()).content.decode()
    assert 'hx-get="/forum/leden/noemen/"' in form and 'id="kennispunt-mentions"' in form


def test_quote_prefills_the_reply(forum: ForumWorld) -> None:
    html = (
        login(forum, Role.MEMBER_A)
        .get(forum.topic.get_absolute_url(), {"citeer": forum.reply.pk})
        .content.decode()
    )
    assert "&gt; Via de dorpskrant werkte goed." in html


def test_preview_shows_the_rendered_text_and_saves_nothing(forum: ForumWorld) -> None:
    before = Post.objects.count()
    response = login(forum, Role.MEMBER_B).post(
        forum.topic.get_absolute_url(), {"body": "Dit is **vet**", "action": "preview"}
    )
    assert "<strong>vet</strong>" in response.content.decode()
    assert Post.objects.count() == before


def test_unread_markers_and_jump_to_first_unread(forum: ForumWorld) -> None:
    member_a = login(forum, Role.MEMBER_A)
    member_a.get(forum.topic.get_absolute_url())  # reads both posts
    services.topic_reply(author=forum.world.user(Role.MEMBER_B), topic=forum.topic, body="Nog één.")
    topics = selectors.latest_topics(user=forum.world.user(Role.MEMBER_A))
    assert topics[0].unread == 1  # type: ignore[attr-defined]
    response = member_a.get(f"/forum/onderwerp/{forum.topic.pk}/ongelezen/")
    assert response["Location"].endswith("?pagina=1#bericht-3")
    assert "ongelezen" in member_a.get("/forum/categorie/algemeen/").content.decode()


def test_category_lists_latest_activity_first_with_pinned_on_top(forum: ForumWorld) -> None:
    older = services.topic_create(
        author=forum.world.user(Role.MEMBER_B),
        category=forum.category,
        title="Een ouder onderwerp",
        body="Tekst",
    ).topic
    Topic.objects.filter(pk=older.pk).update(last_post_at=timezone.now() - timedelta(days=3))
    newest = services.topic_create(
        author=forum.world.user(Role.MEMBER_B),
        category=forum.category,
        title="Het nieuwste onderwerp",
        body="Tekst",
    ).topic
    services.topic_moderate(
        topic=older, moderator=forum.world.user(Role.MODERATOR), action="pin", reason="Belangrijk"
    )
    listing = selectors.category_topics(category=forum.category)
    assert [t.pk for t in listing.pinned] == [older.pk]
    assert listing.topics[0].pk == newest.pk


def test_edit_keeps_a_visible_history(forum: ForumWorld) -> None:
    client = login(forum, Role.MEMBER_B)
    response = client.post(
        f"/forum/bericht/{forum.reply.pk}/bewerken/", {"body": "Via de krant.", "action": "post"}
    )
    assert response.status_code == 302
    forum.reply.refresh_from_db()
    assert forum.reply.edited_at is not None
    history = client.get(f"/forum/bericht/{forum.reply.pk}/versies/").content.decode()
    assert "Via de dorpskrant werkte goed." in history and "Via de krant." in history
    assert "bewerkt" in client.get(forum.topic.get_absolute_url()).content.decode()


def test_delete_own_post_removes_text_and_counts(forum: ForumWorld) -> None:
    login(forum, Role.MEMBER_B).post(f"/forum/bericht/{forum.reply.pk}/verwijderen/")
    forum.reply.refresh_from_db()
    forum.topic.refresh_from_db()
    assert forum.reply.is_deleted and forum.reply.body == ""
    assert forum.topic.reply_count == 0


def test_like_toggles_and_counts(forum: ForumWorld) -> None:
    client = login(forum, Role.MEMBER_A)
    client.post(f"/forum/bericht/{forum.reply.pk}/leuk/")
    forum.reply.refresh_from_db()
    assert forum.reply.like_count == 1
    client.post(f"/forum/bericht/{forum.reply.pk}/leuk/")
    forum.reply.refresh_from_db()
    assert forum.reply.like_count == 0


def test_bookmarks_list(forum: ForumWorld) -> None:
    client = login(forum, Role.MEMBER_B)
    client.post(f"/forum/onderwerp/{forum.topic.pk}/bladwijzer/")
    assert forum.topic.title in client.get("/forum/bladwijzers/").content.decode()


def test_bookmark_at_a_post_moves_and_the_list_links_to_that_post(forum: ForumWorld) -> None:
    client = login(forum, Role.MEMBER_B)
    url = f"/forum/onderwerp/{forum.topic.pk}/bladwijzer/"
    response = client.post(url, {"bericht": forum.opening.pk})
    assert response["Location"] == forum.opening.get_absolute_url()
    client.post(url, {"bericht": forum.reply.pk})  # one per topic: it moves to the reply
    listing = client.get("/forum/bladwijzers/").content.decode()
    assert forum.reply.get_absolute_url() in listing and "#2" in listing
    page = client.get(forum.topic.get_absolute_url()).content.decode()
    assert page.count('aria-pressed="true">Bladwijzer') == 1
    client.post(url, {"bericht": forum.reply.pk})  # same post again: removed
    assert "U hebt nog geen bladwijzers" in client.get("/forum/bladwijzers/").content.decode()


def test_bookmark_of_a_post_in_another_topic_is_refused(forum: ForumWorld) -> None:
    other = services.topic_create(
        author=forum.world.user(Role.MEMBER_A),
        category=forum.category,
        title="Ander ding",
        body="x",
    )
    response = login(forum, Role.MEMBER_B).post(
        f"/forum/onderwerp/{forum.topic.pk}/bladwijzer/", {"bericht": other.pk}
    )
    assert response.status_code == 404


def test_each_post_has_one_action_bar_with_the_like_count_and_no_author_heading(
    forum: ForumWorld,
) -> None:
    services.post_like_toggle(post=forum.reply, user=forum.world.user(Role.MEMBER_A))
    html = login(forum, Role.MEMBER_A).get(forum.topic.get_absolute_url()).content.decode()
    assert html.count('class="kennispunt-forum-post__actions"') == 2
    assert '<span class="kennispunt-forum-count">1</span>' in html
    assert '<span class="kennispunt-forum-count">0</span>' in html
    for action in ("Reageren", "Citeren", "Bladwijzer", "Markeer als oplossing", "Melden"):
        assert f">{action}<" in html
    assert 'class="kennispunt-forum-post__author"' in html
    assert '<h2 class="kennispunt-forum-post__author' not in html


def test_reply_to_a_post_names_its_author(forum: ForumWorld) -> None:
    client = login(forum, Role.MEMBER_A)
    html = client.get(forum.topic.get_absolute_url(), {"antwoord": forum.reply.pk}).content
    assert f"@{handle(forum, Role.MEMBER_B)} </textarea>" in html.decode()


def test_following_a_category_notifies_about_new_topics(forum: ForumWorld) -> None:
    board = forum.world.user(Role.BOARD_A)
    login(forum, Role.BOARD_A).post("/forum/categorie/algemeen/volgen/")
    topic = services.topic_create(
        author=forum.world.user(Role.MEMBER_B), category=forum.category, title="Nieuw!", body="x"
    ).topic
    assert Notification.objects.filter(user=board, post__topic=topic).exists()


def test_solution_by_the_topic_author_notifies_and_marks_solved(forum: ForumWorld) -> None:
    with pytest.raises(ForumError):
        services.solution_mark(post=forum.reply, user=forum.world.user(Role.MEMBER_B))
    services.solution_mark(post=forum.reply, user=forum.world.user(Role.MEMBER_A))
    forum.topic.refresh_from_db()
    assert forum.topic.is_solved and forum.topic.solution == forum.reply
    assert Notification.objects.filter(
        user=forum.world.user(Role.MEMBER_B), kind=NotificationKind.SOLUTION
    ).exists()
    assert selectors.solved_topics_matching(
        text="Waar vind ik vrijwilligers voor de campagne?"
    ) == [Suggestion(title=forum.topic.title, url=forum.topic.get_absolute_url(), kind="Forum")]
    assert selectors.solved_topics_matching(text="begroting") == []


# --- Notifications by e-mail ------------------------------------------------------------------


def test_one_click_unsubscribe_works_without_login(
    forum: ForumWorld, django_capture_on_commit_callbacks
) -> None:
    member = forum.world.user(Role.MEMBER_A)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.topic_reply(author=forum.world.user(Role.MEMBER_B), topic=forum.topic, body="1")
    assert len(mail.outbox) == 1  # before unsubscribing, e-mail arrives
    response = Client().post(f"/forum/afmelden/{forum_mail.unsubscribe_token(member)}/")
    assert response.status_code == 200
    assert services.profile_for(member).email_mode == EmailMode.NONE
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.topic_reply(author=forum.world.user(Role.MEMBER_B), topic=forum.topic, body="2")
    assert mail.outbox == []
    assert Notification.objects.filter(user=member).count() == 3  # still on the site


def test_daily_digest_collects_notifications_in_one_mail(
    forum: ForumWorld, django_capture_on_commit_callbacks
) -> None:
    member = forum.world.user(Role.MEMBER_A)
    services.profile_update(user=member, email_mode=EmailMode.DAILY)
    Notification.objects.update(emailed_at=timezone.now())
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        for text in ("Eén", "Twee"):
            services.topic_reply(
                author=forum.world.user(Role.MEMBER_B), topic=forum.topic, body=text
            )
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        assert forum_mail.digests_send() == 1
    (message,) = mail.outbox
    assert "2 nieuwe meldingen" in message.subject
    assert "List-Unsubscribe" in message.extra_headers
    assert Notification.objects.filter(user=member, emailed_at__isnull=True).count() == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert forum_mail.digests_send() == 0  # nothing twice
    assert len(mail.outbox) == 1


def test_notifications_page_and_mark_all_read(forum: ForumWorld) -> None:
    client = login(forum, Role.MEMBER_A)
    assert "Nieuwe reactie" in client.get("/forum/meldingen/").content.decode()
    client.post("/forum/meldingen/")
    assert not Notification.objects.filter(read_at__isnull=True).exists()


def test_preferences_page_saves_the_choice(forum: ForumWorld) -> None:
    client = login(forum, Role.MEMBER_B)
    client.post("/forum/instellingen/", {"email_mode": "daily"})
    assert services.profile_for(forum.world.user(Role.MEMBER_B)).email_mode == "daily"
    assert "Forummeldingen" in client.get("/account/profiel/").content.decode()


# --- Abuse limits -----------------------------------------------------------------------------


def test_rate_limit_gives_a_dutch_message_and_keeps_the_text(forum: ForumWorld, settings) -> None:
    settings.FORUM_RATE_LIMITS = {"topic": (5, 60), "reply": (1, 10)}
    client = login(forum, Role.MEMBER_B)  # member B replied in the fixture, just now
    response = client.post(
        forum.topic.get_absolute_url(), {"body": "Mijn zorgvuldig getypte tekst", "action": "post"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "U hebt in korte tijd veel berichten geplaatst" in html
    assert "Mijn zorgvuldig getypte tekst" in html


def test_new_members_may_post_only_a_few_links(forum: ForumWorld) -> None:
    links = " ".join(f"[{i}](https://example.org/{i})" for i in range(3))
    with pytest.raises(ForumError, match="maximaal 2 links"):
        services.topic_reply(author=forum.world.user(Role.BOARD_A), topic=forum.topic, body=links)


def test_attachments_are_checked_by_content_and_size(forum: ForumWorld) -> None:
    client = login(forum, Role.MEMBER_B)
    fake = io.BytesIO(b"<script>alert(1)</script>")
    fake.name = "foto.png"
    response = client.post(
        forum.topic.get_absolute_url(),
        {"body": "Zie bijlage", "attachment": fake, "action": "post"},
    )
    assert "geen afbeelding" in response.content.decode()
    png = io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    png.name = "foto.png"
    response = client.post(
        forum.topic.get_absolute_url(), {"body": "Zie bijlage", "attachment": png, "action": "post"}
    )
    assert response.status_code == 302
    attachment = Post.objects.latest("pk").attachments.get()
    assert attachment.content_type == "image/png"
    served = login(forum, Role.MEMBER_A).get(attachment.get_absolute_url())
    assert served.status_code == 200 and served["X-Content-Type-Options"] == "nosniff"
    assert Client().get(attachment.get_absolute_url()).status_code == 302


def test_mail_subject_shows_the_topic_title_as_typed(
    forum: ForumWorld, django_capture_on_commit_callbacks
) -> None:
    title = """<iframe src="x"> & "dubbel" 'enkel'"""
    topic = services.topic_create(
        author=forum.world.user(Role.MEMBER_A), category=forum.category, title=title, body="Vraag"
    ).topic
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.topic_reply(author=forum.world.user(Role.MEMBER_B), topic=topic, body="Antwoord")
    (message,) = mail.outbox
    assert message.subject == f'Nieuwe reactie in "{title}"'


# --- Moderation -------------------------------------------------------------------------------


def test_first_posts_are_held_when_the_setting_is_on(forum: ForumWorld, settings) -> None:
    settings.FORUM_HOLD_FIRST_POSTS = True
    newcomer = make_user("nieuwkomer@example.org", first_name="Nina")
    make_membership(newcomer, forum.world.party_b)
    topic = services.topic_create(
        author=newcomer, category=forum.category, title="Mijn eerste vraag", body="Hallo allemaal"
    ).topic
    assert topic.is_hidden
    assert login(forum, Role.MEMBER_A).get(topic.get_absolute_url()).status_code == 404
    moderator = forum.world.user(Role.MODERATOR)
    assert "Mijn eerste vraag" in (
        login(forum, Role.MODERATOR).get("/forum/moderatie/").content.decode()
    )
    services.post_moderate(
        post=topic.posts.get(), moderator=moderator, action="approve", reason="In orde"
    )
    assert login(forum, Role.MEMBER_A).get(topic.get_absolute_url()).status_code == 200
    (entry,) = entries_for(topic.posts.get())
    assert entry.actor == moderator and entry.data["reason"] == "In orde"


def test_held_reply_is_not_readable_through_history_or_quote(forum: ForumWorld, settings) -> None:
    settings.FORUM_HOLD_FIRST_POSTS = True
    newcomer = make_user("nieuwkomer@example.org", first_name="Nina")
    make_membership(newcomer, forum.world.party_b)
    held = services.topic_reply(author=newcomer, topic=forum.topic, body="Geheim wachtend bericht")
    assert not held.is_approved
    member = login(forum, Role.MEMBER_A)
    assert member.get(f"/forum/bericht/{held.pk}/versies/").status_code == 404
    quoted = member.get(forum.topic.get_absolute_url(), {"citeer": held.pk}).content.decode()
    assert "Geheim wachtend bericht" not in quoted
    author = Client()
    author.force_login(newcomer)
    assert author.get(f"/forum/bericht/{held.pk}/versies/").status_code == 200
    moderator = login(forum, Role.MODERATOR)
    assert moderator.get(f"/forum/bericht/{held.pk}/versies/").status_code == 200


def test_flag_then_hide_is_logged_with_reason(forum: ForumWorld) -> None:
    login(forum, Role.MEMBER_A).post(
        f"/forum/bericht/{forum.reply.pk}/melden/", {"reason": "Dit is beledigend."}
    )
    moderator = login(forum, Role.MODERATOR)
    assert "Dit is beledigend." in moderator.get("/forum/moderatie/").content.decode()
    response = moderator.post(f"/forum/bericht/{forum.reply.pk}/modereren/", {"action": "hide"})
    assert "Dit veld is verplicht" in response.content.decode() or response.status_code == 200
    moderator.post(
        f"/forum/bericht/{forum.reply.pk}/modereren/",
        {"action": "hide", "reason": "Beledigend"},
    )
    forum.reply.refresh_from_db()
    assert forum.reply.is_hidden
    (entry,) = entries_for(forum.reply)
    assert entry.action == "forum.post_hide" and entry.data == {"reason": "Beledigend"}
    html = login(forum, Role.MEMBER_B).get(forum.topic.get_absolute_url()).content.decode()
    assert "Via de dorpskrant" not in html and "verborgen door een moderator" in html


def test_lock_move_merge_and_suspend(forum: ForumWorld) -> None:
    moderator = forum.world.user(Role.MODERATOR)
    member_b = forum.world.user(Role.MEMBER_B)
    services.topic_moderate(topic=forum.topic, moderator=moderator, action="lock", reason="Klaar")
    with pytest.raises(ForumError, match="gesloten"):
        services.topic_reply(author=member_b, topic=forum.topic, body="Nog iets")
    services.topic_moderate(topic=forum.topic, moderator=moderator, action="unlock", reason="Oké")
    services.topic_move(
        topic=forum.topic, moderator=moderator, category=forum.announcements, reason="Beter daar"
    )
    other = services.topic_create(
        author=member_b, category=forum.category, title="Vrijwilligers gezocht", body="Dubbel"
    ).topic
    merged = services.topic_merge(
        topic=other, into=forum.topic, moderator=moderator, reason="Zelfde vraag"
    )
    assert merged.post_count == 3 and not Topic.objects.filter(pk=other.pk).exists()
    assert list(merged.posts.values_list("number", flat=True)) == [1, 2, 3]
    services.member_suspend(
        user=member_b,
        moderator=moderator,
        until=timezone.now() + timedelta(days=7),
        reason="Herhaald beledigend",
    )
    with pytest.raises(ForumError, match="geschorst"):
        services.topic_reply(author=member_b, topic=forum.topic, body="Mag ik nog?")
    actions = [e.action for e in entries_for(forum.topic)]
    assert actions.count("forum.topic_lock") == 1 and "forum.topic_merged" in actions
    with pytest.raises(ForumError):
        services.topic_moderate(
            topic=forum.topic, moderator=forum.world.user(Role.MEMBER_A), action="pin", reason="x"
        )


def test_author_cannot_reply_in_topic_hidden_by_moderator_and_nobody_is_notified(
    forum: ForumWorld, settings
) -> None:
    moderator = forum.world.user(Role.MODERATOR)
    services.topic_moderate(topic=forum.topic, moderator=moderator, action="hide", reason="Weg")
    with pytest.raises(ForumError, match="verborgen"):
        services.topic_reply(
            author=forum.world.user(Role.MEMBER_A), topic=forum.topic, body="Toch nog"
        )
    Notification.objects.all().delete()
    services.topic_reply(author=moderator, topic=forum.topic, body="Notitie van de moderator")
    assert not Notification.objects.exists()
    # A topic only held until its first post is approved still takes its author's replies.
    settings.FORUM_HOLD_FIRST_POSTS = True
    newcomer = make_user("nieuwkomer@example.org", first_name="Nina")
    make_membership(newcomer, forum.world.party_b)
    held = services.topic_create(
        author=newcomer, category=forum.category, title="Eerste vraag", body="Hallo"
    ).topic
    services.topic_reply(author=newcomer, topic=held, body="Nog een aanvulling")


def test_suspended_member_cannot_edit_and_keeps_the_typed_text(forum: ForumWorld) -> None:
    services.member_suspend(
        user=forum.world.user(Role.MEMBER_B),
        moderator=forum.world.user(Role.MODERATOR),
        until=timezone.now() + timedelta(days=7),
        reason="Herhaald beledigend",
    )
    response = login(forum, Role.MEMBER_B).post(
        f"/forum/bericht/{forum.reply.pk}/bewerken/",
        {"body": "Mijn nieuwe scheldtekst", "action": "post"},
    )
    html = response.content.decode()
    assert response.status_code == 200 and "geschorst" in html
    assert "Mijn nieuwe scheldtekst" in html
    forum.reply.refresh_from_db()
    assert forum.reply.body == "Via de dorpskrant werkte goed."


def test_locked_topic_posts_cannot_be_edited(forum: ForumWorld) -> None:
    moderator = forum.world.user(Role.MODERATOR)
    services.topic_moderate(topic=forum.topic, moderator=moderator, action="lock", reason="Klaar")
    forum.reply.refresh_from_db()
    with pytest.raises(ForumError, match="gesloten"):
        services.post_edit(
            post=forum.reply, editor=forum.world.user(Role.MEMBER_B), body="Nieuwe tekst"
        )


def test_merging_a_topic_into_itself_shows_the_error_on_the_merge_form(forum: ForumWorld) -> None:
    response = login(forum, Role.MODERATOR).post(
        f"/forum/onderwerp/{forum.topic.pk}/modereren/",
        {"action": "merge", "into": forum.topic.pk, "reason": "Dubbel"},
    )
    assert response.status_code == 200
    assert "met zichzelf" in response.content.decode()
    assert Topic.objects.filter(pk=forum.topic.pk).exists()


def test_an_impossible_cursor_starts_at_the_top(forum: ForumWorld) -> None:
    member = login(forum, Role.MEMBER_A)
    for cursor in ("2024-13-45T00:00:00_5", "2024-02-30T25:00:00_5", "x_y"):
        response = member.get("/forum/categorie/algemeen/", {"na": cursor})
        assert response.status_code == 200
        assert "Hoe vinden jullie vrijwilligers?" in response.content.decode()


# --- Privacy ----------------------------------------------------------------------------------


def test_posts_are_in_the_data_export(forum: ForumWorld) -> None:
    data = export_everything(forum.world.user(Role.MEMBER_B))["data"]["forum"]
    assert data["posts"][0]["text"] == "Via de dorpskrant werkte goed."
    assert data["profile"]["handle"] == handle(forum, Role.MEMBER_B)


def test_after_account_deletion_posts_stay_as_verwijderd_lid(forum: ForumWorld) -> None:
    account_delete(user=forum.world.user(Role.MEMBER_B))
    forum.reply.refresh_from_db()
    assert forum.reply.author is None and forum.reply.body
    html = login(forum, Role.MEMBER_A).get(forum.topic.get_absolute_url()).content.decode()
    assert "verwijderd lid" in html


def test_moderator_redacts_personal_data_and_history(forum: ForumWorld) -> None:
    services.post_edit(
        post=forum.reply, editor=forum.world.user(Role.MEMBER_B), body="Bel Jan op 0612345678."
    )
    services.post_redact(
        post=forum.reply,
        moderator=forum.world.user(Role.MODERATOR),
        body="Bel Jan.",
        reason="Telefoonnummer",
    )
    forum.reply.refresh_from_db()
    assert "0612345678" not in forum.reply.html
    assert not PostRevision.objects.filter(post=forum.reply).exists()
    assert entries_for(forum.reply).get().action == "forum.post_redacted"


# --- Site search ------------------------------------------------------------------------------


def test_new_topic_from_the_forum_home_with_a_chosen_category(forum: ForumWorld) -> None:
    client = login(forum, Role.MEMBER_B)
    home = client.get("/forum/").content.decode()
    assert 'href="/forum/nieuw/"' in home and 'name="type" value="forum"' in home
    form = client.get("/forum/nieuw/").content.decode()
    assert "Algemeen" in form and "Aankondigingen" not in form  # staff-only for moderators
    response = client.post(
        "/forum/nieuw/",
        {
            "category": forum.announcements.pk,
            "title": "Mag dit?",
            "body": "Hallo",
            "action": "post",
        },
    )
    assert response.status_code == 200 and "Hallo" in response.content.decode()
    response = client.post(
        "/forum/nieuw/",
        {"category": forum.category.pk, "title": "Folders rondbrengen", "body": "Tips?"},
    )
    topic = Topic.objects.get(title="Folders rondbrengen")
    assert topic.category == forum.category and response["Location"] == topic.get_absolute_url()
    moderator_form = login(forum, Role.MODERATOR).get("/forum/nieuw/").content.decode()
    assert "Aankondigingen" in moderator_form


def test_similar_topics_while_typing_and_with_the_preview(forum: ForumWorld) -> None:
    client = login(forum, Role.MEMBER_B)
    partial = client.get("/forum/nieuw/vergelijkbaar/", {"title": "Vrijwilliger gezocht"})
    assert forum.topic.title in partial.content.decode()
    nothing = client.get("/forum/nieuw/vergelijkbaar/", {"title": "Begroting"}).content.decode()
    assert forum.topic.title not in nothing
    preview = client.post(
        "/forum/nieuw/",
        {
            "category": forum.category.pk,
            "title": "Nieuwe vrijwilligers",
            "body": "Hoe?",
            "action": "preview",
        },
    ).content.decode()
    assert "Misschien is uw vraag hier al besproken" in preview and forum.topic.title in preview
    assert 'value="Nieuwe vrijwilligers"' in preview


def test_hidden_topics_are_not_suggested_or_found(forum: ForumWorld) -> None:
    Topic.objects.filter(pk=forum.topic.pk).update(is_hidden=True)
    assert selectors.similar_topics(title="vrijwilligers") == []
    assert selectors.search_forum(query="dorpskrant") == []


def test_forum_search_is_stemmed_and_for_members_only(forum: ForumWorld) -> None:
    member = login(forum, Role.MEMBER_B).get("/zoeken/", {"q": "dorpskranten", "type": "forum"})
    html = member.content.decode()
    assert forum.topic.title in html and "(#2)" in html
    assert "Geen resultaten" not in html  # the page results are not searched
    for client in (Client(), login(forum, Role.UNVERIFIED)):
        html = client.get("/zoeken/", {"q": "dorpskranten", "type": "forum"}).content.decode()
        assert forum.topic.title not in html and '<option value="forum"' not in html


def test_site_search_shows_forum_hits_to_members_only(forum: ForumWorld) -> None:
    member = login(forum, Role.MEMBER_B).get("/zoeken/", {"q": "dorpskrant"}).content.decode()
    assert "Op het forum" in member and forum.topic.title in member
    for client in (Client(), login(forum, Role.UNVERIFIED)):
        html = client.get("/zoeken/", {"q": "dorpskrant"}).content.decode()
        assert "Op het forum" not in html and forum.topic.title not in html
