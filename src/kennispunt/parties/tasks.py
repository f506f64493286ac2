"""E-mails about memberships, sent by the task worker, never inside the request."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from kennispunt.core.mail import render_subject

from .models import Membership, MembershipStatus
from .selectors import board_memberships


def _send(template: str, context: dict, recipients: list[str]) -> None:
    if not recipients:
        return
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_subject(f"parties/email/{template}_subject.txt", context)
        body = render_to_string(f"parties/email/{template}.txt", context)
    send_mail(subject, body, None, recipients)


@task()
def notify_membership_requested(membership_id: int) -> None:
    """Tell whoever can decide (the party's board, else staff) that a request waits."""
    membership = Membership.objects.select_related("party").filter(pk=membership_id).first()
    if membership is None or membership.status != MembershipStatus.PENDING:
        return
    board = list(board_memberships(membership.party).values_list("user__email", flat=True))
    if not board:
        board = list(
            get_user_model()
            .objects.filter(
                Q(groups__permissions__codename="verify_membership") | Q(is_superuser=True),
                is_active=True,
            )
            .distinct()
            .values_list("email", flat=True)
        )
    context = {"membership": membership, "site_url": settings.SITE_URL}
    _send("membership_requested", context, board)


@task()
def notify_membership_decided(membership_id: int) -> None:
    membership = Membership.objects.select_related("party", "user").filter(pk=membership_id).first()
    if membership is None:
        return
    context = {"membership": membership, "site_url": settings.SITE_URL}
    _send("membership_decided", context, [membership.user.email])
