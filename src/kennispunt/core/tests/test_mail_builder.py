"""The one mail builder: templates of one prefix, the site language, unsubscribe headers, queue."""

import copy
from pathlib import Path
from typing import Any

import pytest
from django.core import mail
from django.utils import translation

from kennispunt.core.links import absolute_url, site_url
from kennispunt.core.mail import build_templated, message_to_payload, send_templated

SUBJECT = '{% load i18n %}{% translate "Met vriendelijke groet," %} {{ title }}'
TEXT = '{% load i18n core_links %}{% translate "Het Kennispunt" %} {% absolute_url "forum:index" %}'
HTML = "<p>{{ title }}</p>"


@pytest.fixture
def templates(settings: Any, tmp_path: Path) -> Path:
    folder = tmp_path / "proef" / "email"
    folder.mkdir(parents=True)
    for name, text in {
        "met_subject.txt": SUBJECT,
        "met.txt": TEXT,
        "met.html": HTML,
        "zonder_subject.txt": SUBJECT,
        "zonder.txt": TEXT + " {{ unsubscribe_url }}",
    }.items():
        (folder / name).write_text(text)
    engines = copy.deepcopy(settings.TEMPLATES)
    engines[0]["DIRS"] = [tmp_path, *engines[0]["DIRS"]]
    settings.TEMPLATES = engines
    settings.SITE_URL = "https://kennispunt.example/"
    return folder


def test_html_part_only_when_the_html_template_exists(templates: Path) -> None:
    with_html = build_templated("proef/email/met", ["a@example.org"], {"title": "<b>"})
    assert with_html.alternatives == [("<p>&lt;b&gt;</p>", "text/html")]
    without = build_templated("proef/email/zonder", ["a@example.org"], {"title": "x"})
    assert without.alternatives == []


def test_subject_is_unescaped_and_text_in_the_site_language(templates: Path) -> None:
    with translation.override("en"):
        message = build_templated("proef/email/zonder", ["a@example.org"], {"title": "Q&A <x>"})
    assert message.subject == "Met vriendelijke groet, Q&A <x>"
    assert message.body.startswith("Het Kennispunt https://kennispunt.example/forum/")


def test_unsubscribe_url_gives_one_click_headers_and_reaches_the_template(
    templates: Path,
) -> None:
    url = "https://kennispunt.example/forum/afmelden/abc/"
    message = build_templated("proef/email/zonder", ["a@example.org"], unsubscribe_url=url)
    assert message.extra_headers["List-Unsubscribe"] == f"<{url}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.body.endswith(url)
    plain = build_templated("proef/email/zonder", ["a@example.org"])
    assert "List-Unsubscribe" not in plain.extra_headers


def test_options_pass_through_and_attachments_survive_the_queue(
    templates: Path, django_capture_on_commit_callbacks: Any, db: None
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        send_templated(
            "proef/email/met",
            ["a@example.org", ""],
            {"title": "t"},
            from_email="Helpdesk <helpdesk@example.org>",
            reply_to=["helpdesk+abc@example.org"],
            headers={"Auto-Submitted": "auto-replied"},
            attachments=[("a.ics", b"BEGIN:VCALENDAR\r\n", "text/calendar")],
        )
    (message,) = mail.outbox
    assert message.to == ["a@example.org"]
    assert message.from_email == "Helpdesk <helpdesk@example.org>"
    assert message.reply_to == ["helpdesk+abc@example.org"]
    assert message.extra_headers["Auto-Submitted"] == "auto-replied"
    assert message.attachments == [("a.ics", "BEGIN:VCALENDAR\r\n", "text/calendar")]
    pdf = build_templated(
        "proef/email/met", ["a@example.org"], attachments=[("a.pdf", b"\xff", "application/pdf")]
    )
    assert message_to_payload(pdf)["attachments"][0]["base64"] == "/w=="


def test_an_empty_recipient_list_sends_nothing(
    templates: Path, django_capture_on_commit_callbacks: Any, db: None
) -> None:
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        send_templated("proef/email/met", [], {"title": "t"})
        send_templated("proef/email/met", [""], {"title": "t"})
    assert callbacks == []
    assert mail.outbox == []


def test_absolute_url_joins_one_way(settings: Any) -> None:
    settings.SITE_URL = "https://kennispunt.example/"
    assert site_url() == "https://kennispunt.example"
    assert absolute_url("/forum/") == "https://kennispunt.example/forum/"
    assert absolute_url("forum:index") == "https://kennispunt.example/forum/"
    assert absolute_url("https://elders.example/x") == "https://elders.example/x"
    assert absolute_url("") == ""
