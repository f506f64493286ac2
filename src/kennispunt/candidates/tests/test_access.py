"""Who may open what: a party's pipeline is for its verified board and kandidatencommissie only.

Plain members, other parties and staff see nothing; a beheerder only while the party's board
has granted the Kennispunt a look (and then only reads).
"""

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from kennispunt.candidates import services
from kennispunt.candidates.models import Candidate, Pipeline
from kennispunt.core.models import AuditLogEntry
from kennispunt.elections.models import Election
from kennispunt.parties.models import PartyFunction
from kennispunt.parties.seeding import function_ensure
from kennispunt_testing.access import LOGIN, Redirect, assert_access, expect
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db


class Rewinding(SimpleUploadedFile):
    """One upload posted once per role: each post reads it from the start."""

    def read(self, *args: Any, **kwargs: Any) -> bytes:
        self.seek(0)
        return super().read(*args, **kwargs)


READ_PAGES = ("", "lijst/", "lijst/checklist/", "lijst/osv.csv")


def base(election: Election, world: World, suffix: str = "") -> str:
    return f"/verkiezingen/{election.slug}/partij/{world.party_a.slug}/kandidaten/{suffix}"


def make_candidate(world: World, election: Election, **extra: object) -> Candidate:
    pipeline = services.pipeline_ensure(party=world.party_a, election=election)
    fields: dict[str, Any] = {"surname": "Jansen", "initials": "A.", "residence": "Amersfoort"}
    fields.update(extra)
    return services.candidate_add(pipeline=pipeline, user=world.user(Role.BOARD_A), **fields)


def test_reading_is_for_the_board_only_by_default(world: World, election: Election) -> None:
    candidate = make_candidate(world, election)
    for suffix in (*READ_PAGES, f"{candidate.pk}/"):
        assert_access(
            world, base(election, world, suffix), expect(default=403, anonymous=LOGIN, board_a=200)
        )
    assert_access(
        world,
        base(election, world, "export.csv"),
        expect(default=403, anonymous=LOGIN, board_a=200),
    )


def test_a_committee_member_reads_and_a_plain_member_does_not(
    world: World, election: Election
) -> None:
    candidate = make_candidate(world, election)
    function_ensure(world.membership(Role.MEMBER_A), PartyFunction.KANDIDATENCOMMISSIE)
    for suffix in (*READ_PAGES, f"{candidate.pk}/", "export.csv"):
        assert_access(
            world,
            base(election, world, suffix),
            expect(default=403, anonymous=LOGIN, board_a=200, member_a=200),
        )


def test_a_committee_function_in_another_party_gives_nothing(
    world: World, election: Election
) -> None:
    function_ensure(world.membership(Role.MEMBER_B), PartyFunction.KANDIDATENCOMMISSIE)
    assert_access(world, base(election, world), expect(default=403, anonymous=LOGIN, board_a=200))


def test_changes_are_for_the_committee(world: World, election: Election) -> None:
    candidate = make_candidate(world, election)
    function_ensure(world.membership(Role.MEMBER_A), PartyFunction.KANDIDATENCOMMISSIE)
    page = base(election, world, f"{candidate.pk}/")
    listing = base(election, world, "lijst/")
    committee: dict[str, Any] = {"default": 403, "anonymous": LOGIN}
    posts: list[tuple[str, dict[str, Any], Redirect]] = [
        (
            base(election, world, "nieuw/"),
            {"surname": "Bakker", "initials": "B."},
            Redirect(base(election, world)),
        ),
        (
            page + "gegevens/",
            {"surname": "Jansen", "initials": "A.", "residence": "Leusden"},
            Redirect(page),
        ),
        (page + "fase/", {"stage": "in_gesprek"}, Redirect(page)),
        (page + "notities/", {"text": "Goed gesprek."}, Redirect(page)),
        (page + "screening/", {"vog_status": "aangevraagd"}, Redirect(page)),
        (listing + "volgorde/", {}, Redirect(listing)),
        (
            listing + "alv/",
            {"held_on": "2029-12-05", "votes_for": 20, "votes_against": 1, "abstentions": 0},
            Redirect(listing),
        ),
        (
            listing + "inlevering/",
            {"submitter": "P. de Vries", "agent": "J. Smit"},
            Redirect(listing),
        ),
    ]
    for url, data, ok in posts:
        assert_access(
            world, url, expect(**committee, board_a=ok, member_a=ok), method="post", data=data
        )
    # "Lijst gereed" is refused (400) while the list has problems, for the committee alike.
    assert_access(
        world,
        listing + "gereed/",
        expect(**committee, board_a=400, member_a=400),
        method="post",
    )
    upload = {"document": Rewinding("vog.pdf", b"%PDF-1.4", content_type="application/pdf")}
    assert_access(
        world,
        page + "vog/",
        expect(**committee, board_a=Redirect(page), member_a=Redirect(page)),
        method="post",
        data=upload,
    )
    assert_access(world, page + "vog/download/", expect(**committee, board_a=200, member_a=200))
    assert_access(
        world,
        page + "vog/verwijderen/",
        expect(**committee, board_a=Redirect(page), member_a=Redirect(page)),
        method="post",
    )
    candidate.email = "kandidaat@example.org"
    candidate.save()
    assert_access(
        world,
        page + "uitnodigen/",
        expect(**committee, board_a=Redirect(page), member_a=Redirect(page)),
        method="post",
    )


def test_only_the_board_grants_support(world: World, election: Election) -> None:
    function_ensure(world.membership(Role.MEMBER_A), PartyFunction.KANDIDATENCOMMISSIE)
    assert_access(
        world,
        base(election, world, "inzage/"),
        expect(default=403, anonymous=LOGIN, board_a=Redirect(base(election, world))),
        method="post",
        data={"days": 7},
    )


def test_a_beheerder_reads_only_while_the_board_grants_it(world: World, election: Election) -> None:
    candidate = make_candidate(world, election)
    pipeline = Pipeline.objects.get()
    services.support_grant(pipeline=pipeline, days=7, user=world.user(Role.BOARD_A))
    for suffix in (*READ_PAGES, f"{candidate.pk}/"):
        assert_access(
            world,
            base(election, world, suffix),
            expect(default=403, anonymous=LOGIN, board_a=200, beheerder=200),
        )
    # Support never changes anything and never downloads the whole pipeline.
    assert_access(
        world,
        base(election, world, f"{candidate.pk}/notities/"),
        expect(
            default=403,
            anonymous=LOGIN,
            board_a=Redirect(base(election, world, f"{candidate.pk}/")),
        ),
        method="post",
        data={"text": "x"},
    )
    assert_access(
        world,
        base(election, world, "export.csv"),
        expect(default=403, anonymous=LOGIN, board_a=200),
    )
    beheerder = world.user(Role.BEHEERDER)
    assert AuditLogEntry.objects.filter(
        actor=beheerder, action="candidates.candidate_viewed"
    ).exists()
    services.support_grant(pipeline=pipeline, days=0, user=world.user(Role.BOARD_A))
    assert_access(world, base(election, world), expect(default=403, anonymous=LOGIN, board_a=200))


def test_another_partys_candidate_is_not_found_through_our_url(
    world: World, election: Election
) -> None:
    other = services.pipeline_ensure(party=world.party_b, election=election)
    stranger = services.candidate_add(pipeline=other, user=None, surname="Geheim", initials="X.")
    assert_access(
        world,
        base(election, world, f"{stranger.pk}/"),
        expect(default=403, anonymous=LOGIN, board_a=404),
    )


def test_invitation_and_own_page(world: World, election: Election) -> None:
    candidate = make_candidate(world, election, email="lid-a@example.org")
    services.invitation_send(candidate=candidate, user=world.user(Role.BOARD_A))
    candidate.refresh_from_db()
    assert_access(
        world,
        f"/verkiezingen/kandidaten/uitnodiging/{candidate.invite_token}/",
        expect(default=200, anonymous=LOGIN),
    )
    assert_access(
        world, "/verkiezingen/kandidaten/uitnodiging/fout/", expect(default=404, anonymous=LOGIN)
    )
    services.invitation_accept(candidate=candidate, user=world.user(Role.MEMBER_A))
    assert_access(
        world,
        f"/verkiezingen/kandidaten/mijn/{candidate.pk}/",
        expect(default=404, anonymous=LOGIN, member_a=200),
    )
