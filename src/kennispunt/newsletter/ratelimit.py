"""A small fixed-window rate limit on the subscribe form (per IP address and per address)."""

import hashlib

from django.core.cache import cache
from django.http import HttpRequest

from kennispunt.core.http import client_ip

LIMITS = (("ip", 10, 3600), ("email", 3, 3600))


def _key(kind: str, value: str, window: int) -> str:
    digest = hashlib.sha256(value.lower().encode()).hexdigest()[:32]
    return f"newsletter:rl:{kind}:{window}:{digest}"


def allow(request: HttpRequest, email: str) -> bool:
    """Count this attempt; False when the IP address or e-mail address tried too often."""
    values = {"ip": client_ip(request), "email": email}
    allowed = True
    for kind, limit, window in LIMITS:
        key = _key(kind, values[kind], window)
        cache.add(key, 0, timeout=window)
        try:
            count = cache.incr(key)
        except ValueError:
            cache.set(key, 1, timeout=window)
            count = 1
        if count > limit:
            allowed = False
    return allowed
