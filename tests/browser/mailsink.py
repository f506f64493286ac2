"""A real SMTP server for browser tests: the app sends through Django's SMTP backend to it."""

import email
import email.policy
import re
import threading
import time
from collections.abc import Callable
from email.message import EmailMessage
from typing import Any


class SmtpHandler:
    def __init__(self, sink: "SmtpSink") -> None:
        self.sink = sink

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.sink.lock:
            self.sink.messages.append(message)
            self.sink.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 Message accepted for delivery"


class SmtpSink:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.lock = threading.Lock()
        self.host = "127.0.0.1"
        self.port = 0

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 10) -> Any:
        """Poll until predicate() is truthy and return its value; fail after timeout seconds."""
        deadline = time.monotonic() + timeout
        while True:
            result = predicate()
            if result:
                return result
            if time.monotonic() > deadline:
                subjects = [str(m["Subject"]) for m in self.messages]
                raise AssertionError(
                    f"No matching e-mail within {timeout}s; received so far: {subjects}"
                )
            time.sleep(0.05)

    def sent_to(self, address: str) -> list[EmailMessage]:
        address = address.lower()
        with self.lock:
            return [
                m
                for m, (_from, rcpts) in zip(self.messages, self.envelopes, strict=True)
                if address in (r.lower() for r in rcpts)
            ]

    def last_to(self, address: str) -> EmailMessage | None:
        sent = self.sent_to(address)
        return sent[-1] if sent else None

    def wait_for_mail(
        self, address: str, *, subject_contains: str = "", timeout: float = 10
    ) -> EmailMessage:
        def found() -> EmailMessage | None:
            for m in reversed(self.sent_to(address)):
                if subject_contains in str(m["Subject"]):
                    return m
            return None

        return self.wait_for(found, timeout=timeout)

    def first_url(self, message: EmailMessage, pattern: str = r"https?://") -> str:
        return first_url(message, pattern)


def message_text(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("plain",))
    assert body is not None, f"E-mail {message['Subject']!r} has no text/plain part"
    return body.get_content()


def first_url(message: EmailMessage, pattern: str = r"https?://\S+") -> str:
    """The first URL in the plain-text body that matches the regex ``pattern``."""
    text = message_text(message)
    for url in re.findall(r"https?://[^\s<>\"']+", text):
        if re.search(pattern, url):
            return url
    raise AssertionError(f"No URL matching {pattern!r} in e-mail:\n{text}")
