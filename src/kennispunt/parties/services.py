"""Changes to memberships and party registrations. Every change is logged (who, what, when)
and announced by e-mail, rendered here when the change is made and queued (``core.mail``)."""

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from kennispunt.core.audit import log_action
from kennispunt.core.links import absolute_url
from kennispunt.core.mail import send_templated

from .models import (
    Membership,
    MembershipFunction,
    MembershipRole,
    MembershipStatus,
    Municipality,
    Party,
    PartyFunction,
    PartyRegistration,
    RegistrationStatus,
    ReviewerPreference,
)
from .names import normalise
from .selectors import can_assign_functions, can_decide, decider_emails, registration_reviewers
from .waiting import REVIEW_WORKING_DAYS, decision_expected_by

MAX_PENDING_REQUESTS = 3


def _mail_requested(membership: Membership) -> None:
    """Tell whoever can decide that a request waits (one e-mail each: addresses stay private)."""
    for email in decider_emails(membership.party):
        send_templated("parties/email/membership_requested", [email], {"membership": membership})


def _mail_decided(membership: Membership) -> None:
    send_templated(
        "parties/email/membership_decided", [membership.user.email], {"membership": membership}
    )


@transaction.atomic
def membership_request(
    *, user: Any, party: Party, role: str, consent: bool, consent_text: str
) -> Membership:
    """A person asks to be linked to a party. Needs explicit consent (art. 9(2)(a) AVG)."""
    if not consent:
        raise ValidationError(_("Zonder uw toestemming kunnen we uw lidmaatschap niet vastleggen."))
    if role not in MembershipRole.values:
        raise ValidationError(_("Kies een rol."))
    pending = Membership.objects.filter(user=user, status=MembershipStatus.PENDING).count()
    if pending >= MAX_PENDING_REQUESTS:
        # Each request e-mails a party's board; this keeps one account from spamming many.
        raise ValidationError(
            _("U hebt al drie aanvragen die nog worden beoordeeld. Wacht daar eerst op.")
        )
    try:
        with transaction.atomic():
            membership = Membership.objects.create(
                user=user,
                party=party,
                role=role,
                consent_given_at=timezone.now(),
                consent_text=consent_text,
            )
    except IntegrityError as exc:
        raise ValidationError(
            _("U bent al lid van deze partij of uw aanvraag wordt nog beoordeeld.")
        ) from exc
    log_action(membership, "membership.requested", user=user, data={"role": role})
    _mail_requested(membership)
    return membership


def _decide(membership: Membership, by: Any) -> None:
    if not can_decide(by, membership):
        raise PermissionDenied
    if membership.status != MembershipStatus.PENDING:
        raise ValidationError(_("Deze aanvraag is al beoordeeld."))


@transaction.atomic
def membership_verify(*, membership: Membership, by: Any) -> Membership:
    membership = (
        Membership.objects.select_for_update().select_related("party").get(pk=membership.pk)
    )
    _decide(membership, by)
    membership.status = MembershipStatus.VERIFIED
    membership.decided_at = timezone.now()
    membership.decided_by = by
    membership.save(update_fields=["status", "decided_at", "decided_by"])
    log_action(membership, "membership.verified", user=by)
    _mail_decided(membership)
    return membership


@transaction.atomic
def membership_reject(*, membership: Membership, by: Any, reason: str) -> Membership:
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Geef een reden, zodat de aanvrager weet waarom."))
    membership = (
        Membership.objects.select_for_update().select_related("party").get(pk=membership.pk)
    )
    _decide(membership, by)
    membership.status = MembershipStatus.REJECTED
    membership.decided_at = timezone.now()
    membership.decided_by = by
    membership.rejection_reason = reason
    membership.save(update_fields=["status", "decided_at", "decided_by", "rejection_reason"])
    log_action(membership, "membership.rejected", user=by)
    _mail_decided(membership)
    return membership


@transaction.atomic
def membership_end(*, membership: Membership, by: Any) -> Membership:
    """The member leaves, or the party's board or staff end the link."""
    if membership.user_id != by.pk and not can_decide(by, membership):
        raise PermissionDenied
    if not membership.is_active:
        raise ValidationError(_("Dit lidmaatschap is al beëindigd."))
    membership.status = MembershipStatus.ENDED
    membership.ended_at = timezone.now()
    membership.save(update_fields=["status", "ended_at"])
    log_action(membership, "membership.ended", user=by)
    return membership


@transaction.atomic
def membership_functions_set(
    *, membership: Membership, functions: Iterable[str], by: Any
) -> list[str]:
    """Give a verified member exactly these functions (penningmeester, ...); log each change.

    The board or staff decide. A board member may hold functions themselves (the secretary is
    often the treasurer), so unlike a membership decision this is allowed for one's own row.
    """
    if not can_assign_functions(by, membership.party):
        raise PermissionDenied
    wanted = set(functions)
    unknown = wanted - set(PartyFunction.values)
    if unknown:
        raise ValidationError(_("Onbekende taak: %(taak)s.") % {"taak": ", ".join(sorted(unknown))})
    if wanted and membership.status != MembershipStatus.VERIFIED:
        raise ValidationError(_("Alleen een bevestigd lid kan een taak krijgen."))
    # Lock the membership so two board members saving at once cannot both add a row.
    Membership.objects.select_for_update().filter(pk=membership.pk).first()
    current = set(membership.functions.values_list("function", flat=True))
    for function in sorted(wanted - current):
        MembershipFunction.objects.create(membership=membership, function=function, assigned_by=by)
        log_action(membership, "membership.function_assigned", user=by, data={"function": function})
    for function in sorted(current - wanted):
        membership.functions.filter(function=function).delete()
        log_action(
            membership, "membership.function_withdrawn", user=by, data={"function": function}
        )
    return sorted(wanted)


# --- Party registrations ----------------------------------------------------------------------

MAX_PENDING_REGISTRATIONS = 3
# Path segments below /partijen/ that a party's slug must not take.
RESERVED_SLUGS = frozenset(
    {"aanmelden", "aanmeldingen", "financien", "lidmaatschap", "mijn-aanvragen"}
)


class NotEligibleParty(ValidationError):
    """A national party's branch, or a party with seats in the Tweede Kamer."""


@transaction.atomic
def party_registration_submit(
    *,
    user: Any,
    name: str,
    municipalities: Iterable[Municipality],
    is_national: bool,
    role: str,
    consent: bool,
    consent_text: str,
    website: str = "",
    kvk_number: str = "",
) -> PartyRegistration:
    """A signed-in person asks to add a local party to the register, with themselves as board."""
    if is_national:
        raise NotEligibleParty(
            _(
                "Een afdeling van een landelijke partij of een partij met Kamerzetels kan zich "
                "niet aanmelden."
            )
        )
    if not consent:
        raise ValidationError(_("Zonder uw toestemming kunnen we uw lidmaatschap niet vastleggen."))
    if role not in MembershipRole.values:
        raise ValidationError(_("Kies een rol."))
    name = " ".join(name.split())
    municipalities = list(municipalities)
    if not name or not municipalities:
        raise ValidationError(_("Vul de naam van de partij en de gemeente in."))
    pending = PartyRegistration.objects.filter(registrant=user, status=RegistrationStatus.PENDING)
    if pending.count() >= MAX_PENDING_REGISTRATIONS:
        raise ValidationError(
            _("U hebt al drie aanmeldingen die nog worden beoordeeld. Wacht daar eerst op.")
        )
    wanted = normalise(name)
    if any(normalise(r.name) == wanted for r in pending):
        raise ValidationError(
            _("U hebt deze partij al aangemeld. De aanmelding wordt nog beoordeeld.")
        )
    for party in Party.objects.listed().filter(municipalities__in=municipalities).distinct():
        if normalise(party.name) == wanted:
            raise ValidationError(
                _("%(party)s staat al in het register. Vraag daar het lidmaatschap van aan.")
                % {"party": party.name}
            )
    registration = PartyRegistration.objects.create(
        registrant=user,
        name=name,
        website=website,
        kvk_number=kvk_number,
        role=role,
        consent_given_at=timezone.now(),
        consent_text=consent_text,
    )
    registration.municipalities.set(municipalities)
    log_action(
        registration,
        "party_registration.submitted",
        user=user,
        data={"municipalities": [m.cbs_code for m in municipalities]},
    )
    context = {
        "registration": registration,
        "municipalities": municipalities,
        "working_days": REVIEW_WORKING_DAYS,
        "expected_by": decision_expected_by(registration.requested_at),
        "status_url": absolute_url(registration),
    }
    send_templated("parties/email/registration_received", [user.email], context)
    review_url = absolute_url("parties:registration_review", pk=registration.pk)
    for reviewer in registration_reviewers().exclude(pk=user.pk):
        send_templated(
            "parties/email/registration_new",
            [reviewer.email],
            {
                **context,
                "review_url": review_url,
                "preferences_url": absolute_url("parties:reviewer_preferences"),
            },
        )
    return registration


def _review_check(registration: PartyRegistration, by: Any) -> None:
    if not by.has_perm("parties.review_party_registration") or registration.registrant_id == by.pk:
        raise PermissionDenied
    if registration.status != RegistrationStatus.PENDING:
        raise ValidationError(_("Deze aanmelding is al beoordeeld."))


def _unique_slug(name: str, municipalities: list[Municipality]) -> str:
    base = slugify(name)[:140] or "partij"
    candidates = [base]
    if municipalities:
        candidates.append(f"{base}-{municipalities[0].slug}"[:150])
    for candidate in candidates:
        if candidate not in RESERVED_SLUGS and not Party.objects.filter(slug=candidate).exists():
            return candidate
    number = 2
    while Party.objects.filter(slug=f"{base}-{number}").exists():
        number += 1
    return f"{base}-{number}"


def _announce_decision(registration: PartyRegistration) -> None:
    send_templated(
        "parties/email/registration_decided",
        [registration.registrant.email],
        {"registration": registration, "status_url": absolute_url(registration)},
    )


@transaction.atomic
def party_registration_approve(*, registration: PartyRegistration, by: Any) -> Party:
    """The party enters the public register; the registrant is its verified board member."""
    registration = (
        PartyRegistration.objects.select_for_update()
        .select_related("registrant")
        .get(pk=registration.pk)
    )
    _review_check(registration, by)
    municipalities = list(registration.municipalities.all())
    now = timezone.now()
    party = Party.objects.create(
        name=registration.name,
        slug=_unique_slug(registration.name, municipalities),
        website=registration.website,
        kvk_number=registration.kvk_number,
        is_listed=True,
    )
    party.municipalities.set(municipalities)
    membership = Membership.objects.create(
        user=registration.registrant,
        party=party,
        role=MembershipRole.BESTUURSLID,
        status=MembershipStatus.VERIFIED,
        consent_given_at=registration.consent_given_at,
        consent_text=registration.consent_text,
        decided_at=now,
        decided_by=by,
    )
    registration.status = RegistrationStatus.APPROVED
    registration.decided_at = now
    registration.decided_by = by
    registration.party = party
    registration.save(update_fields=["status", "decided_at", "decided_by", "party"])
    log_action(registration, "party_registration.approved", user=by, data={"party": party.pk})
    log_action(party, "party.created", user=by, data={"registration": registration.pk})
    log_action(membership, "membership.verified", user=by)
    _announce_decision(registration)
    return party


@transaction.atomic
def party_registration_reject(
    *, registration: PartyRegistration, by: Any, reason: str
) -> PartyRegistration:
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Geef een reden, zodat de aanmelder weet waarom."))
    registration = (
        PartyRegistration.objects.select_for_update()
        .select_related("registrant")
        .get(pk=registration.pk)
    )
    _review_check(registration, by)
    registration.status = RegistrationStatus.REJECTED
    registration.decided_at = timezone.now()
    registration.decided_by = by
    registration.rejection_reason = reason
    registration.save(update_fields=["status", "decided_at", "decided_by", "rejection_reason"])
    log_action(registration, "party_registration.rejected", user=by)
    _announce_decision(registration)
    return registration


def reviewer_preference_set(*, user: Any, notify_party_registrations: bool) -> ReviewerPreference:
    preference, _created = ReviewerPreference.objects.update_or_create(
        user=user, defaults={"notify_party_registrations": notify_party_registrations}
    )
    return preference
