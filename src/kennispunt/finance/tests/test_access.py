"""Who may open what: the finance pages are public once published; the register is for the
party's verified board and penningmeester only (not for members, other parties or staff)."""

from datetime import date
from decimal import Decimal

import pytest

from kennispunt.finance import services
from kennispunt.finance.models import Entry
from kennispunt_testing.access import LOGIN, Redirect, assert_access, client_for, expect
from kennispunt_testing.finance import gift, make_treasurer
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db

BASE = "/partijen/lokaal-belang-a/financien"
BOARD_ONLY = expect(default=403, anonymous=LOGIN, board_a=200)


def _publish_with_regulation(world: World) -> None:
    board = world.user(Role.BOARD_A)
    regulation = services.regulation_create(
        party=world.party_a,
        by=board,
        refuse_anonymous_above=Decimal("500"),
        publish_above=Decimal("1000"),
    )
    services.regulation_adopt(regulation=regulation, adopted_on=date(2026, 1, 10), by=board)
    services.publication_create(party=world.party_a, by=board)


def test_public_pages_are_for_everyone(world: World) -> None:
    assert_access(world, "/partijen/financien/", expect(default=200))
    assert_access(world, "/partijen/financien/schema.json", expect(default=200))
    assert_access(world, f"{BASE}/", expect(default=200))
    # Nothing published or adopted yet: no data files, no reglement.
    for url in (f"{BASE}.json", f"{BASE}.csv", f"{BASE}/giftenreglement/"):
        assert_access(world, url, expect(default=404))
    _publish_with_regulation(world)
    for url in (
        f"{BASE}.json",
        f"{BASE}.csv",
        f"{BASE}/giftenreglement/",
        f"{BASE}/giftenreglement.pdf",
    ):
        assert_access(world, url, expect(default=200))
    assert_access(world, "/partijen/bestaat-niet/financien/", expect(default=404))


def test_register_pages_are_for_the_partys_board(world: World) -> None:
    for url in (
        f"{BASE}/register/",
        f"{BASE}/register/nieuw/",
        f"{BASE}/register/inlezen/",
        f"{BASE}/register/giftenreglement/",
        f"{BASE}/register/jaaroverzicht-2026.csv",
        f"{BASE}/register/jaaroverzicht-2026.pdf",
    ):
        assert_access(world, url, BOARD_ONLY)
    regulation = services.regulation_create(
        party=world.party_a,
        by=world.user(Role.BOARD_A),
        refuse_anonymous_above=Decimal("500"),
        publish_above=Decimal("1000"),
    )
    assert_access(world, f"{BASE}/register/giftenreglement/{regulation.version}/", BOARD_ONLY)
    # Party B's board has no rights here, and party A's board none on party B's register.
    assert_access(
        world,
        "/partijen/dorpspartij-b/financien/register/",
        expect(default=403, anonymous=LOGIN),
    )


def test_register_changes_are_for_the_partys_board(world: World) -> None:
    treasurer = make_treasurer(world)
    back = Redirect(f"{BASE}/register/")
    board_only = expect(default=403, anonymous=LOGIN, board_a=back)

    def new_entry(w: World) -> str:
        entry = gift(w.party_a, treasurer)
        return f"{BASE}/register/{entry.pk}/goedkeuren/"

    assert_access(world, new_entry, board_only, method="post")
    assert_access(
        world,
        f"{BASE}/register/nieuw/",
        board_only,
        method="post",
        data={
            "kind": "geld",
            "donor_type": "persoon",
            "donor_name": "Els",
            "donor_place": "Utrecht",
            "donor_country": "NL",
            "received_on": "2026-02-01",
            "amount": "25",
        },
    )
    assert_access(
        world, f"{BASE}/register/regels/", board_only, method="post", data={"pack": "wfpp"}
    )

    def erase_url(w: World) -> str:
        return f"{BASE}/register/{gift(w.party_a, treasurer).pk}/gever-wissen/"

    assert_access(world, erase_url, BOARD_ONLY)
    assert_access(world, erase_url, board_only, method="post")
    assert_access(
        world,
        f"{BASE}/register/publiceren/",
        expect(default=403, anonymous=LOGIN, board_a=Redirect(f"{BASE}/")),
        method="post",
    )
    assert_access(
        world,
        f"{BASE}/register/giftenreglement/",
        expect(default=403, anonymous=LOGIN, board_a=Redirect(f"{BASE}/register/")),
        method="post",
        data={
            "refuse_anonymous_above": "500",
            "publish_above": "1000",
            "refuse_outside_eu": "on",
            "in_kind_valuation": "marktwaarde",
            "decider": "bestuur",
        },
    )


def test_register_get_never_changes_state(world: World) -> None:
    entry = gift(world.party_a, make_treasurer(world))
    assert_access(world, f"{BASE}/register/{entry.pk}/goedkeuren/", expect(default=405))
    assert_access(world, f"{BASE}/register/publiceren/", expect(default=405))
    entry.refresh_from_db()
    assert entry.approved_at is None


def test_the_penningmeester_enters_and_approves_but_does_not_publish(world: World) -> None:
    treasurer = make_treasurer(world)
    client = client_for(world, Role.MEMBER_A)
    client.force_login(treasurer)
    assert client.get(f"{BASE}/register/").status_code == 200
    assert client.get(f"{BASE}/register/nieuw/").status_code == 200
    assert client.post(f"{BASE}/register/publiceren/").status_code == 403
    assert client.get(f"{BASE}/register/giftenreglement/").status_code == 403
    by_board = gift(world.party_a, world.user(Role.BOARD_A))
    response = client.post(f"{BASE}/register/{by_board.pk}/goedkeuren/")
    assert response.status_code == 302
    assert Entry.objects.get(pk=by_board.pk).approved_by == treasurer


def test_rule_overrides_are_kept_by_beheerders_in_the_cms(world: World) -> None:
    # Staff without the finance permissions are sent back to the CMS dashboard.
    table = expect(default=302, anonymous=LOGIN, beheerder=200)
    for url in (
        "/beheer/cms/snippets/finance/ruleoverride/",
        "/beheer/cms/snippets/finance/ruleoverride/add/",
    ):
        assert_access(world, url, table)
