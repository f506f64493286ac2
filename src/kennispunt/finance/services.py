"""Changes to a party's register. Every change is logged without personal data in the log; no
entry is ever changed or deleted, a correction is a new entry."""

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kennispunt.core.audit import log_action
from kennispunt.core.mail import send_templated
from kennispunt.parties.models import Party

from . import rules, selectors
from .models import (
    DonorType,
    Entry,
    Flag,
    GiftRegulation,
    PartyFinance,
    Publication,
    ReminderSent,
)


def _check_donor(
    *, donor_type: str, donor_name: str, donor_place: str, donor_kvk: str, donor_country: str
) -> None:
    errors: dict[str, str] = {}
    if donor_type == DonorType.ANONYMOUS:
        if donor_name or donor_place or donor_kvk:
            errors["donor_name"] = _(
                "Laat naam, woonplaats en KvK-nummer leeg bij een anonieme gift."
            )
    elif donor_type == DonorType.PERSON:
        if not donor_name:
            errors["donor_name"] = _("Vul de naam van de gever in.")
        if not donor_place:
            errors["donor_place"] = _("Vul de woonplaats van de gever in.")
    elif donor_type == DonorType.ORGANISATION:
        if not donor_name:
            errors["donor_name"] = _("Vul de naam van de rechtspersoon in.")
        if donor_country.upper() == "NL" and not donor_kvk:
            errors["donor_kvk"] = _("Vul het KvK-nummer van de rechtspersoon in.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def entry_create(
    *,
    party: Party,
    by: Any,
    kind: str,
    donor_type: str,
    received_on: date,
    amount: Decimal,
    donor_name: str = "",
    donor_place: str = "",
    donor_kvk: str = "",
    donor_country: str = "NL",
    valuation: str = "",
    conditions: str = "",
    publication_consent: bool = False,
    description: str = "",
    corrects: Entry | None = None,
) -> Entry:
    """Record a gift, loan, guarantee, own contribution or debt; the flags of the party's rule
    pack are set now, with the donor's year total including this entry."""
    if not selectors.can_view_register(by, party):
        raise PermissionDenied
    if corrects is not None and corrects.party_id != party.pk:
        raise PermissionDenied
    donor_country = (donor_country or "NL").upper()
    _check_donor(
        donor_type=donor_type,
        donor_name=donor_name,
        donor_place=donor_place,
        donor_kvk=donor_kvk,
        donor_country=donor_country,
    )
    pack = selectors.active_pack(party)
    key = selectors.donor_key(
        donor_type=donor_type, name=donor_name, place=donor_place, kvk=donor_kvk
    )
    year_total = amount
    if kind in selectors.GIFT_KINDS:
        year_total += selectors.donor_year_total(
            party, key, received_on.year, leave_out=corrects.pk if corrects else None
        )
    entry = Entry(
        party=party,
        kind=kind,
        donor_type=donor_type,
        donor_name=donor_name,
        donor_place=donor_place,
        donor_kvk=donor_kvk,
        donor_country=donor_country,
        donor_key=key,
        received_on=received_on,
        amount=amount,
        valuation=valuation,
        conditions=conditions,
        publication_consent=publication_consent,
        description=description,
        corrects=corrects,
        rule_pack=pack.key.value,
        flags=selectors.flags_for(
            pack,
            kind=kind,
            donor_type=donor_type,
            country=donor_country,
            amount=amount,
            year_total=year_total,
            conditions=conditions,
        ),
        entered_by=by,
    )
    entry.full_clean(exclude=["entered_by", "donor_key"])
    entry.save()
    log_action(
        entry,
        "finance.entry_created",
        user=by,
        data={"kind": kind, "flags": entry.flags, "corrects": corrects.pk if corrects else None},
    )
    return entry


@transaction.atomic
def entry_approve(*, entry: Entry, by: Any) -> Entry:
    """The second pair of eyes: a board member or penningmeester who did not enter it."""
    entry = Entry.objects.select_for_update().select_related("party").get(pk=entry.pk)
    if not selectors.can_approve(by, entry):
        raise PermissionDenied
    entry.approved_by = by
    entry.approved_at = timezone.now()
    entry.save(update_fields=["approved_by", "approved_at"])
    log_action(entry, "finance.entry_approved", user=by)
    return entry


@transaction.atomic
def rule_pack_set(*, party: Party, pack: str, by: Any) -> PartyFinance:
    if not selectors.can_publish(by, party):
        raise PermissionDenied
    key = rules.PackKey(pack)
    finance, _created = PartyFinance.objects.get_or_create(party=party)
    finance.rule_pack = key.value
    finance.save(update_fields=["rule_pack"])
    log_action(finance, "finance.rule_pack_set", user=by, data={"pack": key.value})
    return finance


@transaction.atomic
def publication_create(*, party: Party, by: Any) -> Publication:
    """The board publishes: a snapshot of what may be public, as it stands now."""
    if not selectors.can_publish(by, party):
        raise PermissionDenied
    publication = Publication.objects.create(
        party=party, data=selectors.public_data(party), published_by=by
    )
    log_action(
        publication,
        "finance.published",
        user=by,
        data={"entries": len(publication.data["entries"])},
    )
    return publication


@transaction.atomic
def regulation_create(*, party: Party, by: Any, **choices: Any) -> GiftRegulation:
    """A new version of the giftenreglement from the wizard's choices (not yet adopted)."""
    if not selectors.can_publish(by, party):
        raise PermissionDenied
    last = GiftRegulation.objects.filter(party=party).aggregate(v=Max("version"))["v"] or 0
    regulation = GiftRegulation.objects.create(
        party=party, version=last + 1, created_by=by, **choices
    )
    log_action(regulation, "finance.regulation_created", user=by)
    return regulation


@transaction.atomic
def regulation_adopt(*, regulation: GiftRegulation, adopted_on: date, by: Any) -> GiftRegulation:
    """Record the date the ALV adopted this version."""
    if not selectors.can_publish(by, regulation.party):
        raise PermissionDenied
    if adopted_on > timezone.localdate():
        raise ValidationError({"adopted_on": _("De datum van de ALV ligt in de toekomst.")})
    regulation.adopted_on = adopted_on
    regulation.save(update_fields=["adopted_on"])
    log_action(
        regulation, "finance.regulation_adopted", user=by, data={"on": adopted_on.isoformat()}
    )
    return regulation


@transaction.atomic
def donor_erase(*, entry: Entry, by: Any) -> tuple[int, int]:
    """A donor asks to be forgotten. Entries older than the legal retention period lose the
    donor's identity (the amounts stay, as the party's accounts); younger ones must be kept
    (BW 2:10) but no longer count as consented to publication. Returns (erased, kept)."""
    if not selectors.can_publish(by, entry.party):
        raise PermissionDenied
    start = selectors.retention_start(timezone.localdate())
    entries = selectors.donor_entries(entry).filter(erased_at__isnull=True)
    old = entries.filter(received_on__lt=start)
    erased = old.update(
        donor_name="", donor_place="", donor_kvk="", donor_key="", erased_at=timezone.now()
    )
    kept = entries.filter(received_on__gte=start).update(publication_consent=False)
    log_action(entry, "finance.donor_erased", user=by, data={"erased": erased, "kept": kept})
    return erased, kept


def reminders_send(*, today: date | None = None) -> int:
    """Remind the board and penningmeester(s) of a deadline of the rule pack that comes close:
    a gift flagged for prompt disclosure (the pack's number of days after receipt) that no
    publication since its entry covers. Each reminder goes once. Returns e-mails queued."""
    today = today or timezone.localdate()
    oldest = today - timedelta(days=31)
    recent = (
        Entry.objects.filter(
            kind__in=selectors.GIFT_KINDS, received_on__gte=oldest, erased_at__isnull=True
        )
        .exclude(flags=[])
        .select_related("party")
        .order_by("party_id", "pk")
    )
    sent = 0
    for entry in recent:
        if Flag.PROMPT_DISCLOSURE.value in entry.flags:
            sent += _entry_reminder_send(entry, today)
    return sent


@transaction.atomic
def _entry_reminder_send(entry: Entry, today: date) -> int:
    pack = rules.PACKS[rules.PackKey(entry.rule_pack)]
    days = pack.value(rules.Key.PROMPT_DISCLOSURE_DAYS)
    if days is None:
        return 0
    due_on = entry.received_on + timedelta(days=int(days))
    if due_on < today:
        return 0
    latest = selectors.latest_publication(entry.party)
    if latest is not None and latest.published_at >= entry.entered_at:
        return 0
    key = f"snel-openbaar-{entry.pk}"
    _reminder, created = ReminderSent.objects.get_or_create(
        party=entry.party, item_key=key, due_on=due_on
    )
    if not created:
        return 0
    recipients = selectors.register_emails(entry.party)
    context = {
        "party": entry.party,
        "due_on": due_on,
        "days_left": (due_on - today).days,
        "url": reverse("finance:register", kwargs={"slug": entry.party.slug}),
    }
    for email in recipients:  # one message each: nobody sees the others' address
        send_templated("finance/email/reminder", [email], context)
    log_action(entry, "finance.reminder_sent", None, {"due_on": due_on.isoformat()})
    return len(recipients)
