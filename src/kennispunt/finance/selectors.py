"""Reads about a party's register: who may see it, the active rules, totals, what is public."""

from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import Exists, Max, OuterRef, Q, QuerySet, Sum
from django.db.models.functions import ExtractYear

from kennispunt.parties.models import Party, PartyFunction
from kennispunt.parties.selectors import (
    board_memberships,
    function_memberships,
    holds_function,
    is_board_member,
)

from . import rules
from .models import DonorType, Entry, GiftRegulation, Kind, PartyFinance, Publication, RuleOverride

# Kinds that come from a donor and count towards the donor's totals and the thresholds. Own
# councillors' and aldermen's contributions are recorded apart; debts are listed on their own.
GIFT_KINDS = (Kind.MONEY, Kind.IN_KIND, Kind.LOAN, Kind.GUARANTEE)
PUBLIC_KINDS = (*GIFT_KINDS, Kind.DEBT)


def can_view_register(user: Any, party: Party) -> bool:
    """The register holds special-category data (a donor's political preference): only the
    party's verified board and its penningmeester(s) see it; staff do not."""
    if not getattr(user, "is_authenticated", False):
        return False
    return is_board_member(user, party) or holds_function(user, party, PartyFunction.PENNINGMEESTER)


def can_approve(user: Any, entry: Entry) -> bool:
    """Four eyes: someone of the register's people who did not enter it."""
    if entry.approved_at is not None or entry.erased_at is not None:
        return False
    if getattr(user, "pk", None) == entry.entered_by_id:
        return False
    return can_view_register(user, entry.party)


def can_publish(user: Any, party: Party) -> bool:
    """Publishing, the rule pack and the giftenreglement are the board's decisions."""
    return is_board_member(user, party)


def active_pack(party: Party) -> rules.RulePack:
    finance = PartyFinance.objects.filter(party=party).first()
    key = rules.PackKey(finance.rule_pack) if finance else rules.DEFAULT_PACK
    return pack_with_overrides(key)


def pack_with_overrides(key: rules.PackKey) -> rules.RulePack:
    overrides = {o.key: (o.value, o.source) for o in RuleOverride.objects.filter(pack=key.value)}
    return rules.with_overrides(rules.PACKS[key], overrides)


def donor_key(*, donor_type: str, name: str, place: str, kvk: str) -> str:
    """Who counts as the same donor for the yearly totals; anonymous gifts add up to nobody."""
    if donor_type == DonorType.ANONYMOUS:
        return ""
    if donor_type == DonorType.ORGANISATION and kvk:
        return f"kvk:{kvk}"
    norm = " ".join(name.lower().split())
    return f"{donor_type}:{norm}|{' '.join(place.lower().split())}"


def _superseded() -> Exists:
    return Exists(Entry.objects.filter(corrects=OuterRef("pk"), approved_at__isnull=False))


def register_entries(party: Party) -> QuerySet[Entry]:
    return (
        Entry.objects.filter(party=party)
        .select_related("entered_by", "approved_by", "corrects")
        .annotate(superseded=_superseded())
        .order_by("-received_on", "-pk")
    )


def current_entries(party: Party) -> QuerySet[Entry]:
    """Approved entries that no approved correction replaced."""
    return (
        Entry.objects.filter(party=party, approved_at__isnull=False)
        .annotate(superseded=_superseded())
        .filter(superseded=False)
    )


def donor_year_total(party: Party, key: str, year: int, *, leave_out: int | None = None) -> Decimal:
    """What one donor gave in a calendar year so far: every entry not replaced by an approved
    correction, approved or still waiting (the flags must not wait for approval)."""
    if not key:
        return Decimal("0")
    entries = (
        Entry.objects.filter(
            party=party,
            donor_key=key,
            received_on__year=year,
            kind__in=GIFT_KINDS,
        )
        .annotate(superseded=_superseded())
        .filter(superseded=False)
    )
    if leave_out is not None:
        entries = entries.exclude(pk=leave_out)
    return entries.aggregate(total=Sum("amount"))["total"] or Decimal("0")


def flags_for(
    pack: rules.RulePack,
    *,
    kind: str,
    donor_type: str,
    country: str,
    amount: Decimal,
    year_total: Decimal,
    conditions: str,
) -> list[str]:
    """The warnings of an entry under ``pack``, given the donor's year total including it."""
    from .models import Flag

    flags = []
    if kind in GIFT_KINDS:
        disclosure = pack.value(rules.Key.DISCLOSURE)
        prompt = pack.value(rules.Key.PROMPT_DISCLOSURE)
        cap = pack.value(rules.Key.ANONYMOUS_CAP)
        eu_cap = pack.value(rules.Key.EU_CAP)
        if donor_type == DonorType.ANONYMOUS:
            if cap is not None and amount > cap:
                flags.append(Flag.ANONYMOUS_OVER_CAP.value)
        else:
            if disclosure is not None and year_total >= disclosure:
                flags.append(Flag.OVER_DISCLOSURE.value)
            if prompt is not None and year_total >= prompt:
                flags.append(Flag.PROMPT_DISCLOSURE.value)
            code = country.upper()
            if code not in rules.EU_EER:
                if pack.ban_outside_eu:
                    flags.append(Flag.OUTSIDE_AREA.value)
            elif code != "NL" and eu_cap is not None and year_total > eu_cap:
                flags.append(Flag.EU_OVER_CAP.value)
    if conditions.strip():
        flags.append(Flag.CONDITIONAL.value)
    return flags


def latest_publication(party: Party) -> Publication | None:
    return Publication.objects.filter(party=party).order_by("-published_at", "-pk").first()


def adopted_regulation(party: Party) -> GiftRegulation | None:
    return (
        GiftRegulation.objects.filter(party=party, adopted_on__isnull=False)
        .order_by("-version")
        .first()
    )


def publishing_parties() -> QuerySet[Party]:
    return (
        Party.objects.listed()
        .filter(finance_publications__isnull=False)
        .annotate(last_published=Max("finance_publications__published_at"))
        .prefetch_related("municipalities")
        .order_by("name")
    )


def year_totals(entries: list[Entry]) -> list[dict[str, Any]]:
    """Per calendar year, the sum of each kind (as strings, for the JSON)."""
    by_year: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for entry in entries:
        by_year[entry.received_on.year][entry.kind] += entry.amount
    return [
        {"year": year, "totals": {kind: str(total) for kind, total in sorted(kinds.items())}}
        for year, kinds in sorted(by_year.items(), reverse=True)
    ]


def donor_totals(party: Party) -> dict[tuple[str, int], Decimal]:
    """Each donor's total per calendar year, over current gift entries."""
    rows = (
        current_entries(party)
        .filter(kind__in=GIFT_KINDS)
        .exclude(donor_key="")
        .annotate(year=ExtractYear("received_on"))
        .values("donor_key", "year")
        .annotate(total=Sum("amount"))
    )
    return {(r["donor_key"], r["year"]): r["total"] for r in rows}


def public_entries(party: Party, pack: rules.RulePack) -> list[Entry]:
    """What may be public: named donors whose year total reaches the disclosure threshold,
    where the pack requires publication or the donor consented. Below it: never."""
    threshold = pack.value(rules.Key.DISCLOSURE) or Decimal("0")
    totals = donor_totals(party)
    shown = []
    for entry in current_entries(party).filter(kind__in=PUBLIC_KINDS).order_by("received_on"):
        if entry.donor_type == DonorType.ANONYMOUS or entry.erased_at is not None:
            continue
        if entry.kind in GIFT_KINDS:
            if totals.get((entry.donor_key, entry.received_on.year), Decimal("0")) < threshold:
                continue
        elif entry.amount < threshold:
            continue
        if not (pack.publication_required or entry.publication_consent):
            continue
        shown.append(entry)
    return shown


SCHEMA_VERSION = "1.0"


def public_data(party: Party) -> dict[str, Any]:
    """The snapshot the board publishes (see schema.json)."""
    pack = active_pack(party)
    current = list(current_entries(party))
    regulation = adopted_regulation(party)
    return {
        "schema_version": SCHEMA_VERSION,
        "party": {"name": party.name, "slug": party.slug},
        "rule_pack": {
            "key": pack.key.value,
            "label": str(pack.label),
            "status": pack.status.value,
            "disclosure_threshold": str(pack.value(rules.Key.DISCLOSURE) or "0"),
        },
        "gift_regulation": (
            {"version": regulation.version, "adopted_on": regulation.adopted_on.isoformat()}
            if regulation and regulation.adopted_on
            else None
        ),
        "year_totals": year_totals(current),
        "entries": [
            {
                "kind": e.kind,
                "donor_type": e.donor_type,
                "donor_name": e.donor_name,
                "donor_place": e.donor_place if e.donor_type == DonorType.PERSON else "",
                "donor_kvk": e.donor_kvk if e.donor_type == DonorType.ORGANISATION else "",
                "donor_country": e.donor_country,
                "date": e.received_on.isoformat(),
                "amount": str(e.amount),
                "conditions": e.conditions,
            }
            for e in public_entries(party, pack)
        ],
    }


def year_overview(party: Party, year: int) -> dict[str, Any]:
    """For the ALV and a subsidy application: income by kind, donors over the disclosure
    threshold (with their total), and debts, over the current entries of one calendar year."""
    pack = active_pack(party)
    threshold = pack.value(rules.Key.DISCLOSURE) or Decimal("0")
    entries = list(
        current_entries(party).filter(received_on__year=year).order_by("received_on", "pk")
    )
    by_kind: dict[str, Decimal] = defaultdict(Decimal)
    donors: dict[str, dict[str, Any]] = {}
    for entry in entries:
        by_kind[entry.kind] += entry.amount
        if entry.kind in GIFT_KINDS and entry.donor_key:
            donor = donors.setdefault(
                entry.donor_key,
                {
                    "name": entry.donor_name,
                    "where": entry.donor_place or entry.donor_kvk,
                    "total": Decimal("0"),
                },
            )
            donor["total"] += entry.amount
    labels = dict(Kind.choices)
    return {
        "year": year,
        "pack": pack,
        "threshold": threshold,
        "income": [(labels[k], by_kind[k]) for k in Kind.values if k != Kind.DEBT and by_kind[k]],
        "donors_over": sorted(
            (d for d in donors.values() if d["total"] >= threshold),
            key=lambda d: (-d["total"], d["name"]),
        ),
        "debts": [e for e in entries if e.kind == Kind.DEBT],
    }


# Burgerlijk Wetboek boek 2, artikel 10 lid 3: an association keeps its administration for
# seven years. A donor's identity in the register is part of it.
RETENTION_YEARS = 7


def retention_start(today: date) -> date:
    """Entries received on or after this day must be kept."""
    try:
        return today.replace(year=today.year - RETENTION_YEARS)
    except ValueError:  # 29 February
        return today.replace(year=today.year - RETENTION_YEARS, day=28)


def donor_entries(entry: Entry) -> QuerySet[Entry]:
    """Every entry of the same donor in the party's register (an anonymous gift: only itself)."""
    if not entry.donor_key:
        return Entry.objects.filter(pk=entry.pk)
    return Entry.objects.filter(party_id=entry.party_id, donor_key=entry.donor_key)


def register_emails(party: Party) -> list[str]:
    """The addresses of the party's verified board and penningmeester(s), once each."""
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.filter(
        Q(pk__in=board_memberships(party).values("user_id"))
        | Q(
            pk__in=function_memberships(party, function=PartyFunction.PENNINGMEESTER).values(
                "user_id"
            )
        ),
        is_active=True,
    )
    return sorted({u.email for u in users if u.email})
