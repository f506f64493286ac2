"""Changes to the pool: profiles, their renewal and expiry, and contact requests.

Anonymity is kept here, not in the templates alone: a message to a party's board is rendered
from the profile's pseudonym until the request is accepted, and only ``request_decide`` with
``accept=True`` puts the person's name and address in a mail to the board.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kennispunt.core.audit import log_action
from kennispunt.core.mail import send_templated
from kennispunt.parties.models import Municipality, Party

from . import selectors
from .choices import TagKind
from .models import ContactRequest, PoolProfile, ProfileTag, RequestStatus, new_code

PROFILE_LIFETIME = timedelta(days=365)
REMINDER_BEFORE = timedelta(days=30)
REQUEST_LIFETIME = timedelta(days=30)
# An expired profile is kept this long, so a late "vernieuwen" still works; then it goes.
PURGE_AFTER_EXPIRY = timedelta(days=90)


@dataclass(frozen=True)
class ProfileData:
    available_from: date
    hours_per_week: int
    mid_term: bool
    nickname: str = ""
    about: str = ""
    competences: list[str] = field(default_factory=list)
    portfolios: list[str] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    municipalities: list[Municipality] = field(default_factory=list)


def _set_tags(profile: PoolProfile, data: ProfileData) -> None:
    profile.tags.all().delete()
    ProfileTag.objects.bulk_create(
        [
            ProfileTag(profile=profile, kind=kind, value=value)
            for kind, values in (
                (TagKind.COMPETENCE, data.competences),
                (TagKind.PORTFOLIO, data.portfolios),
                (TagKind.PROVINCE, data.provinces),
            )
            for value in dict.fromkeys(values)
        ]
    )
    profile.municipalities.set(data.municipalities)


def _unique_code() -> str:
    for _attempt in range(20):
        code = new_code()
        if not PoolProfile.objects.filter(code=code).exists():
            return code
    raise RuntimeError("No free profile code found.")  # 32**4 codes: not in this lifetime


@transaction.atomic
def profile_create(
    *, user: Any, data: ProfileData, consent: bool, consent_text: str
) -> PoolProfile:
    """Join the pool. Needs a verified e-mail address and explicit consent (art. 9(2)(a) AVG)."""
    if not consent:
        raise ValidationError(_("Zonder uw toestemming kunnen wij u niet in de pool opnemen."))
    if not selectors.has_verified_email(user):
        raise PermissionDenied
    if PoolProfile.objects.filter(user=user).exists():
        raise ValidationError(_("U staat al in de wethouderspool."))
    now = timezone.now()
    profile = PoolProfile.objects.create(
        user=user,
        code=_unique_code(),
        nickname=data.nickname,
        available_from=data.available_from,
        hours_per_week=data.hours_per_week,
        mid_term=data.mid_term,
        about=data.about,
        consent_text=consent_text,
        consent_given_at=now,
        renewed_at=now,
        expires_at=now + PROFILE_LIFETIME,
    )
    _set_tags(profile, data)
    log_action(profile, "pool.profile_created", user)
    return profile


@transaction.atomic
def profile_update(*, profile: PoolProfile, data: ProfileData, user: Any) -> PoolProfile:
    profile.nickname = data.nickname
    profile.available_from = data.available_from
    profile.hours_per_week = data.hours_per_week
    profile.mid_term = data.mid_term
    profile.about = data.about
    profile.save(
        update_fields=["nickname", "available_from", "hours_per_week", "mid_term", "about"]
    )
    _set_tags(profile, data)
    log_action(profile, "pool.profile_changed", user)
    return profile


@transaction.atomic
def profile_renew(*, profile: PoolProfile, user: Any) -> PoolProfile:
    """Another twelve months from now; the reminder may be sent again before the new end."""
    now = timezone.now()
    profile.renewed_at = now
    profile.expires_at = now + PROFILE_LIFETIME
    profile.reminder_sent_at = None
    profile.save(update_fields=["renewed_at", "expires_at", "reminder_sent_at"])
    log_action(profile, "pool.profile_renewed", user)
    return profile


@transaction.atomic
def profile_delete(*, profile: PoolProfile, user: Any) -> None:
    """Leave the pool: the profile and every request to it go."""
    log_action(profile, "pool.profile_deleted", user)
    profile.delete()


def _board_emails(party: Party) -> list[str]:
    from kennispunt.parties.selectors import board_memberships

    return list(board_memberships(party).values_list("user__email", flat=True))


@transaction.atomic
def request_send(*, profile: PoolProfile, party: Party, user: Any, message: str) -> ContactRequest:
    """A party's board asks a person for contact. The person gets the party and the message;
    the party learns nothing of the person until they accept."""
    if not selectors.searching_parties(user).filter(pk=party.pk).exists():
        raise PermissionDenied
    if profile.user_id == user.pk or not profile.is_visible:
        raise PermissionDenied
    # Lock the party's row: two board members sending at once cannot pass the limit together.
    Party.objects.select_for_update().filter(pk=party.pk).first()
    if selectors.open_requests_count(party) >= selectors.MAX_OPEN_REQUESTS_PER_PARTY:
        raise ValidationError(
            _(
                "Uw partij heeft al %(count)s verzoeken die op antwoord wachten. Wacht op een "
                "antwoord of tot een verzoek verloopt voordat u een nieuw verzoek stuurt."
            )
            % {"count": selectors.MAX_OPEN_REQUESTS_PER_PARTY}
        )
    try:
        with transaction.atomic():
            request = ContactRequest.objects.create(
                profile=profile,
                party=party,
                sent_by=user,
                message=message,
                expires_at=timezone.now() + REQUEST_LIFETIME,
            )
    except IntegrityError:
        raise ValidationError(
            _("Uw partij heeft deze kandidaat al een verzoek gestuurd dat op antwoord wacht.")
        ) from None
    log_action(request, "pool.request_sent", user, {"party": party.pk})
    send_templated(
        "alderman_pool/email/request_received",
        [profile.user.email],
        {"request": request, "party": party, "profile": profile},
    )
    return request


@transaction.atomic
def request_note(*, request: ContactRequest, user: Any, note: str) -> ContactRequest:
    """The board's own note on a request; it never reaches the person."""
    if not selectors.searching_parties(user).filter(pk=request.party_id).exists():
        raise PermissionDenied
    request.board_note = note
    request.save(update_fields=["board_note"])
    return request


@transaction.atomic
def request_decide(*, request: ContactRequest, user: Any, accept: bool) -> ContactRequest:
    """The person answers. Accepting sends each side the other's contact details; declining
    tells the party nothing (it reads "gesloten zonder contact", as for an expired request)."""
    request = (
        ContactRequest.objects.select_for_update(of=("self",))
        .select_related("profile__user", "party", "sent_by")
        .get(pk=request.pk)
    )
    if request.profile.user_id != user.pk:
        raise PermissionDenied
    if not request.is_open:
        raise ValidationError(_("Op dit verzoek is al geantwoord of het is verlopen."))
    request.status = RequestStatus.ACCEPTED if accept else RequestStatus.DECLINED
    request.decided_at = timezone.now()
    request.save(update_fields=["status", "decided_at"])
    log_action(request, f"pool.request_{request.status}", user)
    if accept:
        person = request.profile.user
        board = _board_emails(request.party)
        sender_email = request.sent_by.email if request.sent_by else ""
        send_templated(
            "alderman_pool/email/accepted_board",
            sorted({sender_email, *board} - {""}),
            {
                "request": request,
                "party": request.party,
                "profile": request.profile,
                "person_name": person.get_full_name() or person.first_name,
                "person_email": person.email,
            },
        )
        sender = request.sent_by
        send_templated(
            "alderman_pool/email/accepted_person",
            [person.email],
            {
                "request": request,
                "party": request.party,
                "sender_name": (sender.get_full_name() or sender.first_name) if sender else "",
                "sender_email": sender_email or (board[0] if board else ""),
            },
        )
    return request


def requests_expire() -> int:
    """Open requests without an answer close after their time; the party sees "gesloten"."""
    return ContactRequest.objects.filter(
        status=RequestStatus.OPEN, expires_at__lte=timezone.now()
    ).update(status=RequestStatus.EXPIRED)


def reminders_send() -> int:
    """One mail a month before a profile expires, with the link to renew; sent once."""
    sent = 0
    for profile in selectors.expiring_soon(within_days=REMINDER_BEFORE.days):
        with transaction.atomic():
            marked = PoolProfile.objects.filter(
                pk=profile.pk, reminder_sent_at__isnull=True
            ).update(reminder_sent_at=timezone.now())
            if not marked:
                continue
            send_templated(
                "alderman_pool/email/expiring", [profile.user.email], {"profile": profile}
            )
        sent += 1
    return sent


def profiles_purge() -> int:
    """Profiles expired long ago go, with their requests: no one renewed them."""
    cutoff = timezone.now() - PURGE_AFTER_EXPIRY
    deleted, _counts = PoolProfile.objects.filter(expires_at__lte=cutoff).delete()
    return deleted
