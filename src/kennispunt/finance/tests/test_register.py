"""The register: flags at entry time, four eyes, corrections instead of changes, what is public."""

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from kennispunt.core.models import AuditLogEntry
from kennispunt.finance import selectors, services
from kennispunt.finance.models import Entry, Flag, RuleOverride
from kennispunt_testing.finance import approved_gift, gift, make_treasurer
from kennispunt_testing.world import Role, World

pytestmark = pytest.mark.django_db


def test_flags_fire_at_entry_time_on_the_donors_year_total(world: World) -> None:
    treasurer = make_treasurer(world)
    first = gift(world.party_a, treasurer, amount="600")
    assert first.flags == []
    # Not yet approved, the first gift still counts: the second crosses €1,000 this year.
    second = gift(world.party_a, treasurer, amount="400", name=" jan  JANSEN ")
    assert second.flags == [Flag.OVER_DISCLOSURE]
    assert selectors.donor_year_total(world.party_a, second.donor_key, 2026) == Decimal("1000")
    # A gift in another year starts a new total.
    assert gift(world.party_a, treasurer, amount="400", received_on=date(2025, 3, 1)).flags == []


def test_anonymous_over_cap_foreign_and_conditional_gifts_are_flagged(world: World) -> None:
    treasurer = make_treasurer(world)
    anonymous = gift(
        world.party_a, treasurer, amount="1500", donor_type="anoniem", name="", place=""
    )
    assert anonymous.flags == [Flag.ANONYMOUS_OVER_CAP]
    foreign = gift(world.party_a, treasurer, name="Acme Inc.", donor_country="us")
    assert foreign.flags == [Flag.OUTSIDE_AREA] and foreign.donor_country == "US"
    tied = gift(world.party_a, treasurer, conditions="Alleen als u tegen de windmolens stemt")
    assert tied.flags == [Flag.CONDITIONAL]


def test_flags_follow_staff_overrides_of_the_pack(world: World) -> None:
    RuleOverride.objects.create(pack="advies", key="openbaarmakingsdrempel", value=50, source="x")
    assert gift(world.party_a, make_treasurer(world), amount="60").flags == [Flag.OVER_DISCLOSURE]


def test_donor_identity_is_required_by_type(world: World) -> None:
    treasurer = make_treasurer(world)
    with pytest.raises(ValidationError) as error:
        gift(world.party_a, treasurer, place="")
    assert "donor_place" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        gift(world.party_a, treasurer, donor_type="rechtspersoon", name="Bakkerij BV", place="")
    assert "donor_kvk" in error.value.message_dict
    with pytest.raises(ValidationError):
        gift(world.party_a, treasurer, donor_type="anoniem", place="")


def test_four_eyes_the_one_who_entered_cannot_approve(world: World) -> None:
    treasurer = make_treasurer(world)
    entry = gift(world.party_a, treasurer)
    with pytest.raises(PermissionDenied):
        services.entry_approve(entry=entry, by=treasurer)
    with pytest.raises(PermissionDenied):
        services.entry_approve(entry=entry, by=world.user(Role.MEMBER_A))
    with pytest.raises(PermissionDenied):
        services.entry_approve(entry=entry, by=world.user(Role.BEHEERDER))
    approved = services.entry_approve(entry=entry, by=world.user(Role.BOARD_A))
    assert approved.approved_by == world.user(Role.BOARD_A)
    with pytest.raises(PermissionDenied):  # once
        services.entry_approve(entry=approved, by=world.user(Role.BOARD_A))
    actions = set(AuditLogEntry.objects.values_list("action", flat=True))
    assert {"finance.entry_created", "finance.entry_approved"} <= actions


def test_only_the_board_and_the_penningmeester_enter_gifts(world: World) -> None:
    for role in (Role.MEMBER_A, Role.MEMBER_B, Role.BEHEERDER):
        with pytest.raises(PermissionDenied):
            gift(world.party_a, world.user(role))
    assert gift(world.party_a, world.user(Role.BOARD_A)).pk


def test_a_correction_is_a_new_entry_and_replaces_the_old_one_once_approved(
    world: World,
) -> None:
    treasurer = make_treasurer(world)
    wrong = approved_gift(world, treasurer, amount="1500")
    fixed = gift(world.party_a, treasurer, amount="150", corrects=wrong)
    # The corrected amount does not count twice towards the donor's total.
    assert fixed.flags == []
    assert list(selectors.current_entries(world.party_a)) == [wrong]
    services.entry_approve(entry=fixed, by=world.user(Role.BOARD_A))
    assert list(selectors.current_entries(world.party_a)) == [fixed]
    assert Entry.objects.count() == 2  # nothing deleted


def test_public_data_never_shows_donors_below_the_threshold_or_anonymous_gifts(
    world: World,
) -> None:
    treasurer = make_treasurer(world)
    services.rule_pack_set(party=world.party_a, pack="wfpp", by=world.user(Role.BOARD_A))
    approved_gift(world, treasurer, amount="600", name="Grote Gever")
    approved_gift(world, treasurer, amount="600", name="Grote Gever")
    approved_gift(world, treasurer, amount="999", name="Kleine Gever")
    approved_gift(world, treasurer, amount="900", donor_type="anoniem", name="", place="")
    approved_gift(world, treasurer, amount="5000", kind="afdracht", name="Raadslid Rob")
    gift(world.party_a, treasurer, amount="5000", name="Nog Niet Goedgekeurd")
    data = selectors.public_data(world.party_a)
    assert [e["donor_name"] for e in data["entries"]] == ["Grote Gever", "Grote Gever"]
    totals = data["year_totals"][0]
    assert totals == {
        "year": 2026,
        "totals": {"afdracht": "5000.00", "geld": "3099.00"},
    }


def test_under_the_advice_pack_only_consenting_donors_are_published(world: World) -> None:
    treasurer = make_treasurer(world)
    approved_gift(world, treasurer, amount="2000", name="Wil Niet")
    approved_gift(world, treasurer, amount="2000", name="Wil Wel", publication_consent=True)
    names = [e["donor_name"] for e in selectors.public_data(world.party_a)["entries"]]
    assert names == ["Wil Wel"]


def test_publication_is_a_snapshot_made_by_the_board(world: World) -> None:
    treasurer = make_treasurer(world)
    approved_gift(world, treasurer, amount="2000", publication_consent=True)
    with pytest.raises(PermissionDenied):
        services.publication_create(party=world.party_a, by=treasurer)
    publication = services.publication_create(party=world.party_a, by=world.user(Role.BOARD_A))
    approved_gift(world, treasurer, amount="3000", name="Later", publication_consent=True)
    publication.refresh_from_db()
    assert len(publication.data["entries"]) == 1


def test_regulation_versions_and_adoption(world: World) -> None:
    board = world.user(Role.BOARD_A)
    choices = {"refuse_anonymous_above": Decimal("500"), "publish_above": Decimal("1000")}
    first = services.regulation_create(party=world.party_a, by=board, **choices)
    second = services.regulation_create(party=world.party_a, by=board, **choices)
    assert (first.version, second.version) == (1, 2)
    assert selectors.adopted_regulation(world.party_a) is None
    with pytest.raises(ValidationError):
        services.regulation_adopt(regulation=second, adopted_on=date(2999, 1, 1), by=board)
    services.regulation_adopt(regulation=second, adopted_on=date(2026, 1, 15), by=board)
    assert selectors.adopted_regulation(world.party_a) == second
    with pytest.raises(PermissionDenied):
        services.regulation_create(party=world.party_a, by=make_treasurer(world), **choices)


def test_personal_data_export_and_erasure_keep_the_register(world: World) -> None:
    from kennispunt.accounts import personal_data

    treasurer = make_treasurer(world)
    entry = approved_gift(world, treasurer)
    data = personal_data.export_everything(treasurer)["data"]["finance"]
    assert data["register_entries"] == [
        {
            "party": "Lokaal Belang A",
            "kind": "geld",
            "received_on": "2026-03-01",
            "entered_by_you": True,
            "approved_by_you": False,
        }
    ]
    personal_data.erase_everything(treasurer)
    entry.refresh_from_db()
    assert entry.entered_by is None and entry.approved_at is not None


def test_donor_erasure_keeps_what_the_law_requires_and_explains_it(world: World) -> None:
    treasurer = make_treasurer(world)
    old = approved_gift(world, treasurer, amount="1500", received_on=date(2015, 3, 1))
    recent = approved_gift(world, treasurer, amount="1500", publication_consent=True)
    other = approved_gift(world, treasurer, amount="1500", name="Ander", publication_consent=True)
    with pytest.raises(PermissionDenied):
        services.donor_erase(entry=recent, by=treasurer)
    assert services.donor_erase(entry=recent, by=world.user(Role.BOARD_A)) == (1, 1)
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.donor_name, old.donor_place, old.amount) == ("", "", Decimal("1500.00"))
    assert old.erased_at is not None
    # Kept for seven years (BW 2:10), but no longer consented to publication.
    assert recent.donor_name == "Jan Jansen" and not recent.publication_consent
    names = [e["donor_name"] for e in selectors.public_data(world.party_a)["entries"]]
    assert names == [other.donor_name]
    # The amounts stay in the party's accounts.
    totals = {t["year"]: t["totals"] for t in selectors.public_data(world.party_a)["year_totals"]}
    assert totals[2015] == {"geld": "1500.00"}


def test_a_gift_for_prompt_disclosure_reminds_board_and_penningmeester_once(
    world: World, mailoutbox: list, django_capture_on_commit_callbacks: Any
) -> None:
    treasurer = make_treasurer(world)
    today = date(2026, 3, 2)
    big = gift(world.party_a, treasurer, amount="12000", received_on=date(2026, 3, 1))
    assert Flag.PROMPT_DISCLOSURE in big.flags
    gift(world.party_a, treasurer, amount="50", name="Klein", received_on=date(2026, 3, 1))
    with django_capture_on_commit_callbacks(execute=True):
        assert services.reminders_send(today=today) == 2
    assert sorted(m.to[0] for m in mailoutbox) == [
        "bestuur-a@example.org",
        "penningmeester-a@example.org",
    ]
    assert "uiterlijk woensdag 4 maart 2026" in mailoutbox[0].body
    assert "/partijen/lokaal-belang-a/financien/register/" in mailoutbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        assert services.reminders_send(today=today) == 0  # once
    assert len(mailoutbox) == 2


def test_no_reminder_once_published_or_past_the_deadline(world: World, mailoutbox: list) -> None:
    treasurer = make_treasurer(world)
    gift(world.party_a, treasurer, amount="12000", received_on=date(2026, 3, 1))
    assert services.reminders_send(today=date(2026, 3, 5)) == 0  # past the three days
    services.publication_create(party=world.party_a, by=world.user(Role.BOARD_A))
    assert services.reminders_send(today=date(2026, 3, 2)) == 0
    assert mailoutbox == []
