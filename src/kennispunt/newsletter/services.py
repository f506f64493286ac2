"""Subscribing, confirming and leaving the newsletter (double opt-in, consent log), and
sending an issue to a segment with the version for the archive."""

from datetime import datetime
from typing import Any

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kennispunt.core.audit import log_action
from kennispunt.core.links import absolute_url
from kennispunt.core.mail import send_templated
from kennispunt.mailings import services as mailings
from kennispunt.mailings.models import Mailing
from kennispunt.mailings.selectors import mailings_for

from .models import ConsentAction, ConsentRecord, SentEdition, Subscriber, SubscriberStatus

AUDIENCE = "newsletter"
CONFIRM_SALT = "kennispunt.newsletter.confirm"
CONFIRM_MAX_AGE = 60 * 60 * 24 * 7  # a week

# The exact texts people agree to (as shown, in their language); stored with every record.
CONSENT_TEXT_SUBSCRIBE = gettext_lazy(
    "Ja, stuur mij de maandelijkse nieuwsbrief van het Kennispunt. Ik kan mij altijd afmelden "
    "met de link onderaan elke nieuwsbrief."
)
CONSENT_TEXT_CONFIRM = gettext_lazy("Ik bevestig dat ik de nieuwsbrief wil ontvangen.")
CONSENT_TEXT_UNSUBSCRIBE = gettext_lazy("Ik wil de nieuwsbrief niet meer ontvangen.")


def confirmation_token(subscriber: Subscriber) -> str:
    return signing.dumps({"s": subscriber.pk, "e": subscriber.email.lower()}, salt=CONFIRM_SALT)


def subscriber_for_token(token: str) -> Subscriber | None:
    """The subscriber a confirmation link belongs to; None when forged, changed or expired."""
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.BadSignature:
        return None
    subscriber = Subscriber.objects.filter(pk=data.get("s")).first()
    if subscriber is None or subscriber.email.lower() != data.get("e"):
        return None
    return subscriber


def unsubscribe_url_for_token(token: str) -> str:
    return absolute_url("newsletter:unsubscribe", token)


def unsubscribe_url(subscriber: Subscriber) -> str:
    return unsubscribe_url_for_token(subscriber.unsubscribe_token)


def _send_confirmation(subscriber: Subscriber) -> None:
    context = {
        "subscriber": subscriber,
        "confirm_url": absolute_url("newsletter:confirm", confirmation_token(subscriber)),
        "days": CONFIRM_MAX_AGE // 86400,
    }
    send_templated("newsletter/email/confirm", [subscriber.email], context)


def _consent(subscriber: Subscriber, action: str, text: str, source: str) -> None:
    ConsentRecord.objects.create(
        subscriber=subscriber, action=action, text=text, source=source[:300]
    )


@transaction.atomic
def subscription_request(
    *,
    email: str,
    name: str = "",
    municipality: Any = None,
    source: str,
    user: Any = None,
) -> Subscriber | None:
    """Record the wish and mail a confirmation link. Same outcome whether or not the address
    is known (no one learns who subscribes); an active subscriber gets no second mail."""
    email = email.strip()
    subscriber = Subscriber.objects.filter(email__iexact=email).first()
    if subscriber is not None and subscriber.status == SubscriberStatus.ACTIVE:
        return subscriber
    if subscriber is None:
        subscriber = Subscriber(email=email)
    subscriber.name = name or subscriber.name
    subscriber.municipality = municipality or subscriber.municipality
    if user is not None and getattr(user, "is_authenticated", False):
        if user.email.lower() == email.lower():
            subscriber.user = user
    subscriber.status = SubscriberStatus.PENDING
    subscriber.save()
    _consent(subscriber, ConsentAction.SUBSCRIBE, str(CONSENT_TEXT_SUBSCRIBE), source)
    _send_confirmation(subscriber)
    return subscriber


@transaction.atomic
def subscription_confirm(*, subscriber: Subscriber, source: str) -> bool:
    """Activate a pending subscription. False when it was not waiting for confirmation."""
    updated = Subscriber.objects.filter(pk=subscriber.pk, status=SubscriberStatus.PENDING).update(
        status=SubscriberStatus.ACTIVE, confirmed_at=timezone.now(), unsubscribed_at=None
    )
    if not updated:
        return False
    _consent(subscriber, ConsentAction.CONFIRM, str(CONSENT_TEXT_CONFIRM), source)
    log_action(subscriber, "newsletter.confirmed")
    return True


@transaction.atomic
def subscription_cancel(
    *,
    subscriber: Subscriber,
    source: str,
    action: str = ConsentAction.UNSUBSCRIBE,
    status: str = SubscriberStatus.UNSUBSCRIBED,
    text: str = "",
) -> bool:
    """Unsubscribe (or deactivate after a bounce): no further mail, pending deliveries skipped."""
    updated = (
        Subscriber.objects.filter(pk=subscriber.pk)
        .exclude(status=status)
        .update(status=status, unsubscribed_at=timezone.now())
    )
    mailings.recipients_skip(audience=AUDIENCE, recipient_ids=[subscriber.pk])
    if not updated:
        return False
    _consent(subscriber, action, text or str(CONSENT_TEXT_UNSUBSCRIBE), source)
    log_action(subscriber, f"newsletter.{status}")
    return True


def subscription_deactivate(*, email: str, reason: str, source: str) -> int:
    """A hard bounce or a spam complaint: stop mailing this address."""
    status = SubscriberStatus.COMPLAINED if reason == "complained" else SubscriberStatus.BOUNCED
    count = 0
    for subscriber in Subscriber.objects.filter(email__iexact=email):
        if subscription_cancel(
            subscriber=subscriber,
            source=source,
            action=ConsentAction.DEACTIVATE,
            status=status,
            text=f"Uitgeschakeld: {reason}.",
        ):
            count += 1
    return count


# --- Sending an issue -------------------------------------------------------------------------


class SendRefused(Exception):
    """The issue may not be sent now; the message says why (for the editor)."""


ARCHIVE_UNSUBSCRIBE_URL_NAME = "newsletter:manage"


def edition_record(
    *,
    page: Any,
    mailing: Any,
    sections: list[dict[str, Any]],
    rendered: Any,
    provinces: list[str] | None = None,
    municipalities: Any = (),
) -> SentEdition:
    """Store what a mailing of an issue contains (for the archive) and its segment. Called in
    the transaction that creates the mailing, from the same render as the mailing."""
    from .rendering import issue_web_html

    neutral = absolute_url(ARCHIVE_UNSUBSCRIBE_URL_NAME)
    edition = SentEdition.objects.create(
        page=page,
        mailing=mailing,
        web_html=issue_web_html(sections),
        html_body=rendered.html_body.replace(rendered.placeholder, neutral),
        text_body=rendered.text_body.replace(rendered.placeholder, neutral),
        provinces=sorted(provinces or []),
    )
    if municipalities:
        edition.municipalities.set(municipalities)
    return edition


def issue_send(
    *,
    page: Any,
    user: Any,
    provinces: list[str] | None = None,
    municipalities: Any = (),
    scheduled_at: datetime | None = None,
) -> Mailing:
    """Schedule (or, without ``scheduled_at``, start at once) the mailing of a published issue
    to a segment: subscribers in ``provinces`` or ``municipalities``, everyone when both are
    empty. The issue is rendered once; the mailing and the archived edition get that render
    in one transaction. The page row is locked, so a double click or two editors wait for
    each other and the second is refused (a unique constraint is the backstop)."""
    from wagtail.models import Page

    from .rendering import issue_render, issue_sections

    try:
        with transaction.atomic():
            locked = Page.objects.select_for_update().get(pk=page.pk)
            if not locked.live or locked.has_unpublished_changes:
                raise SendRefused(
                    _("Publiceer de nieuwsbrief eerst; verzonden wordt de gepubliceerde versie.")
                )
            if mailings_for(
                audiences=[AUDIENCE], source_id=page.pk, include_cancelled=False
            ).exists():
                raise SendRefused(_("Deze nieuwsbrief is al verzonden of ingepland."))
            issue = page.specific
            sections = issue_sections(issue)
            rendered = issue_render(issue, sections)
            mailing = mailings.mailing_create(
                audience=AUDIENCE,
                rendered=rendered,
                scheduled_at=scheduled_at,
                source_id=page.pk,
                user=user,
            )
            edition_record(
                page=issue,
                mailing=mailing,
                sections=sections,
                rendered=rendered,
                provinces=provinces,
                municipalities=municipalities,
            )
            log_action(
                issue,
                "newsletter.send",
                user,
                {"provinces": sorted(provinces or []), "municipalities": len(municipalities)},
            )
    except IntegrityError as exc:
        raise SendRefused(_("Deze nieuwsbrief is al verzonden of ingepland.")) from exc
    if scheduled_at is None:
        mailings.mailing_send_now(mailing=mailing)
    return mailing
