"""Every figure of every rule pack, pinned to its source; unchecked figures stay marked."""

from datetime import date
from decimal import Decimal

import pytest

from kennispunt.finance import rules, selectors
from kennispunt.finance.models import Flag, RuleOverride
from kennispunt.finance.rules import EVALUATIEWET, WFPP_2013, WPP_BILL, Key

WFPP_FIGURES = {
    # rijksoverheid.nl, 5 March 2013: anonymous only up to €1,000; registration above it.
    Key.REGISTRATION: (Decimal("1000"), WFPP_2013),
    Key.ANONYMOUS_CAP: (Decimal("1000"), WFPP_2013),
    # Evaluatiewet Wfpp (35657): disclosure lowered from €4,500 to €1,000 per donor per year;
    # from €10,000 public within three days; from other EU/EER states at most €100,000 a year.
    Key.DISCLOSURE: (Decimal("1000"), EVALUATIEWET),
    Key.PROMPT_DISCLOSURE: (Decimal("10000"), EVALUATIEWET),
    Key.PROMPT_DISCLOSURE_DAYS: (Decimal("3"), EVALUATIEWET),
    Key.EU_CAP: (Decimal("100000"), EVALUATIEWET),
}


@pytest.mark.parametrize(("key", "expected"), WFPP_FIGURES.items())
def test_wfpp_figures_and_their_sources(key: Key, expected: tuple[Decimal, str]) -> None:
    figure = rules.WFPP.figures[key]
    assert (figure.value, figure.source) == expected
    assert figure.verified


def test_wfpp_is_in_force_since_may_2013_and_bans_gifts_from_outside_the_eu() -> None:
    assert rules.WFPP.status == rules.Status.IN_FORCE
    assert rules.WFPP.valid_from == date(2013, 5, 1)
    assert rules.WFPP.in_force_on(date(2026, 1, 1))
    assert not rules.WFPP.in_force_on(date(2013, 4, 30))
    assert rules.WFPP.ban_outside_eu and rules.WFPP.publication_required


def test_wpp_is_a_bill_without_a_date_and_its_figures_are_unverified() -> None:
    assert rules.WPP.status == rules.Status.BILL
    assert rules.WPP.valid_from is None
    assert not rules.WPP.in_force_on(date(2027, 6, 1))
    assert rules.WPP.source == WPP_BILL
    for figure in rules.WPP.figures.values():
        assert figure.source == WPP_BILL
        assert not figure.verified  # shown as "nog niet vastgesteld"


@pytest.mark.parametrize(("key", "expected"), WFPP_FIGURES.items())
def test_advice_follows_the_national_figures_and_names_both_sources(
    key: Key, expected: tuple[Decimal, str]
) -> None:
    figure = rules.ADVICE.figures[key]
    assert figure.value == expected[0]
    assert rules.ADVICE_SOURCE in figure.source and expected[1] in figure.source
    assert rules.ADVICE.status == rules.Status.ADVICE
    assert not rules.ADVICE.publication_required  # no law: only donors who consented


def test_every_pack_holds_every_figure() -> None:
    for pack in rules.PACKS.values():
        assert set(pack.figures) == set(Key)


@pytest.mark.django_db
def test_staff_override_replaces_a_figure_with_its_source() -> None:
    RuleOverride.objects.create(
        pack="wpp", key=Key.DISCLOSURE, value=Decimal("2500"), source="Stb. 2027, 1"
    )
    pack = selectors.pack_with_overrides(rules.PackKey.WPP)
    assert pack.figures[Key.DISCLOSURE] == rules.Figure(Decimal("2500"), "Stb. 2027, 1", True)
    assert rules.WPP.value(Key.DISCLOSURE) == Decimal("1000")  # the data itself is untouched


@pytest.mark.parametrize("pack", list(rules.PACKS.values()), ids=lambda p: p.key.value)
def test_flags_fire_for_each_pack(pack: rules.RulePack) -> None:
    def flags(**kw: object) -> list[str]:
        args: dict = {
            "kind": "geld",
            "donor_type": "persoon",
            "country": "NL",
            "amount": Decimal("50"),
            "year_total": Decimal("50"),
            "conditions": "",
        }
        args.update(kw)
        return selectors.flags_for(pack, **args)

    disclosure = pack.value(Key.DISCLOSURE)
    cap = pack.value(Key.ANONYMOUS_CAP)
    eu_cap = pack.value(Key.EU_CAP)
    assert disclosure is not None and cap is not None and eu_cap is not None
    assert flags() == []
    assert flags(year_total=disclosure - Decimal("0.01")) == []
    assert flags(year_total=disclosure) == [Flag.OVER_DISCLOSURE]
    assert Flag.PROMPT_DISCLOSURE in flags(year_total=pack.value(Key.PROMPT_DISCLOSURE))
    assert flags(donor_type="anoniem", amount=cap) == []
    assert flags(donor_type="anoniem", amount=cap + 1) == [Flag.ANONYMOUS_OVER_CAP]
    assert flags(country="US") == [Flag.OUTSIDE_AREA]
    assert flags(country="BE") == []
    assert flags(country="BE", year_total=eu_cap + 1)[-1] == Flag.EU_OVER_CAP
    assert flags(conditions="Alleen voor de campagne in Noord") == [Flag.CONDITIONAL]
    # Own councillors' contributions are recorded apart: no donor thresholds.
    assert flags(kind="afdracht", year_total=Decimal("5000")) == []
