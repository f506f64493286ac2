"""Helpers for the outreach tests (unit and browser)."""

from django.utils.text import slugify

from kennispunt.outreach.models import GriffieContact
from kennispunt.parties.models import Municipality, Party


def make_municipality(code: str, name: str, province: str = "Utrecht") -> Municipality:
    municipality, _ = Municipality.objects.get_or_create(
        cbs_code=code, defaults={"name": name, "slug": slugify(name), "province": province}
    )
    return municipality


def make_contact(municipality: Municipality, email: str = "") -> GriffieContact:
    return GriffieContact.objects.create(
        municipality=municipality, email=email or f"griffie@{municipality.slug}.example.org"
    )


def make_local_party(name: str, slug: str, municipality: Municipality, **extra: object) -> Party:
    party = Party.objects.create(name=name, slug=slug, **extra)
    party.municipalities.add(municipality)
    return party
