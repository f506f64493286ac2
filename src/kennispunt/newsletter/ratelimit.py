"""The subscribe form's limits: per IP address and per e-mail address, an hour each."""

from django.http import HttpRequest

from kennispunt.core import ratelimit
from kennispunt.core.http import client_ip

LIMITS = (("ip", 10, 3600), ("email", 3, 3600))


def allow(request: HttpRequest, email: str) -> bool:
    """Count this attempt; False when the IP address or e-mail address tried too often."""
    values = {"ip": client_ip(request), "email": email}
    # A list, not a generator: every limit counts the attempt, also after one refused it.
    within = [
        ratelimit.attempt(f"newsletter-{kind}", values[kind], limit=limit, window=window)
        for kind, limit, window in LIMITS
    ]
    return all(within)
