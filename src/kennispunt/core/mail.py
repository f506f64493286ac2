"""Send e-mail from the task worker, never inside the request.

A slow or unreachable mail server then cannot make a form fail or lose what someone typed.
The message is rendered in the request (templates need its context) and sent as plain data.
"""

from collections.abc import Mapping
from typing import Any, cast

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction
from django.template import Context, engines
from django.template.backends.django import DjangoTemplates


def render_subject(template_name: str, context: Mapping[str, Any]) -> str:
    """The subject line from ``template_name``: plain text on one line.

    A subject is not HTML, so nothing is escaped: a question titled ``Q&A <concept>`` must not
    arrive as ``Q&amp;A &lt;concept&gt;``. Line breaks and runs of spaces become one space
    (a header cannot hold a line break).
    """
    engine = cast(DjangoTemplates, engines["django"]).engine
    text = engine.get_template(template_name).render(Context(dict(context), autoescape=False))
    return " ".join(text.split())


def message_to_payload(message: EmailMessage) -> dict[str, Any]:
    alternatives = getattr(message, "alternatives", [])
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
    return message


def send_later(message: EmailMessage) -> None:
    """Queue the message; it is sent by the worker once the current transaction commits."""
    from .tasks import send_email

    payload = message_to_payload(message)
    transaction.on_commit(lambda: send_email.enqueue(payload))
