"""Reads: public municipality pages, the griffie audiences for the sender, the staff overview."""

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils.text import slugify

from kennispunt.core.links import absolute_url
from kennispunt.mailings.audiences import Audience, Recipient
from kennispunt.mailings.models import Delivery, DeliveryStatus, Mailing, MailingStatus
from kennispunt.mailings.selectors import first_sent_at, mailings_for, mailings_progress
from kennispunt.parties.models import Municipality, Party, Province
from kennispunt.parties.selectors import municipalities_matching

from .models import GriffieContact

AUDIENCE_ALL = "griffies"
AUDIENCE_PREFIX = "griffies-"


# --- Public pages ------------------------------------------------------------------------------


def search_municipalities(*, query: str = "", province: str = "") -> QuerySet[Municipality]:
    """Active municipalities with the number of listed local parties registered there."""
    municipalities = Municipality.objects.filter(is_active=True)
    if query:
        # "Den Haag", "den bosch", "sudwest fryslan": aliases, accents and apostrophes.
        municipalities = municipalities.filter(pk__in=municipalities_matching(query).values("pk"))
    if province:
        municipalities = municipalities.filter(province=province)
    in_register = Q(
        parties__is_listed=True, parties__has_tk_seats=False, parties__is_national_branch=False
    )
    return municipalities.annotate(
        party_count=Count("parties", filter=in_register, distinct=True)
    ).order_by("name")


def municipality_parties(municipality: Municipality) -> QuerySet[Party]:
    """Only what the public party register shows: eligible local parties, name and link."""
    return Party.objects.register().filter(municipalities=municipality).order_by("name")


# --- The griffie audiences for the mailings sender ---------------------------------------------


def audience_key(province: str = "") -> str:
    return f"{AUDIENCE_PREFIX}{slugify(province)}" if province else AUDIENCE_ALL


def province_for_key(key: str) -> str:
    for value, _label in Province.choices:
        if audience_key(value) == key:
            return value
    return ""


def audience_keys() -> list[str]:
    """Every griffie audience: all griffies, and the griffies of each province."""
    return [audience_key(""), *(audience_key(value) for value, _label in Province.choices)]


def reachable_contacts(province: str = "") -> QuerySet[GriffieContact]:
    contacts = GriffieContact.objects.filter(
        opted_out_at__isnull=True, bounced_at__isnull=True, municipality__is_active=True
    )
    if province:
        contacts = contacts.filter(municipality__province=province)
    return contacts


def unsubscribe_url(token: str) -> str:
    return absolute_url("outreach:unsubscribe", token)


def _audience(province: str) -> Audience:
    def recipients() -> Iterator[tuple[int, str]]:
        return (
            reachable_contacts(province)
            .order_by("pk")
            .values_list("pk", "email")
            .iterator(chunk_size=2000)
        )

    def still_wanted(recipient_ids: list[int]) -> dict[int, Recipient]:
        rows = (
            reachable_contacts(province)
            .filter(pk__in=recipient_ids)
            .values_list("pk", "email", "unsubscribe_token")
        )
        return {
            pk: Recipient(
                recipient_id=pk,
                email=email,
                unsubscribe_url=unsubscribe_url(token),
                unsubscribe_subject=f"afmelden griffie {token}",
            )
            for pk, email, token in rows
        }

    return Audience(key=audience_key(province), recipients=recipients, still_wanted=still_wanted)


def griffie_audiences() -> list[Audience]:
    return [_audience(""), *(_audience(value) for value, _label in Province.choices)]


# --- Staff overview ---------------------------------------------------------------------------


class Reach:
    """How far the outreach got for one municipality."""

    NOT_SENT = "not_sent"
    SENT = "sent"
    BOUNCED = "bounced"
    OPTED_OUT = "opted_out"
    NO_CONTACT = "no_contact"

    ORDER = (SENT, BOUNCED, OPTED_OUT, NOT_SENT, NO_CONTACT)


REACH = "reach"  # the annotation (a name in a variable: the type checker knows only fields)


def _reach() -> Case:
    """``reach_of`` in SQL, so the overview can filter and count by it."""
    return Case(
        When(griffie_contact__isnull=True, then=Value(Reach.NO_CONTACT)),
        When(griffie_contact__bounced_at__isnull=False, then=Value(Reach.BOUNCED)),
        When(first_sent__isnull=False, then=Value(Reach.SENT)),
        When(griffie_contact__opted_out_at__isnull=False, then=Value(Reach.OPTED_OUT)),
        default=Value(Reach.NOT_SENT),
        output_field=CharField(),
    )


def _municipalities_with_reach(*, province: str = "", query: str = "") -> QuerySet[Municipality]:
    first_sent = first_sent_at(
        audiences=audience_keys(), recipient_id=OuterRef("griffie_contact__pk")
    )
    municipalities = Municipality.objects.filter(is_active=True)
    if province:
        municipalities = municipalities.filter(province=province)
    if query:
        municipalities = municipalities.filter(name__icontains=query)
    return municipalities.annotate(first_sent=first_sent).annotate(**{REACH: _reach()})


def outreach_overview(
    *, province: str = "", query: str = "", reach: str = ""
) -> QuerySet[Municipality]:
    """Per municipality: its contact, when the outreach first reached it, its reach, and how
    many parties registered with the hub for that municipality since then (one query per
    page)."""
    new_parties = Subquery(
        Party.objects.filter(municipalities=OuterRef("pk"), created_at__gt=OuterRef("first_sent"))
        .order_by()
        .values("municipalities")
        .annotate(n=Count("pk"))
        .values("n"),
        output_field=IntegerField(),
    )
    municipalities = _municipalities_with_reach(province=province, query=query)
    if reach:
        municipalities = municipalities.filter(**{REACH: reach})
    return (
        municipalities.select_related("griffie_contact")
        .annotate(new_parties=Coalesce(new_parties, Value(0)))
        .order_by("name")
    )


def outreach_totals(*, province: str = "", query: str = "") -> dict[str, int]:
    """How many municipalities have each reach (within the province and search), in one
    query; every reach is present, zero when none."""
    rows = (
        _municipalities_with_reach(province=province, query=query)
        .order_by()
        .values(REACH)
        .annotate(n=Count("pk"))
        .values_list(REACH, "n")
    )
    totals = dict.fromkeys(Reach.ORDER, 0)
    totals.update(dict(rows))
    return totals


def reach_of(municipality: Municipality) -> str:
    """Reach of an ``outreach_overview`` row."""
    reach: str | None = getattr(municipality, "reach", None)
    if reach is not None:
        return reach
    contact = getattr(municipality, "griffie_contact", None)
    if contact is None:
        return Reach.NO_CONTACT
    if contact.bounced_at is not None:
        return Reach.BOUNCED
    first_sent: datetime | None = getattr(municipality, "first_sent", None)
    if first_sent is not None:
        return Reach.SENT
    if contact.opted_out_at is not None:
        return Reach.OPTED_OUT
    return Reach.NOT_SENT


def outreach_sends(limit: int = 10) -> list[tuple[Mailing, Any]]:
    """The latest outreach mailings with their progress (two queries)."""
    recent = list(mailings_for(audiences=audience_keys()).select_related("outreach_send")[:limit])
    progress = mailings_progress(m.pk for m in recent)
    return [(m, progress[m.pk]) for m in recent]


def live_outreach_mailing() -> Mailing | None:
    """An outreach mailing that is scheduled or being sent, if any."""
    return (
        mailings_for(audiences=audience_keys())
        .filter(status__in=[MailingStatus.SCHEDULED, MailingStatus.SENDING])
        .first()
    )


def reachable_counts(province: str = "") -> tuple[int, int]:
    """How many griffies a send would reach, and how many of them had it before."""
    contacts = reachable_contacts(province)
    received = Delivery.objects.filter(
        mailing__audience__in=audience_keys(),
        recipient_id=OuterRef("pk"),
        status=DeliveryStatus.SENT,
    )
    counts = contacts.aggregate(total=Count("pk"), already=Count("pk", filter=Q(Exists(received))))
    return counts["total"], counts["already"]
