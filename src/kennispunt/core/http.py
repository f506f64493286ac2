"""Facts about the request that several apps need."""

from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The visitor's IP address, found the way allauth finds it for the login rate limits.

    Behind a reverse proxy REMOTE_ADDR is the proxy's own address, so every visitor would share
    one rate-limit bucket; ``TRUSTED_PROXY_COUNT`` (settings) tells allauth which
    X-Forwarded-For entry to believe. An unusable header gives "" (one shared bucket) rather
    than an error page.
    """
    from allauth.account.adapter import get_adapter

    try:
        return get_adapter(request).get_client_ip(request)
    except (ImproperlyConfigured, PermissionDenied):
        return ""
