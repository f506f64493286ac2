from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from kennispunt.core import ratelimit
from kennispunt.core.breadcrumbs import crumbs
from kennispunt.core.http import client_ip

from . import services
from .forms import SubscribeForm
from .models import NewsletterIndexPage, Subscriber, SubscriberStatus
from .selectors import subscriptions_of

# The subscribe form's limits, per IP address and per e-mail address: attempts per hour.
SUBSCRIBE_PER_IP = 10
SUBSCRIBE_PER_EMAIL = 3


def _within_limits(request: HttpRequest, email: str) -> bool:
    return ratelimit.attempt_all(
        [
            ("newsletter-ip", client_ip(request), SUBSCRIBE_PER_IP, 3600),
            ("newsletter-email", email, SUBSCRIBE_PER_EMAIL, 3600),
        ]
    )


def _crumbs(*items: tuple[str, str]) -> list[dict[str, str]]:
    return crumbs((_("Nieuwsbrief"), reverse("newsletter:subscribe")), *items)


@require_http_methods(["GET", "POST"])
def subscribe(request: HttpRequest) -> HttpResponse:
    form = SubscribeForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        if not _within_limits(request, form.cleaned_data["email"]):
            status = 429
            form.add_error(
                None, _("U hebt het te vaak geprobeerd. Probeer het over een uur opnieuw.")
            )
        else:
            services.subscription_request(
                email=form.cleaned_data["email"],
                name=form.cleaned_data["name"],
                municipality=form.cleaned_data["municipality"],
                source=request.build_absolute_uri(),
                user=request.user,
            )
            return redirect("newsletter:requested")
    archive = NewsletterIndexPage.objects.live().first()
    context = {
        "form": form,
        "archive": archive,
        "breadcrumbs": crumbs((_("Nieuwsbrief"), "")),
    }
    return render(request, "newsletter/subscribe.html", context, status=status)


def requested(request: HttpRequest) -> HttpResponse:
    # The same page whether or not the address was already subscribed.
    return render(
        request,
        "newsletter/requested.html",
        {"breadcrumbs": _crumbs((_("Kijk in uw mailbox"), ""))},
    )


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows a button (mail scanners open links), POST confirms."""
    subscriber = services.subscriber_for_token(token)
    context = {"subscriber": subscriber, "breadcrumbs": _crumbs((_("Aanmelding bevestigen"), ""))}
    if subscriber is None:
        return render(request, "newsletter/confirm_invalid.html", context, status=400)
    if request.method == "POST":
        services.subscription_confirm(subscriber=subscriber, source=request.build_absolute_uri())
        subscriber.refresh_from_db(fields=["status"])
    if subscriber.status == SubscriberStatus.ACTIVE:
        return render(request, "newsletter/confirmed.html", context)
    if subscriber.status != SubscriberStatus.PENDING:
        # Unsubscribed (or deactivated) since: an old link does not sign anyone up again.
        return render(request, "newsletter/confirm_invalid.html", context, status=400)
    return render(request, "newsletter/confirm.html", context)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """RFC 8058 one-click: a POST unsubscribes without login, CSRF token or confirmation.
    GET (a person clicking the link) shows a page with one button."""
    subscriber = get_object_or_404(Subscriber, unsubscribe_token=token)
    context = {"subscriber": subscriber, "breadcrumbs": _crumbs((_("Afmelden"), ""))}
    if request.method == "POST":
        source = request.build_absolute_uri()
        if request.POST.get("List-Unsubscribe") == "One-Click":
            source = f"{source} (List-Unsubscribe-Post)"
        services.subscription_cancel(subscriber=subscriber, source=source)
        return render(request, "newsletter/unsubscribed.html", context)
    if subscriber.status != SubscriberStatus.ACTIVE:
        return render(request, "newsletter/unsubscribed.html", context)
    return render(request, "newsletter/unsubscribe.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def manage(request: HttpRequest) -> HttpResponse:
    """Mijn nieuwsbrief: the signed-in person's subscription for their account address."""
    user = request.user
    subscriptions = subscriptions_of(user)
    active = [s for s in subscriptions if s.status == SubscriberStatus.ACTIVE]
    if request.method == "POST":
        source = request.build_absolute_uri()
        if request.POST.get("action") == "unsubscribe":
            for subscriber in active:
                services.subscription_cancel(subscriber=subscriber, source=source)
            messages.success(request, _("U bent afgemeld voor de nieuwsbrief."))
        elif request.POST.get("action") == "subscribe" and not active:
            services.subscription_request(
                email=user.email,  # type: ignore[union-attr]
                source=source,
                user=user,
            )
            messages.success(
                request,
                _("We hebben u een e-mail gestuurd. Klik op de link daarin om te bevestigen."),
            )
        return redirect("newsletter:manage")
    context = {
        "subscriptions": subscriptions,
        "active": active,
        "pending": [s for s in subscriptions if s.status == SubscriberStatus.PENDING],
        "breadcrumbs": crumbs(
            (_("Mijn profiel"), reverse("accounts:profile")), (_("Mijn nieuwsbrief"), "")
        ),
    }
    return render(request, "newsletter/manage.html", context)
