"""Changes to memberships. Every change is logged (who, what, when) and announced by e-mail.

The e-mail is rendered here, when the change is made, and queued (``core.mail``).
"""

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kennispunt.core.audit import log_action
from kennispunt.core.mail import send_templated

from .models import Membership, MembershipRole, MembershipStatus, Party
from .selectors import can_decide, decider_emails

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
