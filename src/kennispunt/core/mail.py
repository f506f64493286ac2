"""Every transactional e-mail of the site is built and sent here, one way.

``send_templated("parties/email/membership_decided", [address], context)`` renders three
templates of one prefix: ``<prefix>_subject.txt`` (plain text on one line), ``<prefix>.txt``
and, when it exists, ``<prefix>.html`` as an alternative part. Rendering happens in the site
language (``settings.LANGUAGE_CODE``), whatever language the person who triggered the mail was
using, with ``site_url`` always in the context (and ``{% absolute_url %}`` / ``|absolute`` in
``core_links`` for links).

The message is rendered when the decision is made (in the request or the task that makes it)
and queued as plain data for the ``send_email`` task: a slow or unreachable mail server then
cannot make a form fail or lose what someone typed, and the worker only delivers. This is the
one pattern: no task takes ids to render a message in the worker. A periodic job (reminders,
digests) is itself the moment of decision: it renders there and queues through ``send_later``
in the same transaction that records what it sent, so a rollback sends nothing and marks
nothing as sent. What is queued is exactly what was decided (a later edit of the object does
not change a message already on its way).

Options pass straight through: ``from_email``, ``reply_to``, ``headers`` (threading headers,
``Auto-Submitted``), ``unsubscribe_url`` (List-Unsubscribe, RFC 8058) and ``attachments``
(``(filename, content, mimetype)``, e.g. a calendar file).
"""

import base64
from collections.abc import Mapping, Sequence
from typing import Any, cast

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction
from django.template import Context, TemplateDoesNotExist, engines
from django.template.backends.django import DjangoTemplates
from django.template.loader import render_to_string
from django.utils import translation

from .links import site_url


def render_subject(template_name: str, context: Mapping[str, Any]) -> str:
    """The subject line from ``template_name``: plain text on one line.

    A subject is not HTML, so nothing is escaped: a question titled ``Q&A <concept>`` must not
    arrive as ``Q&amp;A &lt;concept&gt;``. Line breaks and runs of spaces become one space
    (a header cannot hold a line break).
    """
    engine = cast(DjangoTemplates, engines["django"]).engine
    text = engine.get_template(template_name).render(Context(dict(context), autoescape=False))
    return " ".join(text.split())


Attachment = tuple[str, str | bytes, str]


def _attachment_to_payload(filename: str, content: str | bytes, mimetype: str) -> dict[str, Any]:
    if isinstance(content, bytes):  # the queue stores JSON
        return {
            "filename": filename,
            "base64": base64.b64encode(content).decode("ascii"),
            "mimetype": mimetype,
        }
    return {"filename": filename, "content": content, "mimetype": mimetype}


def _payload_to_attachment(data: dict[str, Any]) -> Attachment:
    if "base64" in data:
        return data["filename"], base64.b64decode(data["base64"]), data["mimetype"]
    return data["filename"], data["content"], data["mimetype"]


def message_to_payload(message: EmailMessage) -> dict[str, Any]:
    alternatives = getattr(message, "alternatives", [])
    attachments = []
    for attachment in message.attachments:
        if not isinstance(attachment, tuple):
            raise TypeError("Only (filename, content, mimetype) attachments can be queued.")
        filename, content, mimetype = attachment
        attachments.append(_attachment_to_payload(filename, content, mimetype))
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [[str(content), mimetype] for content, mimetype in alternatives],
        "attachments": attachments,
    }


def payload_to_message(payload: dict[str, Any]) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=payload["subject"],
        body=payload["body"],
        from_email=payload["from_email"],
        to=payload["to"],
        cc=payload["cc"],
        bcc=payload["bcc"],
        reply_to=payload["reply_to"],
        headers=payload["headers"],
    )
    for content, mimetype in payload["alternatives"]:
        message.attach_alternative(content, mimetype)
    # .get: payloads queued before attachments were carried have none.
    for data in payload.get("attachments", []):
        message.attach(*_payload_to_attachment(data))
    return message


def send_later(message: EmailMessage) -> None:
    """Queue the message; it is sent by the worker once the current transaction commits."""
    from .tasks import send_email

    payload = message_to_payload(message)
    transaction.on_commit(lambda: send_email.enqueue(payload))


def build_templated(
    prefix: str,
    to: list[str],
    context: Mapping[str, Any] | None = None,
    *,
    from_email: str | None = None,
    reply_to: list[str] | None = None,
    headers: Mapping[str, str] | None = None,
    unsubscribe_url: str = "",
    attachments: Sequence[Attachment] = (),
    language: str | None = None,
) -> EmailMultiAlternatives:
    """The message from the templates ``<prefix>_subject.txt``, ``<prefix>.txt`` and the optional
    ``<prefix>.html``, rendered in ``language`` (default: the site language).

    With ``unsubscribe_url`` the message carries the one-click List-Unsubscribe headers
    (RFC 2369 and RFC 8058), and the templates get it as ``unsubscribe_url``.
    """
    full_context = {"site_url": site_url(), **(context or {})}
    all_headers = dict(headers or {})
    if unsubscribe_url:
        full_context["unsubscribe_url"] = unsubscribe_url
        all_headers["List-Unsubscribe"] = f"<{unsubscribe_url}>"
        all_headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = render_subject(f"{prefix}_subject.txt", full_context)
        body = render_to_string(f"{prefix}.txt", full_context)
        html: str
        try:
            html = render_to_string(f"{prefix}.html", full_context)
        except TemplateDoesNotExist:
            html = ""
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=from_email,
        to=to,
        reply_to=reply_to,
        headers=all_headers,
    )
    if html:
        message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    return message


def send_templated(
    prefix: str, to: list[str], context: Mapping[str, Any] | None = None, **options: Any
) -> None:
    """Build the message (see ``build_templated``) and queue it; nothing when ``to`` is empty."""
    recipients = [address for address in to if address]
    if recipients:
        send_later(build_templated(prefix, recipients, context, **options))
