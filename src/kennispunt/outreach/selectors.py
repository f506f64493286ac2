"""Reads: public municipality pages, the griffie audiences for the sender, the staff overview."""

from collections.abc import Iterator
from datetime import datetime

from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.text import slugify

from kennispunt.core.links import absolute_url
from kennispunt.mailings.audiences import Audience, Recipient
from kennispunt.mailings.selectors import first_sent_at
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


def outreach_overview(*, province: str = "", query: str = "") -> QuerySet[Municipality]:
    """Per municipality: its contact, when the outreach first reached it, and how many parties
    registered with the hub for that municipality since then (one query per page)."""
    first_sent = first_sent_at(
        audiences=audience_keys(), recipient_id=OuterRef("griffie_contact__pk")
    )
    new_parties = Subquery(
        Party.objects.filter(municipalities=OuterRef("pk"), created_at__gt=OuterRef("first_sent"))
        .order_by()
        .values("municipalities")
        .annotate(n=Count("pk"))
        .values("n"),
        output_field=IntegerField(),
    )
    municipalities = Municipality.objects.filter(is_active=True)
    if province:
        municipalities = municipalities.filter(province=province)
    if query:
        municipalities = municipalities.filter(name__icontains=query)
    return (
        municipalities.select_related("griffie_contact")
        .annotate(first_sent=first_sent)
        .annotate(new_parties=Coalesce(new_parties, Value(0)))
        .order_by("name")
    )


def reach_of(municipality: Municipality) -> str:
    """Reach of an ``outreach_overview`` row."""
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
