"""Seed data for the scale-out test, made with the app's own services and test helpers.

Run inside the stack's environment (production settings, the test's database):
``python manage.py shell -c "import seed; seed.run()"`` with this folder on PYTHONPATH.
Prints one JSON line with the ids the test needs.
"""

import json

from django.db import transaction

SUBSCRIBERS = 300


@transaction.atomic
def run() -> None:
    from kennispunt.forum import services as forum
    from kennispunt.forum.models import Category
    from kennispunt.mailings.services import mailing_create
    from kennispunt.newsletter.rendering import issue_render
    from kennispunt.newsletter.services import AUDIENCE
    from kennispunt_testing.newsletter import make_issue, make_subscribers
    from kennispunt_testing.trainings import make_session
    from kennispunt_testing.world import make_membership, make_party, make_user

    party_a = make_party("Lokaal Belang A", "lokaal-belang-a")
    party_b = make_party("Dorpspartij B", "dorpspartij-b", "GM0321")
    member_a = make_user("lid-a@example.org", first_name="Anna")
    make_membership(member_a, party_a)
    member_b = make_user("lid-b@example.org", first_name="Bo")
    make_membership(member_b, party_b)

    session = make_session(capacity=10)

    category = Category.objects.create(name="Algemeen", slug="algemeen", order=1)
    topic = forum.topic_create(
        author=member_a,
        category=category,
        title="Hoe vinden jullie vrijwilligers?",
        body="Wij zoeken vrijwilligers voor de campagne.",
    ).topic

    # Two issues due now: the dispatcher starts both at its first run, so the two send tasks
    # are queued together and each worker takes one.
    make_subscribers(SUBSCRIBERS)
    mailings = []
    for month, slug in (("maart", "nieuwsbrief-maart"), ("april", "nieuwsbrief-april")):
        issue = make_issue(title=f"Nieuwsbrief {month} 2026", slug=slug)
        mailing = mailing_create(
            audience=AUDIENCE, rendered=issue_render(issue), source_id=issue.pk
        )
        mailings.append({"id": mailing.pk, "subject": mailing.subject})

    print(
        json.dumps(
            {
                "member_a": member_a.email,
                "member_b": member_b.email,
                "session": session.pk,
                "topic": topic.pk,
                "mailings": mailings,
                "subscribers": SUBSCRIBERS,
            }
        )
    )
