"""The rules about a local party's money as data: rule packs with their figures and sources.

Three packs: what the Kennispunt advises while no law binds local parties, the Wet financiering
politieke partijen (Wfpp) as it binds national parties today, and the Wet op de politieke partijen
(Wpp, bill 36742) as sent to the Tweede Kamer. Nothing else in the app hard-codes a threshold.

Every figure carries its source and whether it was checked against that source (``verified``).
A figure that is not checked is shown as "nog niet vastgesteld"; a figure of a pack that is not in
force as "volgens het wetsvoorstel". Staff can replace a figure with a source (``RuleOverride``).

Checked sources (see tests/test_rules.py):
- Wfpp 2013: anonymous gifts only up to €1,000, above it registration (rijksoverheid.nl,
  "Eerste Kamer akkoord met wet financiering politieke partijen", 5 March 2013).
- Evaluatiewet Wfpp (kamerstuk 35657; Stb. 2022, 412): disclosure threshold lowered from €4,500 to
  €1,000 per donor per year, gifts from €10,000 public within three days, gifts from outside the
  EU/EER banned, from other EU/EER states at most €100,000 a year.
- Wpp (kamerstuk 36742 nr. 2 and 3): chapter 6 of the memorie van toelichting covers decentral
  parties; its figures for them could not be read here, so they are kept unverified.
"""

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class PackKey(StrEnum):
    ADVICE = "advies"
    WFPP = "wfpp"
    WPP = "wpp"


class Status(StrEnum):
    IN_FORCE = "in_werking"
    BILL = "wetsvoorstel"
    ADVICE = "advies"


STATUS_LABELS: dict[Status, Promise] = {
    Status.IN_FORCE: _("geldend recht"),
    Status.BILL: _("volgens het wetsvoorstel"),
    Status.ADVICE: _("advies van het Kennispunt (geen wettelijke plicht)"),
}


class Key(StrEnum):
    """The figures a pack holds (amounts in euro, periods in days)."""

    REGISTRATION = "registratiedrempel"
    DISCLOSURE = "openbaarmakingsdrempel"
    ANONYMOUS_CAP = "anoniem_maximum"
    PROMPT_DISCLOSURE = "snelle_openbaarmaking_vanaf"
    PROMPT_DISCLOSURE_DAYS = "snelle_openbaarmaking_dagen"
    EU_CAP = "maximum_uit_eu"


KEY_LABELS: dict[Key, Promise] = {
    Key.REGISTRATION: _("Registratiedrempel per gift"),
    Key.DISCLOSURE: _("Openbaarmakingsdrempel per gever per kalenderjaar"),
    Key.ANONYMOUS_CAP: _("Hoogste toegestane anonieme gift"),
    Key.PROMPT_DISCLOSURE: _("Snel openbaar maken vanaf (per gever per jaar)"),
    Key.PROMPT_DISCLOSURE_DAYS: _("Termijn voor snelle openbaarmaking (dagen)"),
    Key.EU_CAP: _("Hoogste totaal per jaar van een gever uit een andere EU/EER-staat"),
}

AMOUNT_KEYS = frozenset(
    {Key.REGISTRATION, Key.DISCLOSURE, Key.ANONYMOUS_CAP, Key.PROMPT_DISCLOSURE, Key.EU_CAP}
)

# Member states of the EU and the other EER states (Iceland, Liechtenstein, Norway).
EU_EER = frozenset(
    (
        "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO"
    ).split()
)


@dataclass(frozen=True)
class Figure:
    value: Decimal
    source: str
    verified: bool = True


@dataclass(frozen=True)
class RulePack:
    key: PackKey
    label: Promise
    status: Status
    source: str
    valid_from: date | None  # None: not (yet) in force on a known date
    valid_until: date | None
    figures: dict[Key, Figure]
    ban_outside_eu: bool  # gifts from outside the EU/EER refused
    publication_required: bool  # False: only donors who consented are published
    notes: tuple[Promise, ...] = field(default_factory=tuple)

    def value(self, key: Key) -> Decimal | None:
        figure = self.figures.get(key)
        return figure.value if figure else None

    @property
    def status_label(self) -> Promise:
        return STATUS_LABELS[self.status]

    def in_force_on(self, day: date) -> bool:
        if self.valid_from is None or day < self.valid_from:
            return False
        return self.valid_until is None or day <= self.valid_until


EVALUATIEWET = "Evaluatiewet Wfpp (kamerstuk 35657; Stb. 2022, 412)"
WFPP_2013 = "Wfpp (kamerstuk 32752), rijksoverheid.nl 5 maart 2013"
WPP_BILL = "Wetsvoorstel Wpp, kamerstuk 36742 nr. 2 en 3 (hoofdstuk 6)"
ADVICE_SOURCE = "Kennispunt Lokale Politieke Partijen, module Transparante financiën"

WFPP = RulePack(
    key=PackKey.WFPP,
    label=_("Wfpp (huidig, voor landelijke partijen)"),
    status=Status.IN_FORCE,
    source="Wet financiering politieke partijen, zoals gewijzigd door de " + EVALUATIEWET,
    valid_from=date(2013, 5, 1),
    valid_until=None,
    figures={
        Key.REGISTRATION: Figure(Decimal("1000"), WFPP_2013),
        Key.DISCLOSURE: Figure(Decimal("1000"), EVALUATIEWET),
        Key.ANONYMOUS_CAP: Figure(Decimal("1000"), WFPP_2013),
        Key.PROMPT_DISCLOSURE: Figure(Decimal("10000"), EVALUATIEWET),
        Key.PROMPT_DISCLOSURE_DAYS: Figure(Decimal("3"), EVALUATIEWET),
        Key.EU_CAP: Figure(Decimal("100000"), EVALUATIEWET),
    },
    ban_outside_eu=True,
    publication_required=True,
    notes=(
        _(
            "De Wfpp geldt voor partijen die meedoen aan de Tweede Kamerverkiezingen; een lokale "
            "partij valt er nauwelijks onder. Kiest u dit pakket, dan houdt u zich vrijwillig "
            "aan de landelijke regels."
        ),
    ),
)

WPP = RulePack(
    key=PackKey.WPP,
    label=_("Wpp (wetsvoorstel 36742)"),
    status=Status.BILL,
    source=WPP_BILL,
    # Expected 2027 (BZK, February 2026); no date is fixed by law yet.
    valid_from=None,
    valid_until=None,
    figures={
        # The figures for decentral parties in chapter 6 could not be checked: the national
        # figures are kept as a working assumption, marked unverified.
        Key.REGISTRATION: Figure(Decimal("1000"), WPP_BILL, verified=False),
        Key.DISCLOSURE: Figure(Decimal("1000"), WPP_BILL, verified=False),
        Key.ANONYMOUS_CAP: Figure(Decimal("1000"), WPP_BILL, verified=False),
        Key.PROMPT_DISCLOSURE: Figure(Decimal("10000"), WPP_BILL, verified=False),
        Key.PROMPT_DISCLOSURE_DAYS: Figure(Decimal("3"), WPP_BILL, verified=False),
        Key.EU_CAP: Figure(Decimal("100000"), WPP_BILL, verified=False),
    },
    ban_outside_eu=True,
    publication_required=True,
    notes=(
        _(
            "Het wetsvoorstel koppelt subsidie voor decentrale partijen aan transparantie over "
            "giften, schulden, financiën en interne procedures. Het is nog geen wet; de "
            "inwerkingtreding wordt verwacht in 2027."
        ),
    ),
)

ADVICE = RulePack(
    key=PackKey.ADVICE,
    label=_("Geen wettelijke plicht (vrijwillig, advies Kennispunt)"),
    status=Status.ADVICE,
    source=ADVICE_SOURCE,
    valid_from=date(2013, 5, 1),
    valid_until=None,
    figures={
        # The Kennispunt advises local parties to follow the national figures of the Wfpp.
        Key.REGISTRATION: Figure(Decimal("1000"), ADVICE_SOURCE + "; " + WFPP_2013),
        Key.DISCLOSURE: Figure(Decimal("1000"), ADVICE_SOURCE + "; " + EVALUATIEWET),
        Key.ANONYMOUS_CAP: Figure(Decimal("1000"), ADVICE_SOURCE + "; " + WFPP_2013),
        Key.PROMPT_DISCLOSURE: Figure(Decimal("10000"), ADVICE_SOURCE + "; " + EVALUATIEWET),
        Key.PROMPT_DISCLOSURE_DAYS: Figure(Decimal("3"), ADVICE_SOURCE + "; " + EVALUATIEWET),
        Key.EU_CAP: Figure(Decimal("100000"), ADVICE_SOURCE + "; " + EVALUATIEWET),
    },
    ban_outside_eu=True,
    # No law requires it: only donors who agreed are published.
    publication_required=False,
    notes=(
        _(
            "Voor lokale partijen geldt nu geen wettelijke registratie- of "
            "openbaarmakingsdrempel. Het Kennispunt adviseert de landelijke bedragen te volgen "
            "en een giftenreglement vast te stellen en te publiceren."
        ),
    ),
)

PACKS: dict[PackKey, RulePack] = {p.key: p for p in (ADVICE, WFPP, WPP)}
DEFAULT_PACK = PackKey.ADVICE


def pack_choices() -> list[tuple[str, Promise]]:
    return [(p.key.value, p.label) for p in PACKS.values()]


def key_choices() -> list[tuple[str, Promise]]:
    return [(k.value, KEY_LABELS[k]) for k in Key]


def with_overrides(pack: RulePack, overrides: dict[str, tuple[Decimal, str]]) -> RulePack:
    """The pack with staff's figures (value, source) in place of the built-in ones."""
    if not overrides:
        return pack
    figures = dict(pack.figures)
    for key, (value, source) in overrides.items():
        figures[Key(key)] = Figure(value=value, source=source, verified=True)
    return replace(pack, figures=figures)
