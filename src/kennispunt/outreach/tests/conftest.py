from types import SimpleNamespace

import pytest


@pytest.fixture(autouse=True)
def _mail_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """send_later waits for the commit that a test transaction never makes: send at once."""
    monkeypatch.setattr(
        "kennispunt.core.mail.transaction", SimpleNamespace(on_commit=lambda f: f())
    )
