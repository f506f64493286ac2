"""Fixtures for the election planner's tests: an election in 2030 and a council of 19 seats."""

import pytest

from kennispunt.elections.models import CouncilSize, Election
from kennispunt_testing.world import World


@pytest.fixture
def election(db: None) -> Election:
    return Election.objects.create(
        type="gemeenteraad", year=2030, title="Gemeenteraadsverkiezingen 2030", slug="gr-2030"
    )


@pytest.fixture
def council_19(world: World) -> CouncilSize:
    return CouncilSize.objects.create(
        municipality=world.party_a.municipalities.get(), seats=19, source="test"
    )
