"""Who a mailing goes to and how each recipient leaves: registered per audience.

The sender knows nothing about newsletter subscribers or griffie contacts: each feature
registers its audiences from its ``AppConfig.ready()`` and the sender asks them.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Recipient:
    recipient_id: int
    email: str
    # Personal one-click unsubscribe page (GET shows a button, POST unsubscribes: RFC 8058).
    unsubscribe_url: str
    # Subject of the List-Unsubscribe header's mailto: alternative, so the unsubscribe mailbox
    # can tell who wrote (e.g. "afmelden <token>"); the sender adds the mailbox itself.
    unsubscribe_subject: str


@dataclass(frozen=True)
class Audience:
    key: str
    # All recipients when sending starts, as (recipient_id, email) pairs.
    recipients: Callable[[], Iterable[tuple[int, str]]]
    # For a batch of claimed deliveries: recipient_id -> Recipient, for those still wanting it.
    still_wanted: Callable[[list[int]], dict[int, Recipient]]
    # Optional: the recipients of one mailing (a segment chosen for it), by mailing id; used
    # instead of ``recipients`` when set, so the selection is made when sending starts.
    recipients_of_mailing: Callable[[int], Iterable[tuple[int, str]]] | None = None


_audiences: dict[str, Audience] = {}


def register(audience: Audience) -> None:
    _audiences[audience.key] = audience


def get(key: str) -> Audience:
    return _audiences[key]


def is_registered(key: str) -> bool:
    return key in _audiences
