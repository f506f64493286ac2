from typing import Any

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from . import views_staff
from .models import NewsletterIssuePage


@hooks.register("register_admin_urls")
def register_newsletter_urls() -> list[Any]:
    return [
        path("nieuwsbrief/<int:page_id>/test/", views_staff.send_test, name="newsletter_send_test"),
        path(
            "nieuwsbrief/<int:page_id>/verzenden/", views_staff.send_issue, name="newsletter_send"
        ),
        path("verzendingen/", views_staff.mailing_list, name="newsletter_mailings"),
        path(
            "verzendingen/<int:mailing_id>/", views_staff.mailing_detail, name="newsletter_mailing"
        ),
    ]


class MailingsMenuItem(MenuItem):
    def is_shown(self, request: Any) -> bool:
        return request.user.has_perm(views_staff.SEND_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_mailings_menu_item() -> MenuItem:
    return MailingsMenuItem(
        _("Verzendingen"), reverse("newsletter_mailings"), icon_name="mail", order=400
    )


@hooks.register("register_page_header_buttons")
def newsletter_buttons(page: Any, user: Any, view_name: str, next_url: str | None = None) -> Any:
    if page.specific_class is not NewsletterIssuePage or view_name != "edit":
        return
    yield Button(
        _("Verzenden"),
        reverse("newsletter_send", args=[page.pk]),
        icon_name="mail",
        priority=5,
    )


class SendIssueMenuItem(ActionMenuItem):
    """ "Verzenden" in the page's action menu, right after "Publiceren" (order 30), so whoever
    publishes an issue sees how to send it; the header button stays as a second way."""

    label = _("Verzenden")
    name = "action-newsletter-send"
    icon_name = "mail"

    def is_shown(self, context: dict[str, Any]) -> bool:
        page = context.get("page")
        return (
            context["view"] == "edit"
            and page is not None
            and page.specific_class is NewsletterIssuePage
            and context["request"].user.has_perm(views_staff.SEND_PERMISSION)
        )

    def get_url(self, parent_context: dict[str, Any]) -> str:
        return reverse("newsletter_send", args=[parent_context["page"].pk])


@hooks.register("register_page_action_menu_item")
def register_send_menu_item() -> ActionMenuItem:
    return SendIssueMenuItem(order=31)
