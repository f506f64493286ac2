"""Rate limits for our own forms: fixed windows counted in the default cache.

allauth limits logins, sign-ups and password resets itself (ACCOUNT_RATE_LIMITS); every other
form that needs a limit (the newsletter form, anonymous helpdesk questions) counts here, and
nowhere else. The
default cache is Redis or, in the embedded default, the database: shared by every web process,
so a limit holds whichever process answers.
"""

import hashlib
import math
import time
from collections.abc import Iterable

from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from django.db import transaction

# Their incr is atomic (Redis INCR, a lock around the memory) and keeps the key's expiry.
_ATOMIC_INCR = (RedisCache, LocMemCache)


def attempt(scope: str, value: str, *, limit: int, window: int) -> bool:
    """Count one attempt by ``value`` (an IP or e-mail address) at ``scope``.

    True while ``value`` has made at most ``limit`` attempts in the window, which starts with
    its first attempt and lasts ``window`` seconds. Refused attempts count as well, so
    hammering a form does not bring the end of the window any closer.
    """
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    return _count(f"ratelimit:{scope}:{window}:{digest}", window) <= limit


def attempt_all(checks: Iterable[tuple[str, str, int, int]]) -> bool:
    """Count one attempt against several limits: ``(scope, value, limit, window)`` each.

    True when every limit still holds. Every limit counts the attempt, also after another
    refused it, so a form limited per IP address and per e-mail address counts both.
    """
    within = [
        attempt(scope, value, limit=limit, window=window) for scope, value, limit, window in checks
    ]
    return all(within)


def _count(key: str, window: int) -> int:
    cache = caches["default"]
    if isinstance(cache, _ATOMIC_INCR):
        cache.add(key, 0, timeout=window)
        try:
            return cache.incr(key)
        except ValueError:  # it expired between add and incr: a new window
            cache.add(key, 1, timeout=window)
            return 1
    # The database (and file) cache's incr is a get and a set that resets the expiry. Read and
    # write here in one transaction, with the window's end stored next to the count. On SQLite
    # (transaction_mode IMMEDIATE) no other process writes in between.
    with transaction.atomic():
        now = time.time()
        count, ends = cache.get(key) or (0, now + window)
        if ends <= now:  # expired, but the cache keeps whole seconds
            count, ends = 0, now + window
        count += 1
        cache.set(key, (count, ends), timeout=max(1, math.ceil(ends - now)))
    return count
