"""After the flush that ends a transactional test, the municipalities are there again."""

import pytest
from django.core.management import call_command

from kennispunt.parties.models import Municipality


@pytest.mark.django_db(transaction=True)
def test_a_flush_leaves_the_municipalities_the_migration_loaded() -> None:
    loaded = Municipality.objects.count()
    assert loaded > 300
    call_command("flush", interactive=False, verbosity=0)
    assert Municipality.objects.count() == loaded
