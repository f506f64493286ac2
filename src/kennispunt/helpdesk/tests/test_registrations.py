"""The helpdesk's suggestions come from whatever the apps registered; its own registrations:
the tickets gauge and the permissions of the helpdesk staff."""

import pytest

from kennispunt.accounts import staff_permissions
from kennispunt.core import suggestions
from kennispunt.core.observability.metrics import DatabaseCollector
from kennispunt.core.suggestions import Suggestion
from kennispunt.helpdesk import selectors, services
from kennispunt.helpdesk.models import Channel

pytestmark = pytest.mark.django_db


def test_suggestions_ask_members_only_providers_for_members_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(suggestions, "_registry", {})
    asked: list[tuple[str, int]] = []

    def public(*, text: str, limit: int) -> list[Suggestion]:
        asked.append((text, limit))
        return [Suggestion(title="Artikel over " + text, url="/kennis/a/", kind="Artikel")]

    def members(*, text: str, limit: int) -> list[Suggestion]:
        return [Suggestion(title="Onderwerp", url="/forum/o/", kind="Forum")]

    suggestions.register("members", members, members_only=True, order=20)
    suggestions.register("public", public, order=10)

    found = selectors.suggestions(text="  de   begroting  ", members=True, limit=3)
    assert [s.title for s in found] == ["Artikel over de begroting", "Onderwerp"]
    assert asked == [("de begroting", 3)]  # whitespace folded before asking
    visitor = selectors.suggestions(text="de begroting", members=False)
    assert [s.title for s in visitor] == ["Artikel over de begroting"]
    assert selectors.suggestions(text=" a ", members=True) == []


def test_tickets_gauge_counts_per_status() -> None:
    services.ticket_create(
        subject="Vraag", body="Hoe?", channel=Channel.WEB, asker_email="a@example.org"
    )
    families = {family.name: family for family in DatabaseCollector().collect()}
    samples = families["kennispunt_helpdesk_tickets"].samples
    assert [(sample.labels, sample.value) for sample in samples] == [({"status": "nieuw"}, 1)]


def test_helpdesk_staff_and_beheerders_are_granted_the_queue() -> None:
    for role in ("helpdeskmedewerker", "beheerder"):
        assert "helpdesk.work_ticket" in staff_permissions.granted(role)
    assert "helpdesk.work_ticket" not in staff_permissions.granted("trainer")
