"""Keeping content correct: review reminders, the editors' overview and the link checker."""

import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core import mail
from django.utils import timezone

from kennispunt.knowledge.models import WegwijzerEntry
from kennispunt.knowledge.services_upkeep import review_reminders_send, wegwijzer_links_check
from kennispunt_testing.access import assert_access, client_for, expect
from kennispunt_testing.knowledge import KB
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db


def test_owner_is_reminded_of_articles_due_for_review(
    kb: KB, world: World, django_capture_on_commit_callbacks
) -> None:
    owner = world.user(Role.REDACTEUR)
    kb.article.content_owner = owner
    kb.article.next_review_at = timezone.localdate() - timedelta(days=1)
    kb.article.save_revision().publish()
    kb.other.next_review_at = timezone.localdate() + timedelta(days=200)
    kb.other.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        assert review_reminders_send() == 1
    assert mail.outbox[0].to == [owner.email]
    assert "Hoe stel ik een kandidatenlijst op?" in mail.outbox[0].body
    assert "Ondersteuningsverklaringen" not in mail.outbox[0].body
    assert f"/beheer/cms/pages/{kb.article.pk}/edit/" in mail.outbox[0].body


def test_editors_see_what_is_overdue_and_broken(kb: KB, world: World) -> None:
    kb.article.next_review_at = timezone.localdate() - timedelta(days=1)
    kb.article.save_revision().publish()
    WegwijzerEntry.objects.filter(title="Kiesraad").update(is_broken=True, last_status=404)
    staff = dict.fromkeys(
        ("redacteur", "helpdeskmedewerker", "trainer", "moderator", "beheerder"), 200
    )
    assert_access(world, "/beheer/cms/actualiteit/", expect(default=302, **staff))
    html = client_for(world, Role.REDACTEUR).get("/beheer/cms/actualiteit/").content.decode()
    assert "Hoe stel ik een kandidatenlijst op?" in html and "te laat" in html
    assert "Kiesraad" in html and "HTTP 404" in html


class _Handler(BaseHTTPRequestHandler):
    def do_HEAD(self) -> None:
        self.send_response(200 if self.path == "/ok" else 404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def local_site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_link_checker_marks_broken_links(kb: KB, local_site: str) -> None:
    entries = list(WegwijzerEntry.objects.order_by("pk"))
    entries[0].url = f"{local_site}/ok"
    entries[1].url = f"{local_site}/weg"
    WegwijzerEntry.objects.bulk_update(entries, ["url"])
    WegwijzerEntry.objects.create(
        title="Onbereikbaar",
        organisation="X",
        url="http://127.0.0.1:9/",
        description="-",
        need=entries[0].need,
    )
    assert wegwijzer_links_check() == 2
    ok, missing, unreachable = WegwijzerEntry.objects.order_by("pk")
    assert (ok.is_broken, ok.last_status) == (False, 200)
    assert (missing.is_broken, missing.last_status) == (True, 404)
    assert unreachable.is_broken and unreachable.check_error == "ConnectionError"
    assert unreachable.last_checked_at is not None


def test_upkeep_command_queues_both_jobs(kb: KB) -> None:
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    # The test task backend runs jobs at once; links point to the internet, so only reminders.
    call_command("knowledge_upkeep", "--only", "reminders", stdout=out)
    assert "queued: review reminders" in out.getvalue()
