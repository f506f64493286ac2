"""Reads for the helpdesk: who sees which ticket, the staff queue, suggestions and reports."""

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from kennispunt.core import suggestions as core_suggestions
from kennispunt.core.suggestions import Suggestion
from kennispunt.parties.eligibility import eligible_parties

from .models import (
    OPEN_STATUSES,
    PUBLIC_KINDS,
    AgentPreference,
    Attachment,
    Ticket,
    TicketMessage,
)

STAFF_PERMISSION = "helpdesk.work_ticket"
REPORT_PERMISSION = "helpdesk.view_helpdesk_report"


def is_helpdesk_staff(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.has_perm(STAFF_PERMISSION))


def visible_tickets(user: Any) -> QuerySet[Ticket]:
    """Tickets an asker may read: their own, and those of the parties they are a member of."""
    if not getattr(user, "is_authenticated", False):
        return Ticket.objects.none()
    return Ticket.objects.filter(
        Q(asker=user) | Q(party__in=eligible_parties(user)),
        merged_into__isnull=True,
        anonymised_at__isnull=True,
    )


def my_tickets(user: Any) -> QuerySet[Ticket]:
    return visible_tickets(user).select_related("party").order_by("-created_at")


def ticket_for_asker(user: Any, reference: str) -> Ticket | None:
    return (
        visible_tickets(user).select_related("party", "asker").filter(reference=reference).first()
    )


def public_messages(ticket: Ticket) -> QuerySet[TicketMessage]:
    return (
        ticket.messages.filter(kind__in=PUBLIC_KINDS)
        .select_related("author")
        .prefetch_related("attachments")
    )


def all_messages(ticket: Ticket) -> QuerySet[TicketMessage]:
    return ticket.messages.select_related("author").prefetch_related("attachments")


def attachment_for(user: Any, public_id: Any) -> Attachment | None:
    """The attachment when ``user`` may download it: staff, or an asker of a public message."""
    attachments = Attachment.objects.select_related("message__ticket")
    if is_helpdesk_staff(user):
        return attachments.filter(public_id=public_id).first()
    return attachments.filter(
        public_id=public_id,
        message__kind__in=PUBLIC_KINDS,
        message__ticket__in=visible_tickets(user),
    ).first()


def staff_queue(
    *, status: str = "", mine_for: Any = None, query: str = "", channel: str = ""
) -> QuerySet[Ticket]:
    undeliverable = TicketMessage.objects.filter(
        ticket=OuterRef("pk"), undeliverable_at__isnull=False
    )
    tickets = (
        Ticket.objects.filter(merged_into__isnull=True)
        .select_related("party", "asker", "assignee", "theme")
        .annotate(has_undeliverable=Exists(undeliverable))
    )
    if status == "open" or not status:
        tickets = tickets.filter(status__in=OPEN_STATUSES)
    elif status != "all":
        tickets = tickets.filter(status=status)
    if mine_for is not None:
        tickets = tickets.filter(assignee=mine_for)
    if channel:
        tickets = tickets.filter(channel=channel)
    if query:
        tickets = tickets.filter(
            Q(reference__iexact=query)
            | Q(subject__icontains=query)
            | Q(asker_email__icontains=query)
        )
    return tickets.order_by("resolution_due", "created_at")


# --- E-mail to agents ---------------------------------------------------------------------


def agent_preference(user: Any) -> AgentPreference:
    """The agent's saved preference, or the defaults (unsaved) when they never chose."""
    return AgentPreference.objects.filter(user=user).first() or AgentPreference(user=user)


def agents(*, wanting: str) -> QuerySet[Any]:
    """Active helpdesk agents who did not switch off the e-mail ``wanting`` (a preference field:
    ``notify_new_tickets`` or ``notify_reopened_tickets``)."""
    return (
        get_user_model()
        .objects.filter(
            Q(groups__permissions__codename="work_ticket")
            | Q(user_permissions__codename="work_ticket")
            | Q(is_superuser=True),
            is_active=True,
        )
        .exclude(**{f"helpdesk_agent_preference__{wanting}": False})
        .distinct()
        .order_by("pk")
    )


# --- Suggestions while typing a question -----------------------------------------------------


def suggestions(*, text: str, members: bool, limit: int = 5) -> list[Suggestion]:
    """What the registered providers (knowledge articles, solved forum topics) find for ``text``.

    ``members``: the asker is an eligible member (``parties.eligibility.is_eligible``); only
    then are members-only providers such as the forum asked."""
    text = " ".join(text.split())[:200]
    if len(text) < 3:
        return []
    return core_suggestions.suggestions(text=text, members=members, limit=limit)


# --- Article picker for agents ------------------------------------------------------------


@dataclass(frozen=True)
class ArticleLink:
    pk: int
    title: str
    url: str  # absolute: it goes into an e-mail

    @property
    def text(self) -> str:
        """What goes into the answer."""
        return f"{self.title}: {self.url}"


def _article_link(page: Any) -> ArticleLink:
    from kennispunt.core.links import absolute_url

    return ArticleLink(pk=page.pk, title=page.title, url=absolute_url(page.url))


def article_links(*, query: str, limit: int = 8) -> list[ArticleLink]:
    """Published, public knowledge articles for ``query`` (any of its words, best first)."""
    from kennispunt.knowledge.models import ArticlePage

    query = " ".join(query.split())[:200]
    if len(query) < 2:
        return []
    pages = ArticlePage.objects.live().public().search(query, operator="or")[:limit]
    return [_article_link(page) for page in pages]


def article_link(pk: Any) -> ArticleLink | None:
    from kennispunt.knowledge.models import ArticlePage

    if not str(pk).isdigit():
        return None
    page = ArticlePage.objects.live().public().filter(pk=int(pk)).first()
    return _article_link(page) if page is not None else None


# --- Askers who are not (yet) members ---------------------------------------------------------


def asker_registrations(ticket: Ticket) -> list[Any]:
    """The party registrations the asker of ``ticket`` made (newest first); none without an
    account. Staff see them on the ticket when the asker is no confirmed member."""
    from kennispunt.parties.selectors import registrations_of

    if ticket.asker_eligible or ticket.asker is None:
        return []
    return list(registrations_of(ticket.asker)[:3])


def registration_help_text() -> str:
    """What an agent puts in the answer to someone who wants their party registered."""
    from django.utils.translation import gettext as _

    from kennispunt.core.links import absolute_url

    return _(
        "Wilt u uw partij laten opnemen in het register van het Kennispunt? Meld haar aan via "
        "%(url)s. Wij beoordelen de aanmelding en laten u per e-mail weten of die is "
        "goedgekeurd. Daarna kunnen u en de leden van uw partij de helpdesk, het forum en de "
        "trainingen gebruiken."
    ) % {"url": absolute_url("parties:register")}


# --- Reports ---------------------------------------------------------------------------------


@dataclass
class ReportRow:
    month: str
    channel: str
    theme: str
    count: int


@dataclass
class Report:
    rows: list[ReportRow]
    by_channel: list[tuple[str, int]]
    by_theme: list[tuple[str, int]]
    by_month: list[tuple[str, int]]
    median_first_response: timedelta | None
    median_resolution: timedelta | None
    average_rating: float | None
    total: int


def report(*, year: int | None = None) -> Report:
    tickets = Ticket.objects.filter(merged_into__isnull=True)
    if year:
        tickets = tickets.filter(created_at__year=year)
    values = list(
        tickets.values_list(
            "created_at", "channel", "theme__title", "first_response_at", "resolved_at", "rating"
        )
    )
    from django.utils import timezone

    from .models import Channel

    channel_labels = dict(Channel.choices)
    combos: Counter[tuple[str, str, str]] = Counter()
    first, resolution, ratings = [], [], []
    for created, channel, theme, responded, resolved, rating in values:
        month = timezone.localtime(created).strftime("%Y-%m")
        combos[(month, str(channel_labels.get(channel, channel)), theme or "-")] += 1
        if responded:
            first.append((responded - created).total_seconds())
        if resolved:
            resolution.append((resolved - created).total_seconds())
        if rating:
            ratings.append(rating)
    rows = [ReportRow(m, c, t, n) for (m, c, t), n in sorted(combos.items())]

    def total_by(index: int) -> list[tuple[str, int]]:
        counter: Counter[str] = Counter()
        for key, n in combos.items():
            counter[key[index]] += n
        return sorted(counter.items())

    return Report(
        rows=rows,
        by_channel=total_by(1),
        by_theme=total_by(2),
        by_month=total_by(0),
        median_first_response=timedelta(seconds=statistics.median(first)) if first else None,
        median_resolution=timedelta(seconds=statistics.median(resolution)) if resolution else None,
        average_rating=round(statistics.mean(ratings), 1) if ratings else None,
        total=len(values),
    )


def open_count() -> int:
    return Ticket.objects.filter(status__in=OPEN_STATUSES, merged_into__isnull=True).count()


def with_public_messages(tickets: QuerySet[Ticket]) -> QuerySet[Ticket]:
    return tickets.prefetch_related(
        Prefetch("messages", queryset=TicketMessage.objects.filter(kind__in=PUBLIC_KINDS))
    )
