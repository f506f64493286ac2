"""People with a role, made directly: the demo content's cast and the test world use this.

Unlike ``services`` nothing here asks for consent on a form, e-mails a board or writes the
audit log: it sets up accounts as if those steps had happened. Idempotent: a person is found by
e-mail address, a membership by person and party, and nothing that exists is changed.
"""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from kennispunt.accounts.models import User

from .models import Membership, MembershipFunction, MembershipRole, MembershipStatus, Party


@transaction.atomic
def person_ensure(
    *,
    email: str,
    password: str,
    first_name: str = "",
    staff_role: str = "",
    totp_secret: str = "",
    party: Party | None = None,
    party_role: str = MembershipRole.LID,
    membership_status: str = MembershipStatus.VERIFIED,
    consent_text: str = "",
) -> User:
    """An account with a verified e-mail address, and what the role needs.

    ``staff_role``: the staff group, with two-step verification by ``totp_secret`` (staff
    cannot log in without it). ``party``: a membership with ``party_role`` and
    ``membership_status``, recorded with ``consent_text``.
    """
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email=email, password=password, first_name=first_name)
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    if staff_role:
        if not totp_secret:
            raise ValueError("Staff need a TOTP secret: they cannot log in without one.")
        user.groups.add(Group.objects.get(name=staff_role))
        if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            TOTP.activate(user, totp_secret)
    if party is not None:
        membership_ensure(
            user=user,
            party=party,
            role=party_role,
            status=membership_status,
            consent_text=consent_text,
        )
    return user


def membership_ensure(
    *,
    user: User,
    party: Party,
    role: str = MembershipRole.LID,
    status: str = MembershipStatus.VERIFIED,
    consent_text: str,
) -> Membership:
    """The person's membership of the party; a decided one (not pending) has a decision date."""
    if not consent_text:
        raise ValueError("A membership is recorded with the text the member consented to.")
    existing = Membership.objects.filter(user=user, party=party).first()
    if existing is not None:
        return existing
    now = timezone.now()
    return Membership.objects.create(
        user=user,
        party=party,
        role=role,
        status=status,
        consent_given_at=now,
        consent_text=consent_text,
        decided_at=None if status == MembershipStatus.PENDING else now,
    )


def function_ensure(membership: Membership, function: str) -> MembershipFunction:
    """The member holds the function (``PartyFunction``), as if their board had given it."""
    held, _created = MembershipFunction.objects.get_or_create(
        membership=membership, function=function
    )
    return held
