"""What the pipeline adds to /mijn/: a link per party where the person is on the committee."""

from typing import Any

from django.urls import reverse

from .selectors import committee_pipelines, own_candidacies


def start_panel(user: Any) -> dict[str, Any] | None:
    items = [
        {
            "party": party,
            "election": election,
            "url": reverse(
                "candidates:pipeline", kwargs={"election": election.slug, "party": party.slug}
            ),
        }
        for party, election in committee_pipelines(user)
    ]
    own = list(own_candidacies(user)[:3])
    if not items and not own:
        return None
    return {"items": items, "own": own}
