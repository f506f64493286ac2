"""Keeping content correct: who must review what, and which wegwijzer links are broken."""

import logging
from collections import defaultdict
from datetime import timedelta

import requests
from django.db.models import QuerySet
from django.utils import timezone

from kennispunt.core.mail import send_templated

from .models import ArticlePage, WegwijzerEntry

logger = logging.getLogger(__name__)
REVIEW_WARNING = timedelta(days=14)
LINK_TIMEOUT_SECONDS = 10


def articles_due_for_review(*, within: timedelta = REVIEW_WARNING) -> QuerySet[ArticlePage]:
    return (
        ArticlePage.objects.live()
        .filter(next_review_at__lte=timezone.localdate() + within)
        .select_related("content_owner", "owner")
        .order_by("next_review_at", "title")
    )


def review_reminders_send() -> int:
    """One e-mail per owner listing their articles due within two weeks. Returns mails sent."""
    per_owner: dict[str, list[ArticlePage]] = defaultdict(list)
    for article in articles_due_for_review():
        owner = article.content_owner or article.owner
        if owner is not None and owner.is_active and owner.email:
            per_owner[owner.email].append(article)
    for email, articles in per_owner.items():
        send_templated(
            "knowledge/email/review",
            [email],
            {"articles": articles, "today": timezone.localdate()},
        )
    return len(per_owner)


def _check_url(url: str) -> tuple[int | None, str]:
    headers = {"User-Agent": "Kennispunt-linkcontrole/1.0 (+https://kennispunt.nl)"}
    try:
        response = requests.head(
            url, allow_redirects=True, timeout=LINK_TIMEOUT_SECONDS, headers=headers
        )
        if response.status_code in (405, 501):  # some servers refuse HEAD; ask politely with GET
            response = requests.get(
                url,
                allow_redirects=True,
                timeout=LINK_TIMEOUT_SECONDS,
                headers=headers,
                stream=True,
            )
            response.close()
        return response.status_code, ""
    except requests.RequestException as exc:
        return None, type(exc).__name__


def wegwijzer_links_check() -> int:
    """Check every entry's link; returns how many are broken now."""
    broken = 0
    for entry in WegwijzerEntry.objects.order_by("pk").iterator():
        status, error = _check_url(entry.url)
        entry.last_checked_at = timezone.now()
        entry.last_status = status
        entry.check_error = error
        entry.is_broken = status is None or status >= 400
        entry.save(update_fields=["last_checked_at", "last_status", "check_error", "is_broken"])
        broken += entry.is_broken
    logger.info("Wegwijzer link check: %s broken", broken)
    return broken
