"""A test audience, so the engine is tested without any feature's recipients."""

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from kennispunt.mailings import audiences
from kennispunt.mailings.audiences import Audience, Recipient
from kennispunt.mailings.content import RenderedMessage

KEY = "test-lezers"


@dataclass
class MemoryAudience:
    """Recipients kept in memory: ``wanted`` maps recipient_id -> e-mail address."""

    wanted: dict[int, str] = field(default_factory=dict)
    key: str = KEY

    def add(self, count: int) -> list[int]:
        start = len(self.wanted) + 1
        ids = list(range(start, start + count))
        self.wanted.update({i: f"lezer{i}@example.org" for i in ids})
        return ids

    def recipients(self) -> Iterator[tuple[int, str]]:
        return iter(sorted(self.wanted.items()))

    def still_wanted(self, recipient_ids: list[int]) -> dict[int, Recipient]:
        return {
            i: Recipient(
                recipient_id=i,
                email=self.wanted[i],
                unsubscribe_url=f"https://kennispunt.example/afmelden/{i}/",
                unsubscribe_subject=f"afmelden {i}",
            )
            for i in recipient_ids
            if i in self.wanted
        }


@pytest.fixture
def audience(monkeypatch: pytest.MonkeyPatch) -> MemoryAudience:
    test_audience = MemoryAudience()
    monkeypatch.setitem(
        audiences._audiences,
        KEY,
        Audience(
            key=KEY,
            recipients=test_audience.recipients,
            still_wanted=test_audience.still_wanted,
        ),
    )
    return test_audience


@pytest.fixture
def rendered() -> RenderedMessage:
    return RenderedMessage(
        subject="Nieuws van het Kennispunt",
        html_body='<p>Hallo.</p><p><a href="KENNISPUNT-UNSUBSCRIBE-URL">Afmelden</a></p>',
        text_body="Hallo.\n\nAfmelden: KENNISPUNT-UNSUBSCRIBE-URL\n",
    )
