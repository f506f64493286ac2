import pytest

from kennispunt.demo.builders import build_parties, build_site, build_users
from kennispunt.forum.demo import build_forum
from kennispunt.forum.models import Category, Post, Topic
from kennispunt.parties.eligibility import is_eligible

pytestmark = pytest.mark.django_db


def test_demo_forum_has_six_categories_and_thirty_topics_from_several_parties() -> None:
    build_site()
    build_parties()
    build_users()
    build_forum()
    build_forum()  # idempotent
    assert Category.objects.count() == 6
    assert Topic.objects.count() == 30
    assert Post.objects.filter(number__gt=1).count() >= 40
    authors = {p.author for p in Post.objects.select_related("author") if p.author}
    parties = {m.party_id for a in authors for m in a.memberships.all()}
    assert len(parties) >= 5
    assert all(is_eligible(a) for a in authors if not a.groups.exists())
    assert Topic.objects.filter(is_solved=True).count() >= 5
